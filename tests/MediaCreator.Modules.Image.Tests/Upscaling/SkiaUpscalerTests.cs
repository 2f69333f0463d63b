using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Upscaling;
using MediaCreator.Modules.Image.Tests.Editing;
using SkiaSharp;
using Xunit.Abstractions;

namespace MediaCreator.Modules.Image.Tests.Upscaling;

public sealed class SkiaUpscalerTests(ITestOutputHelper output)
{
    public static TheoryData<string, int> Photos() => new()
    {
        { "photo-chelsea.png", 2 }, { "photo-chelsea.png", 4 },
        { "photo-coffee.png", 2 }, { "photo-coffee.png", 4 },
        { "photo-camera.png", 2 }, { "photo-camera.png", 4 },
    };

    [Theory]
    [MemberData(nameof(Photos))]
    public void Upscale_OfAnAreaDownscaledPhoto_RestoresItBetterThanBicubic(string photo, int factor)
    {
        using var original = TestImages.LoadPhoto(photo);
        using var small = AreaDownscale(original, factor);

        using var ours = new SkiaUpscaler().Upscale(new ImageUpscaleRequest(small, factor), CancellationToken.None);
        using var catmullRom = Bicubic(small, factor, SKCubicResampler.CatmullRom);
        using var mitchell = Bicubic(small, factor, SKCubicResampler.Mitchell);

        Assert.Equal(original.Width, ours.Bitmap.Width);
        Assert.Equal(original.Height, ours.Bitmap.Height);
        var psnr = Psnr(original, ours.Bitmap);
        var psnrCatmullRom = Psnr(original, catmullRom);
        var psnrMitchell = Psnr(original, mitchell);
        output.WriteLine($"{photo} x{factor}: ours {psnr:F2} dB, bicubic Catmull-Rom {psnrCatmullRom:F2} dB, Mitchell {psnrMitchell:F2} dB");
        Assert.True(psnr > psnrCatmullRom, $"ours {psnr:F2} dB <= Catmull-Rom {psnrCatmullRom:F2} dB");
        Assert.True(psnr > psnrMitchell, $"ours {psnr:F2} dB <= Mitchell {psnrMitchell:F2} dB");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void Upscale_WithAFactorOtherThan2Or4_IsInvalidInput(int factor)
    {
        using var image = TestImages.Solid(8, 8, SKColors.Gray);

        var error = Assert.Throws<ImageProviderException>(() =>
            new SkiaUpscaler().Upscale(new ImageUpscaleRequest(image, factor), CancellationToken.None));

        Assert.Equal(ImageProviderErrorCodes.InvalidInput, error.Code);
    }

    [Fact]
    public void Upscale_KeepsTransparencyAndFlatColour()
    {
        using var image = TestImages.Create(16, 16, (x, _) => x < 8 ? new SKColor(200, 40, 40) : SKColors.Transparent);

        using var result = new SkiaUpscaler().Upscale(new ImageUpscaleRequest(image, 2), CancellationToken.None);

        Assert.Equal(32, result.Bitmap.Width);
        Assert.Equal(new SKColor(200, 40, 40), result.Bitmap.GetPixel(4, 10));
        Assert.Equal(0, result.Bitmap.GetPixel(28, 10).Alpha);
    }

    private static SKBitmap AreaDownscale(SKBitmap source, int factor)
    {
        var result = new SKBitmap(new SKImageInfo(source.Width / factor, source.Height / factor, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        for (var y = 0; y < result.Height; y++)
        {
            for (var x = 0; x < result.Width; x++)
            {
                double r = 0, g = 0, b = 0;
                foreach (var c in TestImages.Pixels(source, x * factor, y * factor, factor, factor))
                {
                    r += c.Red;
                    g += c.Green;
                    b += c.Blue;
                }

                var n = factor * factor;
                result.SetPixel(x, y, new SKColor(TestImages.Clamp(r / n), TestImages.Clamp(g / n), TestImages.Clamp(b / n)));
            }
        }

        return result;
    }

    private static SKBitmap Bicubic(SKBitmap small, int factor, SKCubicResampler resampler)
    {
        var result = new SKBitmap(new SKImageInfo(small.Width * factor, small.Height * factor, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        using var image = SKImage.FromBitmap(small);
        canvas.DrawImage(image, new SKRect(0, 0, result.Width, result.Height), new SKSamplingOptions(resampler));
        canvas.Flush();
        return result;
    }

    private static double Psnr(SKBitmap expected, SKBitmap actual)
    {
        double sum = 0;
        var a = TestImages.Pixels(expected, 0, 0, expected.Width, expected.Height).ToArray();
        var b = TestImages.Pixels(actual, 0, 0, expected.Width, expected.Height).ToArray();
        for (var i = 0; i < a.Length; i++)
        {
            sum += Sq(a[i].Red - b[i].Red) + Sq(a[i].Green - b[i].Green) + Sq(a[i].Blue - b[i].Blue);
        }

        var mse = sum / (3.0 * a.Length);
        return 10 * Math.Log10(255.0 * 255.0 / mse);

        static double Sq(int v) => v * v;
    }
}
