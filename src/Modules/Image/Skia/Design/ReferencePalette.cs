using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>A palette taken from a reference image's dominant colours (coarse colour histogram).</summary>
internal static class ReferencePalette
{
    private const int Sample = 64;

    public static DesignPalette From(SKBitmap reference)
    {
        var dominant = Dominant(reference, 6);
        var background = dominant[0];
        var others = dominant.Skip(1).ToList();
        while (others.Count < 3) others.Add(ColorMath.FromHsl(others.Count * 120 + 20, 0.6f, 0.5f));
        var byPresence = others.OrderByDescending(c => ColorMath.Contrast(c, background)).ToList();
        var primary = byPresence[0];
        var secondary = byPresence[1];
        var accent = others.OrderByDescending(ColorMath.Saturation).First(c => c != primary && c != secondary);
        var darkest = dominant.OrderBy(ColorMath.Luminance).First();
        var lightest = dominant.OrderByDescending(ColorMath.Luminance).First();
        var ink = ColorMath.Luminance(darkest) < 0.08 ? darkest : new SKColor(0x1A, 0x1A, 0x1A);
        var paper = ColorMath.Luminance(lightest) > 0.75 ? lightest : SKColors.White;
        return new DesignPalette(background, ColorMath.Mix(background, secondary, 0.18f), primary, secondary, accent, ink, paper);
    }

    /// <summary>Up to <paramref name="count"/> dominant colours, most frequent first, each clearly different from the rest.</summary>
    public static IReadOnlyList<SKColor> Dominant(SKBitmap reference, int count)
    {
        using var small = new SKBitmap(new SKImageInfo(Sample, Sample, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        if (!reference.ScalePixels(small, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)))
        {
            throw new ImageProviderException(
                ImageProviderErrorCodes.InvalidInput, "The reference image could not be read for its palette.");
        }
        // 4 bits per channel: 4,096 buckets, each keeping a count and a colour sum so the bucket's mean is exact.
        var counts = new int[4096];
        var sums = new long[4096 * 3];
        foreach (var c in small.Pixels)
        {
            if (c.Alpha < 128) continue;
            var bucket = (c.Red >> 4) << 8 | (c.Green >> 4) << 4 | c.Blue >> 4;
            counts[bucket]++;
            sums[bucket * 3] += c.Red;
            sums[bucket * 3 + 1] += c.Green;
            sums[bucket * 3 + 2] += c.Blue;
        }
        var picked = new List<SKColor>();
        foreach (var bucket in Enumerable.Range(0, 4096).Where(b => counts[b] > 0).OrderByDescending(b => counts[b]).ThenBy(b => b))
        {
            var n = counts[bucket];
            var mean = new SKColor((byte)(sums[bucket * 3] / n), (byte)(sums[bucket * 3 + 1] / n), (byte)(sums[bucket * 3 + 2] / n));
            if (picked.All(c => ColorMath.DistanceSquared(c, mean) > 48 * 48)) picked.Add(mean);
            if (picked.Count == count) break;
        }
        if (picked.Count == 0) picked.Add(SKColors.White);
        return picked;
    }
}
