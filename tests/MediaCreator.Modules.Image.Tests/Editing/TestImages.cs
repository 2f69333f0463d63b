using System.Runtime.CompilerServices;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Editing;

/// <summary>Synthetic test images, pixel access and statistics for the edit and upscale tests.</summary>
internal static class TestImages
{
    public static SKBitmap Create(int width, int height, Func<int, int, SKColor> color)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, color(x, y));
            }
        }

        return bitmap;
    }

    public static SKBitmap Solid(int width, int height, SKColor color) => Create(width, height, (_, _) => color);

    public static SKBitmap LoadPhoto(string name, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "..", "TestData", name);
        return SKBitmap.Decode(path) ?? throw new FileNotFoundException("Test photo missing or unreadable.", path);
    }

    /// <summary>Deterministic Gaussian noise (SplitMix64 + Box-Muller).</summary>
    public static Func<double> Gaussian(ulong seed)
    {
        var state = seed;
        double Uniform()
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return ((z ^ (z >> 31)) >> 11) * (1.0 / (1UL << 53));
        }

        return () => Math.Sqrt(-2 * Math.Log(1 - Uniform())) * Math.Cos(2 * Math.PI * Uniform());
    }

    public static byte Clamp(double v) => (byte)Math.Clamp(Math.Round(v), 0, 255);

    public static IEnumerable<SKColor> Pixels(SKBitmap bitmap, int x0, int y0, int width, int height)
    {
        for (var y = y0; y < y0 + height; y++)
        {
            for (var x = x0; x < x0 + width; x++)
            {
                yield return bitmap.GetPixel(x, y);
            }
        }
    }

    public static double Mean(IEnumerable<double> values) => values.Average();

    public static double Variance(IReadOnlyCollection<double> values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / values.Count;
    }

    public static double Luma(SKColor c) => (0.299 * c.Red) + (0.587 * c.Green) + (0.114 * c.Blue);
}
