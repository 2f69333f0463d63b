using MediaCreator.Modules.Image.Skia.Editing.Pixels;

namespace MediaCreator.Modules.Image.Skia.Editing.Retouch;

/// <summary>256-bin channel histograms over the visible (alpha ≥ 128) pixels, or all pixels when none is.</summary>
internal static class Histograms
{
    public static int OpaqueCount(FloatImage image)
    {
        var count = image.A.Count(a => a >= 128);
        return count > 0 ? count : image.PixelCount;
    }

    public static long[] Of(FloatImage image, int channel)
    {
        var all = image.A.All(a => a < 128);
        var histogram = new long[256];
        var plane = image.Planes[channel];
        for (var i = 0; i < plane.Length; i++)
        {
            if (all || image.A[i] >= 128)
            {
                histogram[FloatImage.ToByte(plane[i])]++;
            }
        }

        return histogram;
    }

    /// <summary>The smallest level at or below which <paramref name="fraction"/> of the pixels lie.</summary>
    public static int Percentile(long[] histogram, long total, double fraction)
    {
        var target = fraction * total;
        long seen = 0;
        for (var level = 0; level < histogram.Length; level++)
        {
            seen += histogram[level];
            if (seen > target)
            {
                return level;
            }
        }

        return histogram.Length - 1;
    }

    public static double Mean(FloatImage image, int channel)
    {
        var all = image.A.All(a => a < 128);
        double sum = 0;
        long count = 0;
        var plane = image.Planes[channel];
        for (var i = 0; i < plane.Length; i++)
        {
            if (all || image.A[i] >= 128)
            {
                sum += plane[i];
                count++;
            }
        }

        return count == 0 ? 0 : sum / count;
    }
}
