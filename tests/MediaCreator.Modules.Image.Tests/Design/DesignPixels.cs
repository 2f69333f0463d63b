using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Design;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Design;

/// <summary>Pixel measurements the design and export tests share.</summary>
internal static class DesignPixels
{
    public static ImageResult Render(string prompt, string? style = null, int width = 160, int height = 160, long seed = 1,
        CharacterSpec? character = null, SKBitmap? reference = null) =>
        new SkiaDesignEngine().Generate(new ImageGenerateRequest(prompt, style, width, height, seed, reference, character), CancellationToken.None);

    public static bool SamePixels(SKBitmap a, SKBitmap b) =>
        a.Width == b.Width && a.Height == b.Height && a.GetPixelSpan().SequenceEqual(b.GetPixelSpan());

    /// <summary>Fraction of pixels whose colours differ by more than a small threshold.</summary>
    public static double DifferentFraction(SKBitmap a, SKBitmap b)
    {
        var different = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                if (Distance(a.GetPixel(x, y), b.GetPixel(x, y)) > 24) different++;
            }
        }
        return different / (double)(a.Width * a.Height);
    }

    public static int Distance(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) + Math.Abs(a.Alpha - b.Alpha);

    public static (double Saturation, double Lightness) MeanSaturationAndLightness(SKBitmap bitmap)
    {
        double s = 0, l = 0;
        foreach (var c in bitmap.Pixels)
        {
            c.ToHsl(out _, out var sat, out var light);
            s += sat / 100;
            l += light / 100;
        }
        return (s / bitmap.Pixels.Length, l / bitmap.Pixels.Length);
    }

    /// <summary>The square region scaled to size x size, for comparing things drawn at different scales.</summary>
    public static SKBitmap Crop(SKBitmap bitmap, SKRect region, int size)
    {
        var target = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(target);
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, region, SKRect.Create(size, size), new SKSamplingOptions(SKFilterMode.Nearest), null);
        return target;
    }

    public static bool[] Mask(SKBitmap bitmap, SKColor color, int tolerance = 30) =>
        bitmap.Pixels.Select(p => Distance(p, color) <= tolerance).ToArray();

    public static double IntersectionOverUnion(bool[] a, bool[] b)
    {
        int both = 0, either = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] && b[i]) both++;
            if (a[i] || b[i]) either++;
        }
        return either == 0 ? 0 : both / (double)either;
    }
}
