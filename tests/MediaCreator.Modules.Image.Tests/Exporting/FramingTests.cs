using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Exporting;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Exporting;

public sealed class FramingTests
{
    [Theory]
    [InlineData("Ratio1x1", 1080, 1080)]
    [InlineData("Ratio4x5", 1080, 1350)]
    [InlineData("Ratio9x16", 1080, 1920)]
    [InlineData("Ratio16x9", 1920, 1080)]
    [InlineData("Ratio4x3", 1440, 1080)]
    [InlineData("Ratio3x4", 1080, 1440)]
    [InlineData("Ratio3x2", 1620, 1080)]
    [InlineData("Ratio2x3", 1080, 1620)]
    [InlineData("Ratio21x9", 2520, 1080)]
    public void Presets_GiveThePixelSizeForAShortSide(string name, int width, int height)
    {
        var preset = Enum.Parse<AspectPreset>(name);
        Assert.Equal(new SKSizeI(width, height), preset.PixelSize(1080));
        Assert.Equal(preset, AspectPresets.Parse(preset.Label()));
        Assert.Equal(preset, AspectPresets.Parse($"RATIO_{preset.Ratio().W}_{preset.Ratio().H}"));
    }

    [Fact]
    public void UnknownAspect_IsInvalidInput()
    {
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Assert.Throws<ImageProviderException>(() => AspectPresets.Parse("5:7")).Code);
    }

    [Fact]
    public void Cover_CropsTheCentre()
    {
        using var source = TwoHalves(400, 200);

        using var square = Reframer.Reframe(source, AspectPreset.Ratio1x1, FrameMode.Cover, SKColors.White);

        Assert.Equal((200, 200), (square.Width, square.Height));
        Assert.Equal(SKColors.Red, square.GetPixel(10, 100));
        Assert.Equal(SKColors.Blue, square.GetPixel(190, 100));
    }

    [Fact]
    public void Contain_LetterboxesWithTheBackground_AtThePresetSize()
    {
        using var source = TwoHalves(400, 200);

        using var tall = Reframer.Reframe(source, AspectPreset.Ratio9x16, FrameMode.Contain, SKColors.Lime, shortSide: 90);

        Assert.Equal((90, 160), (tall.Width, tall.Height));
        Assert.Equal(SKColors.Lime, tall.GetPixel(45, 5));
        Assert.Equal(SKColors.Lime, tall.GetPixel(45, 154));
        Assert.Equal(SKColors.Red, tall.GetPixel(10, 80));
        Assert.Equal(SKColors.Blue, tall.GetPixel(80, 80));
    }

    [Theory]
    [InlineData("A4", 0, 2480, 3508)]
    [InlineData("A4", 3, 2551, 3579)]
    [InlineData("A5", 0, 1748, 2480)]
    [InlineData("Letter", 0, 2550, 3300)]
    [InlineData("Photo4x6", 0, 1200, 1800)]
    [InlineData("Photo5x7", 0, 1500, 2100)]
    [InlineData("PokerCard", 0, 750, 1050)]
    [InlineData("PokerCard", 3, 821, 1121)]
    [InlineData("Square8x8", 0, 2400, 2400)]
    public void PrintSizes_At300Dpi(string name, double bleedMm, int width, int height)
    {
        var size = Enum.Parse<PrintSize>(name);
        Assert.Equal(new SKSizeI(width, height), size.PixelSize(bleedMm: bleedMm));
    }

    [Fact]
    public void PrintSizes_FollowDpiAndOrientation_AndRefuseNonsense()
    {
        Assert.Equal(new SKSizeI(1754, 1240), PrintSize.A4.PixelSize(150, landscape: true));
        Assert.Equal(35, PrintSizes.BleedPixels(3));
        Assert.Throws<ImageProviderException>(() => PrintSize.A4.PixelSize(0));
        Assert.Throws<ImageProviderException>(() => PrintSize.A4.PixelSize(300, bleedMm: -1));
    }

    private static SKBitmap TwoHalves(int width, int height)
    {
        var bitmap = new SKBitmap(width, height);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Red);
        using var paint = new SKPaint { Color = SKColors.Blue };
        canvas.DrawRect(width / 2f, 0, width / 2f, height, paint);
        return bitmap;
    }
}
