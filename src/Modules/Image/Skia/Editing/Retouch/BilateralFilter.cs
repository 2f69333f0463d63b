using MediaCreator.Modules.Image.Skia.Editing.Pixels;

namespace MediaCreator.Modules.Image.Skia.Editing.Retouch;

/// <summary>
/// Joint-RGB bilateral filter: each pixel becomes an average of its neighbours weighted by distance and by colour
/// similarity, so flat areas are smoothed while edges (large colour steps) stay.
/// </summary>
internal static class BilateralFilter
{
    private const int RangeTableSize = 4096;

    /// <param name="weight">Per-pixel blend of the filtered value (0 = untouched, skipped); null = 1 everywhere.</param>
    public static void Apply(
        FloatImage image, float sigmaSpatial, float sigmaRange, float[]? weight, CancellationToken ct)
    {
        var radius = Math.Clamp((int)MathF.Ceiling(2 * sigmaSpatial), 1, 8);
        var spatial = new float[((2 * radius) + 1) * ((2 * radius) + 1)];
        for (var dy = -radius; dy <= radius; dy++)
        {
            for (var dx = -radius; dx <= radius; dx++)
            {
                spatial[((dy + radius) * ((2 * radius) + 1)) + dx + radius] =
                    MathF.Exp(-((dx * dx) + (dy * dy)) / (2 * sigmaSpatial * sigmaSpatial));
            }
        }

        // Range weights tabulated over squared colour distance up to (4 sigma)^2; beyond that they are ~0.
        var maxDistance2 = 16 * sigmaRange * sigmaRange;
        var tableScale = (RangeTableSize - 1) / maxDistance2;
        var range = new float[RangeTableSize];
        for (var i = 0; i < RangeTableSize; i++)
        {
            range[i] = MathF.Exp(-(i / tableScale) / (2 * sigmaRange * sigmaRange));
        }

        var source = image.Clone();
        int w = image.Width, h = image.Height;
        float[] r = source.R, g = source.G, b = source.B;
        Parallel.For(0, h, new ParallelOptions { CancellationToken = ct }, y =>
        {
            for (var x = 0; x < w; x++)
            {
                var i = (y * w) + x;
                var blend = weight?[i] ?? 1;
                if (blend <= 0)
                {
                    continue;
                }

                float sr = 0, sg = 0, sb = 0, total = 0;
                for (var dy = -radius; dy <= radius; dy++)
                {
                    var row = Math.Clamp(y + dy, 0, h - 1) * w;
                    var spatialRow = (dy + radius) * ((2 * radius) + 1);
                    for (var dx = -radius; dx <= radius; dx++)
                    {
                        var j = row + Math.Clamp(x + dx, 0, w - 1);
                        float dr = r[j] - r[i], dg = g[j] - g[i], db = b[j] - b[i];
                        var d2 = (dr * dr) + (dg * dg) + (db * db);
                        if (d2 >= maxDistance2)
                        {
                            continue;
                        }

                        var k = spatial[spatialRow + dx + radius] * range[(int)(d2 * tableScale)];
                        sr += k * r[j];
                        sg += k * g[j];
                        sb += k * b[j];
                        total += k;
                    }
                }

                image.R[i] = r[i] + (blend * ((sr / total) - r[i]));
                image.G[i] = g[i] + (blend * ((sg / total) - g[i]));
                image.B[i] = b[i] + (blend * ((sb / total) - b[i]));
            }
        });
    }

    /// <summary>
    /// Estimates the Gaussian noise level of the luminance (Immerkær's Laplacian-difference estimator): the
    /// mask cancels linear structure, so what remains is mostly noise.
    /// </summary>
    public static float EstimateNoiseSigma(FloatImage image)
    {
        int w = image.Width, h = image.Height;
        if (w < 3 || h < 3)
        {
            return 0;
        }

        var luma = new float[image.PixelCount];
        for (var i = 0; i < luma.Length; i++)
        {
            luma[i] = (0.299f * image.R[i]) + (0.587f * image.G[i]) + (0.114f * image.B[i]);
        }

        double sum = 0;
        for (var y = 1; y < h - 1; y++)
        {
            for (var x = 1; x < w - 1; x++)
            {
                var i = (y * w) + x;
                var v = luma[i - w - 1] - (2 * luma[i - w]) + luma[i - w + 1]
                    - (2 * luma[i - 1]) + (4 * luma[i]) - (2 * luma[i + 1])
                    + luma[i + w - 1] - (2 * luma[i + w]) + luma[i + w + 1];
                sum += Math.Abs(v);
            }
        }

        return (float)(Math.Sqrt(Math.PI / 2) * sum / (6.0 * (w - 2) * (h - 2)));
    }
}
