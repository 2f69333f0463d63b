using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;
using static MediaCreator.Modules.Image.Tests.Editing.EditRunner;

namespace MediaCreator.Modules.Image.Tests.Editing;

public sealed class PlacementTests
{
    private static readonly SKColor Paper = new(220, 220, 220);

    [Fact]
    public void InsertObject_PutsTheObjectAtThePlacementWithAShadowBelowRight()
    {
        using var canvas = TestImages.Solid(100, 100, Paper);
        using var red = TestImages.Solid(20, 20, new SKColor(230, 20, 20));

        using var result = Edit(canvas, ImageEditOperation.InsertObject,
            new() { Placement = new Placement(X: 0.3f, Y: 0.4f, Scale: 0.2f, Shadow: true) }, reference: red);

        // The object covers x 20..40, y 30..50; the shadow is offset 2 px down and right.
        Assert.Equal(new SKColor(230, 20, 20), result.Bitmap.GetPixel(30, 40));
        Assert.True(result.Bitmap.GetPixel(41, 46).Red < Paper.Red - 30, "shadow right of the object");
        Assert.True(result.Bitmap.GetPixel(30, 51).Red < Paper.Red - 30, "shadow under the object");
        Assert.InRange(result.Bitmap.GetPixel(17, 40).Red, Paper.Red - 3, Paper.Red);
        Assert.Equal(Paper, result.Bitmap.GetPixel(80, 80));
    }

    [Fact]
    public void InsertObject_RotatesClockwiseAndKeepsTheReferenceTransparency()
    {
        using var canvas = TestImages.Solid(100, 100, Paper);
        using var arrow = TestImages.Create(40, 20, (x, y) =>
            y < 2 ? SKColors.Transparent : x < 20 ? new SKColor(230, 20, 20) : new SKColor(20, 20, 230));

        using var result = Edit(canvas, ImageEditOperation.InsertObject,
            new() { Placement = new Placement(X: 0.5f, Y: 0.5f, Scale: 0.4f, Rotation: 90) }, reference: arrow);

        // Turned a quarter clockwise the red (left) half points up and the blue half down.
        Assert.Equal(new SKColor(230, 20, 20), result.Bitmap.GetPixel(50, 38));
        Assert.Equal(new SKColor(20, 20, 230), result.Bitmap.GetPixel(50, 62));
        Assert.Equal(Paper, result.Bitmap.GetPixel(59, 50)); // the transparent top rows now lie on the right
    }

    [Theory]
    [InlineData("heart", 0.5, 0.55, 'R')]
    [InlineData("star", 0.5, 0.55, 'Y')]
    [InlineData("sparkle", 0.5, 0.55, 'Y')]
    [InlineData("Speech Bubble", 0.5, 0.4, 'W')]
    [InlineData("speech_bubble", 0.7, 0.3, 'W')]
    [InlineData("crown", 0.3, 0.72, 'Y')]
    public void StickerOverlay_DrawsTheBuiltInStickerInItsBox(string name, double fx, double fy, char colour)
    {
        using var canvas = TestImages.Solid(120, 120, new SKColor(40, 40, 40));

        using var result = Edit(canvas, ImageEditOperation.StickerOverlay,
            new() { Sticker = name, Placement = new Placement(X: 0.5f, Y: 0.5f, Scale: 0.5f) });

        // The 60 px box spans 30..90 on both axes.
        var c = result.Bitmap.GetPixel(30 + (int)(fx * 60), 30 + (int)(fy * 60));
        Assert.True(colour switch
        {
            'R' => c.Red > 180 && c.Green < 80 && c.Blue < 110,
            'Y' => c.Red > 200 && c.Green > 170 && c.Blue < 160,
            _ => c.Red > 240 && c.Green > 240 && c.Blue > 240,
        }, $"{name} at ({fx}, {fy}) is {c}");
        Assert.Equal(new SKColor(40, 40, 40), result.Bitmap.GetPixel(10, 10));
    }

    [Fact]
    public void StickerOverlay_WithAReference_PlacesTheReference()
    {
        using var canvas = TestImages.Solid(50, 50, Paper);
        using var green = TestImages.Solid(10, 10, new SKColor(10, 200, 10));

        using var result = Edit(canvas, ImageEditOperation.StickerOverlay,
            new() { Placement = new Placement(X: 0.2f, Y: 0.8f, Scale: 0.2f) }, reference: green);

        Assert.Equal(new SKColor(10, 200, 10), result.Bitmap.GetPixel(10, 40));
        Assert.Equal(Paper, result.Bitmap.GetPixel(40, 10));
    }

    [Fact]
    public void Placement_WithMissingOrWrongInputs_IsInvalidInput()
    {
        using var canvas = TestImages.Solid(20, 20, Paper);
        using var dot = TestImages.Solid(4, 4, SKColors.Red);

        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Refused(canvas, ImageEditOperation.InsertObject).Code);
        Assert.Contains("heart", Refused(canvas, ImageEditOperation.StickerOverlay, new() { Sticker = "unicorn" }).Message);
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Refused(canvas, ImageEditOperation.StickerOverlay).Code);
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Refused(canvas, ImageEditOperation.InsertObject,
            new() { Placement = new Placement(Scale: 0) }, reference: dot).Code);
    }
}
