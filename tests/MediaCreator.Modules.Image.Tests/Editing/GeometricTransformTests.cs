using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;
using static MediaCreator.Modules.Image.Tests.Editing.EditRunner;

namespace MediaCreator.Modules.Image.Tests.Editing;

public sealed class GeometricTransformTests
{
    // Every pixel distinct, so a wrong mapping cannot pass by accident.
    private static SKBitmap Coded(int width = 6, int height = 4) =>
        TestImages.Create(width, height, (x, y) => new SKColor((byte)(x * 40), (byte)(y * 60), (byte)((x * 7) + y)));

    [Fact]
    public void Crop_KeepsExactlyTheRectangle()
    {
        using var image = Coded();

        using var result = Edit(image, ImageEditOperation.Crop, new() { Crop = new PixelRect(2, 1, 3, 2) });

        Assert.Equal((3, 2), (result.Bitmap.Width, result.Bitmap.Height));
        Assert.Equal(image.GetPixel(2, 1), result.Bitmap.GetPixel(0, 0));
        Assert.Equal(image.GetPixel(4, 2), result.Bitmap.GetPixel(2, 1));
    }

    [Fact]
    public void Crop_OverhangingTheImage_IsClampedToIt()
    {
        using var image = Coded();

        using var result = Edit(image, ImageEditOperation.Crop, new() { Crop = new PixelRect(-3, 2, 100, 100) });

        Assert.Equal((6, 2), (result.Bitmap.Width, result.Bitmap.Height));
        Assert.Equal(image.GetPixel(5, 3), result.Bitmap.GetPixel(5, 1));
    }

    [Theory]
    [InlineData(10, 10, 2, 2)]
    [InlineData(0, 0, 0, 3)]
    public void Crop_OutsideOrEmpty_IsInvalidInput(int x, int y, int width, int height)
    {
        using var image = Coded();

        Assert.Equal(ImageProviderErrorCodes.InvalidInput,
            Refused(image, ImageEditOperation.Crop, new() { Crop = new PixelRect(x, y, width, height) }).Code);
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Refused(image, ImageEditOperation.Crop).Code);
    }

    [Fact]
    public void Resize_WithOnlyAWidth_KeepsTheAspectRatioAndColours()
    {
        using var image = TestImages.Create(200, 100, (x, _) => x < 100 ? new SKColor(255, 0, 0) : new SKColor(0, 0, 255));

        using var result = Edit(image, ImageEditOperation.Resize, new() { Width = 50 });

        Assert.Equal((50, 25), (result.Bitmap.Width, result.Bitmap.Height));
        Assert.Equal(new SKColor(255, 0, 0), result.Bitmap.GetPixel(5, 12));
        Assert.Equal(new SKColor(0, 0, 255), result.Bitmap.GetPixel(45, 12));
    }

    [Fact]
    public void Resize_WithBothSides_UsesThemAndRefusesNonsense()
    {
        using var image = Coded();

        using var result = Edit(image, ImageEditOperation.Resize, new() { Width = 30, Height = 7 });

        Assert.Equal((30, 7), (result.Bitmap.Width, result.Bitmap.Height));
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Refused(image, ImageEditOperation.Resize).Code);
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Refused(image, ImageEditOperation.Resize, new() { Width = -4 }).Code);
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Refused(image, ImageEditOperation.Resize, new() { Width = 100_000 }).Code);
    }

    [Theory]
    [InlineData(90)]
    [InlineData(180)]
    [InlineData(270)]
    [InlineData(-90)]
    public void Rotate_ByQuarterTurns_MovesEveryPixelExactly(float angle)
    {
        using var image = Coded();
        int w = image.Width, h = image.Height;

        using var result = Edit(image, ImageEditOperation.Rotate, new() { Angle = angle });

        var turn = ((int)angle + 360) % 360;
        Assert.Equal(turn == 180 ? (w, h) : (h, w), (result.Bitmap.Width, result.Bitmap.Height));
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                // Clockwise: (x, y) goes to (h-1-y, x) for 90, (w-1-x, h-1-y) for 180, (y, w-1-x) for 270.
                var (dx, dy) = turn switch { 90 => (h - 1 - y, x), 180 => (w - 1 - x, h - 1 - y), _ => (y, w - 1 - x) };
                Assert.Equal(image.GetPixel(x, y), result.Bitmap.GetPixel(dx, dy));
            }
        }
    }

    [Fact]
    public void Rotate_By45Degrees_GrowsTheCanvasWithTransparentCorners()
    {
        using var image = TestImages.Solid(40, 20, new SKColor(20, 160, 60));

        using var result = Edit(image, ImageEditOperation.Rotate, new() { Angle = 45 });

        var expected = (int)Math.Ceiling(60 / Math.Sqrt(2));
        Assert.Equal((expected, expected), (result.Bitmap.Width, result.Bitmap.Height));
        Assert.Equal(0, result.Bitmap.GetPixel(0, 0).Alpha);
        Assert.Equal(0, result.Bitmap.GetPixel(expected - 1, expected - 1).Alpha);
        Assert.Equal(new SKColor(20, 160, 60), result.Bitmap.GetPixel(expected / 2, expected / 2));
    }

    [Theory]
    [InlineData(FlipAxis.Horizontal)]
    [InlineData(FlipAxis.Vertical)]
    public void Flip_MirrorsEveryPixel(FlipAxis axis)
    {
        using var image = Coded();

        using var result = Edit(image, ImageEditOperation.Flip, new() { Flip = axis });

        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var (mx, my) = axis == FlipAxis.Horizontal ? (image.Width - 1 - x, y) : (x, image.Height - 1 - y);
                Assert.Equal(image.GetPixel(x, y), result.Bitmap.GetPixel(mx, my));
            }
        }

        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Refused(image, ImageEditOperation.Flip).Code);
    }
}
