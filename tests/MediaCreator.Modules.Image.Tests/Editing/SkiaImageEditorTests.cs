using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Editing;
using SkiaSharp;
using static MediaCreator.Modules.Image.Tests.Editing.EditRunner;

namespace MediaCreator.Modules.Image.Tests.Editing;

public sealed class SkiaImageEditorTests
{
    [Fact]
    public void Operations_AreAllButTextOverlayAndFaceSwap()
    {
        Assert.Equal(11, SkiaImageEditor.Operations.Count);
        Assert.DoesNotContain(ImageEditOperation.TextOverlay, SkiaImageEditor.Operations);
        Assert.DoesNotContain(ImageEditOperation.FaceSwap, SkiaImageEditor.Operations);
    }

    [Fact]
    public void Edit_ReadsNativeAndGreyBitmaps()
    {
        using var native = new SKBitmap(4, 2); // the platform's N32, premultiplied
        native.Erase(new SKColor(10, 20, 200));
        native.SetPixel(0, 0, new SKColor(250, 5, 5));
        using var grey = new SKBitmap(new SKImageInfo(4, 2, SKColorType.Gray8, SKAlphaType.Opaque));
        grey.Erase(new SKColor(90, 90, 90));

        using var flipped = Edit(native, ImageEditOperation.Flip, new() { Flip = FlipAxis.Horizontal });
        using var rotated = Edit(grey, ImageEditOperation.Rotate, new() { Angle = 90 });

        Assert.Equal(new SKColor(250, 5, 5), flipped.Bitmap.GetPixel(3, 0));
        Assert.Equal(new SKColor(10, 20, 200), flipped.Bitmap.GetPixel(0, 0));
        Assert.Equal(new SKColor(90, 90, 90), rotated.Bitmap.GetPixel(1, 3));
    }

    [Fact]
    public void Edit_WithAMaskOfAnotherSize_ScalesTheMask()
    {
        using var image = TestImages.Solid(64, 64, new SKColor(10, 120, 200));
        using var halfMask = TestImages.Create(32, 32, (x, _) => x < 16 ? SKColors.White : SKColors.Black);

        using var result = Edit(image, ImageEditOperation.RemoveBackground, mask: halfMask);

        Assert.Equal(255, result.Bitmap.GetPixel(10, 30).Alpha);
        Assert.Equal(0, result.Bitmap.GetPixel(54, 30).Alpha);
    }

    [Fact]
    public void Edit_WhenCancelled_Stops()
    {
        using var image = TestImages.Solid(32, 32, SKColors.Gray);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new SkiaImageEditor().Edit(
            new ImageEditRequest(image, ImageEditOperation.Retouch, new ImageEditParameters(), Seed: 1), cancelled.Token));
    }

    [Fact]
    public void Edit_IsDeterministic()
    {
        var noise = TestImages.Gaussian(21);
        using var image = TestImages.Create(40, 40, (x, y) => new SKColor(
            TestImages.Clamp(120 + (noise() * 20)), TestImages.Clamp(90 + x), TestImages.Clamp(60 + y)));
        var options = new ImageEditParameters { Retouch = new RetouchOptions(Denoise: 0.6f, Sharpen: 0.5f, SkinSmoothing: 0.5f) };

        using var first = Edit(image, ImageEditOperation.Retouch, options);
        using var second = Edit(image, ImageEditOperation.Retouch, options);

        Assert.Equal(first.Bitmap.Bytes, second.Bitmap.Bytes);
    }

    [Fact]
    public void Edit_OfAnEmptyBitmap_IsInvalidInput()
    {
        using var empty = new SKBitmap();
        using var image = TestImages.Solid(8, 8, SKColors.Gray);

        Assert.Equal(ImageProviderErrorCodes.InvalidInput,
            Refused(empty, ImageEditOperation.Flip, new() { Flip = FlipAxis.Vertical }).Code);
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Refused(image, ImageEditOperation.Inpaint, mask: empty).Code);
    }
}
