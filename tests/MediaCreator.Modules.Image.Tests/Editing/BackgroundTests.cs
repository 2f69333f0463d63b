using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;
using static MediaCreator.Modules.Image.Tests.Editing.EditRunner;

namespace MediaCreator.Modules.Image.Tests.Editing;

public sealed class BackgroundTests
{
    private static readonly SKColor Skin = new(220, 170, 140);
    private static readonly SKColor Spill = new(170, 210, 140);

    // A skin-toned disc (radius 16) with a green-tinged rim (16..18) on an uneven green screen.
    private static SKBitmap GreenScreen()
    {
        var noise = TestImages.Gaussian(3);
        return TestImages.Create(64, 64, (x, y) =>
        {
            var d = Math.Sqrt(((x - 32) * (x - 32)) + ((y - 32) * (y - 32)));
            return d < 16 ? Skin : d < 18 ? Spill
                : new SKColor(TestImages.Clamp(40 + (noise() * 8)), TestImages.Clamp(215 + (noise() * 12)), TestImages.Clamp(50 + (noise() * 8)));
        });
    }

    [Fact]
    public void RemoveBackground_ByChromaKey_MakesTheScreenTransparentAndKeepsTheSubject()
    {
        using var image = GreenScreen();

        using var result = Edit(image, ImageEditOperation.RemoveBackground, new() { ChromaKey = "#00FF00" });

        foreach (var (x, y) in new[] { (0, 0), (63, 0), (5, 60), (60, 40), (32, 8) })
        {
            Assert.Equal(0, result.Bitmap.GetPixel(x, y).Alpha);
        }

        Assert.Equal(Skin, result.Bitmap.GetPixel(32, 32));
        Assert.Equal(Skin, result.Bitmap.GetPixel(20, 32));
        var rim = result.Bitmap.GetPixel(32, 49); // 17 px below the centre
        Assert.True(rim.Alpha > 150, $"rim alpha {rim.Alpha}");
        Assert.True(rim.Green < Spill.Green - 30, $"green spill on the rim is suppressed: {rim}");
    }

    [Fact]
    public void ReplaceBackground_ByChromaKey_WithAColour_FillsTheScreen()
    {
        using var image = GreenScreen();

        using var result = Edit(image, ImageEditOperation.ReplaceBackground,
            new() { ChromaKey = "00ff00", ChromaTolerance = 0.3f, BackgroundColor = "#3366FF" });

        Assert.Equal(new SKColor(0x33, 0x66, 0xFF), result.Bitmap.GetPixel(2, 2));
        Assert.Equal(new SKColor(0x33, 0x66, 0xFF), result.Bitmap.GetPixel(61, 58));
        Assert.Equal(Skin, result.Bitmap.GetPixel(32, 32));
    }

    [Fact]
    public void ReplaceBackground_ByMask_WithAReference_CoverFitsTheReference()
    {
        using var image = TestImages.Solid(64, 64, new SKColor(128, 128, 128));
        using var mask = TestImages.Create(64, 64, (x, y) => x is >= 24 and < 40 && y is >= 24 and < 40 ? SKColors.White : SKColors.Black);
        // 32x16 scaled by 4 to 128x64 and cropped to its middle: the black left quarter is cut off (a stretch would show it).
        using var reference = TestImages.Create(32, 16, (x, _) => x < 8 ? SKColors.Black : new SKColor(250, 220, 0));

        using var result = Edit(image, ImageEditOperation.ReplaceBackground, mask: mask, reference: reference);

        var nearCut = result.Bitmap.GetPixel(6, 2);
        Assert.True(nearCut.Red > 235 && nearCut.Green > 205 && nearCut.Blue < 16, $"left edge shows {nearCut}");
        Assert.Equal(new SKColor(250, 220, 0), result.Bitmap.GetPixel(60, 60));
        Assert.Equal(new SKColor(128, 128, 128), result.Bitmap.GetPixel(32, 32));
        Assert.Equal(255, result.Bitmap.GetPixel(2, 2).Alpha);
    }

    [Fact]
    public void RemoveBackground_ByMask_KeepsTheWhitePartOnly()
    {
        using var image = TestImages.Solid(32, 32, new SKColor(10, 120, 200));
        using var mask = TestImages.Create(32, 32, (x, _) => x < 16 ? SKColors.White : SKColors.Black);

        using var result = Edit(image, ImageEditOperation.RemoveBackground, mask: mask);

        Assert.Equal(new SKColor(10, 120, 200), result.Bitmap.GetPixel(4, 16));
        Assert.Equal(0, result.Bitmap.GetPixel(28, 16).Alpha);
        Assert.InRange(result.Bitmap.GetPixel(16, 16).Alpha, 1, 254); // a soft edge, not a hard step
    }

    [Fact]
    public void Background_WithoutAMaskOrKey_IsUnsupportedAndNamesProvidersThatCan()
    {
        using var image = TestImages.Solid(16, 16, SKColors.Gray);

        var error = Refused(image, ImageEditOperation.RemoveBackground);

        Assert.Equal(ImageProviderErrorCodes.Unsupported, error.Code);
        Assert.Contains("openai-images", error.Alternatives);
    }

    [Fact]
    public void Background_WithBadColoursOrNoNewBackground_IsInvalidInput()
    {
        using var image = TestImages.Solid(16, 16, SKColors.Gray);

        Assert.Equal(ImageProviderErrorCodes.InvalidInput,
            Refused(image, ImageEditOperation.RemoveBackground, new() { ChromaKey = "green" }).Code);
        Assert.Equal(ImageProviderErrorCodes.InvalidInput,
            Refused(image, ImageEditOperation.ReplaceBackground, new() { ChromaKey = "#00FF00" }).Code);
        Assert.Equal(ImageProviderErrorCodes.InvalidInput,
            Refused(image, ImageEditOperation.RemoveBackground, new() { ChromaKey = "#00FF00", ChromaTolerance = 2 }).Code);
    }

    [Fact]
    public void FaceSwap_IsUnsupportedWithAlternatives()
    {
        using var image = TestImages.Solid(16, 16, SKColors.Gray);

        var error = Refused(image, ImageEditOperation.FaceSwap);

        Assert.Equal(ImageProviderErrorCodes.Unsupported, error.Code);
        Assert.Equal(["openai-images", "sd-webui"], error.Alternatives);
        Assert.Contains("face", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
