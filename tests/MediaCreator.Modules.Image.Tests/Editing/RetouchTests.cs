using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Editing.Pixels;
using MediaCreator.Modules.Image.Skia.Editing.Retouch;
using SkiaSharp;
using static MediaCreator.Modules.Image.Tests.Editing.EditRunner;

namespace MediaCreator.Modules.Image.Tests.Editing;

public sealed class RetouchTests
{
    private static readonly RetouchOptions Nothing = new(AutoLevels: false, WhiteBalance: false, Denoise: 0, Sharpen: 0, SkinSmoothing: 0);

    private static ImageResult Retouch(SKBitmap image, RetouchOptions options) =>
        Edit(image, ImageEditOperation.Retouch, new() { Retouch = options });

    [Fact]
    public void AutoLevels_StretchesEachChannelToTheFullRange()
    {
        using var image = TestImages.Create(64, 64, (x, y) =>
            new SKColor((byte)(60 + (x * 120 / 63)), (byte)(30 + (y * 70 / 63)), (byte)(100 + ((x + y) * 120 / 126))));

        using var result = Retouch(image, Nothing with { AutoLevels = true });

        var pixels = TestImages.Pixels(result.Bitmap, 0, 0, 64, 64).ToArray();
        foreach (var channel in new Func<SKColor, byte>[] { c => c.Red, c => c.Green, c => c.Blue })
        {
            Assert.InRange(pixels.Min(channel), 0, 3);
            Assert.InRange(pixels.Max(channel), 252, 255);
        }
    }

    [Fact]
    public void WhiteBalance_NeutralisesAColourCast()
    {
        var noise = TestImages.Gaussian(11);
        using var image = TestImages.Create(48, 48, (x, y) =>
        {
            // Varied neutral-on-average patches seen under a warm light: red up 30 %, blue down 30 %.
            var grey = 60 + ((x / 8 * 37 + y / 8 * 53) % 140) + (noise() * 5);
            return new SKColor(TestImages.Clamp(grey * 1.3), TestImages.Clamp(grey), TestImages.Clamp(grey * 0.7));
        });
        var before = ChannelMeans(image);

        using var result = Retouch(image, Nothing with { WhiteBalance = true });

        var after = ChannelMeans(result.Bitmap);
        Assert.True(before.Max() - before.Min() > 50);
        Assert.True(after.Max() - after.Min() < 3, $"channel means after: {string.Join(", ", after)}");
    }

    [Fact]
    public void WhitePatch_MakesTheBrightestToneNeutral()
    {
        var image = FloatImage.FromBitmap(TestImages.Create(32, 32, (x, y) =>
            x < 8 && y < 8 ? new SKColor(250, 220, 170) : new SKColor((byte)(100 + x), 80, (byte)(60 + y))));

        WhiteBalance.Apply(image, WhiteBalanceMethod.WhitePatch);

        Assert.InRange(image.R[0] - image.B[0], -3, 3);
        Assert.InRange(image.G[0] - image.B[0], -3, 3);
    }

    [Fact]
    public void Sharpen_RaisesEdgeContrast()
    {
        // A soft vertical edge from 70 to 180 over about six pixels.
        using var image = TestImages.Create(40, 16, (x, _) =>
        {
            var level = TestImages.Clamp(125 + (55 * Math.Tanh((x - 20) / 2.0)));
            return new SKColor(level, level, level);
        });

        using var result = Retouch(image, Nothing with { Sharpen = 1 });

        var before = image.GetPixel(22, 8).Red - image.GetPixel(18, 8).Red;
        var after = result.Bitmap.GetPixel(22, 8).Red - result.Bitmap.GetPixel(18, 8).Red;
        Assert.True(after > before * 1.1, $"contrast across the edge {after} vs {before}");
        Assert.True(result.Bitmap.GetPixel(17, 8).Red < image.GetPixel(17, 8).Red, "dark side of the edge gets darker");
        Assert.True(result.Bitmap.GetPixel(23, 8).Red > image.GetPixel(23, 8).Red, "bright side of the edge gets brighter");
    }

    [Fact]
    public void Denoise_LowersNoiseOnAFlatPatchAndKeepsTheEdge()
    {
        var noise = TestImages.Gaussian(5);
        using var image = TestImages.Create(64, 48, (x, _) =>
        {
            var level = x < 32 ? 60 : 190;
            return new SKColor(TestImages.Clamp(level + (noise() * 12)), TestImages.Clamp(level + (noise() * 12)),
                TestImages.Clamp(level + (noise() * 12)));
        });

        using var result = Retouch(image, Nothing with { Denoise = 0.8f });

        var before = TestImages.Variance(TestImages.Pixels(image, 6, 6, 20, 36).Select(TestImages.Luma).ToArray());
        var after = TestImages.Variance(TestImages.Pixels(result.Bitmap, 6, 6, 20, 36).Select(TestImages.Luma).ToArray());
        Assert.True(after < before * 0.3, $"variance {after:F1} vs {before:F1}");
        var left = TestImages.Pixels(result.Bitmap, 30, 0, 1, 48).Average(TestImages.Luma);
        var right = TestImages.Pixels(result.Bitmap, 33, 0, 1, 48).Average(TestImages.Luma);
        Assert.True(right - left > 110, $"edge step {right - left:F1}");
    }

    [Fact]
    public void SkinSmoothing_SmoothsSkinTonesAndLeavesBlueAlone()
    {
        var noise = TestImages.Gaussian(9);
        using var image = TestImages.Create(48, 64, (_, y) =>
        {
            var (r, g, b) = y < 32 ? (220, 170, 140) : (40, 80, 200);
            var n = noise() * 10;
            return new SKColor(TestImages.Clamp(r + n), TestImages.Clamp(g + n), TestImages.Clamp(b + n));
        });

        using var result = Retouch(image, Nothing with { SkinSmoothing = 1 });

        var before = TestImages.Variance(TestImages.Pixels(image, 8, 4, 32, 20).Select(TestImages.Luma).ToArray());
        var after = TestImages.Variance(TestImages.Pixels(result.Bitmap, 8, 4, 32, 20).Select(TestImages.Luma).ToArray());
        Assert.True(after < before * 0.5, $"skin variance {after:F1} vs {before:F1}");
        Assert.Equal(TestImages.Pixels(image, 0, 44, 48, 20), TestImages.Pixels(result.Bitmap, 0, 44, 48, 20));
    }

    [Fact]
    public void Retouch_WithAStrengthOutOfRange_IsInvalidInput()
    {
        using var image = TestImages.Solid(8, 8, SKColors.Gray);

        var error = Refused(image, ImageEditOperation.Retouch, new() { Retouch = Nothing with { Sharpen = 3 } });

        Assert.Equal(ImageProviderErrorCodes.InvalidInput, error.Code);
    }

    private static double[] ChannelMeans(SKBitmap bitmap)
    {
        var pixels = TestImages.Pixels(bitmap, 0, 0, bitmap.Width, bitmap.Height).ToArray();
        return [pixels.Average(c => c.Red), pixels.Average(c => c.Green), pixels.Average(c => c.Blue)];
    }
}
