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
        var radius = Math.Clamp((int)MathF.Ceiling(2 * sigmaSpatial), 1, 5);
        int w = image.Width, h = image.Height, paddedWidth = w + (2 * radius);
        var (offsets, spatial) = Taps(radius, sigmaSpatial, paddedWidth);

        // Range weights tabulated over squared colour distance up to (4 sigma)^2; beyond that they are ~0.
        var maxDistance2 = 16 * sigmaRange * sigmaRange;
        var tableScale = (RangeTableSize - 1) / maxDistance2;
        var range = new float[RangeTableSize];
        for (var i = 0; i < RangeTableSize; i++)
        {
            range[i] = MathF.Exp(-(i / tableScale) / (2 * sigmaRange * sigmaRange));
        }

        // Edge-padded copies, so the inner loop needs no bounds clamping.
        float[] r = Pad(image.R, w, h, radius), g = Pad(image.G, w, h, radius), b = Pad(image.B, w, h, radius);
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

                var centre = ((y + radius) * paddedWidth) + x + radius;
                float cr = r[centre], cg = g[centre], cb = b[centre];
                float sr = 0, sg = 0, sb = 0, total = 0;
                for (var k = 0; k < offsets.Length; k++)
                {
                    var j = centre + offsets[k];
                    float dr = r[j] - cr, dg = g[j] - cg, db = b[j] - cb;
                    var d2 = (dr * dr) + (dg * dg) + (db * db);
                    if (d2 >= maxDistance2)
                    {
                        continue;
                    }

                    var kw = spatial[k] * range[(int)(d2 * tableScale)];
                    sr += kw * r[j];
                    sg += kw * g[j];
                    sb += kw * b[j];
                    total += kw;
                }

                image.R[i] = cr + (blend * ((sr / total) - cr));
                image.G[i] = cg + (blend * ((sg / total) - cg));
                image.B[i] = cb + (blend * ((sb / total) - cb));
            }
        });
    }

    private static (int[] Offsets, float[] Weights) Taps(int radius, float sigma, int stride)
    {
        var offsets = new List<int>();
        var weights = new List<float>();
        for (var dy = -radius; dy <= radius; dy++)
        {
            for (var dx = -radius; dx <= radius; dx++)
            {
                offsets.Add((dy * stride) + dx);
                weights.Add(MathF.Exp(-((dx * dx) + (dy * dy)) / (2 * sigma * sigma)));
            }
        }

        return (offsets.ToArray(), weights.ToArray());
    }

    private static float[] Pad(float[] plane, int w, int h, int radius)
    {
        var paddedWidth = w + (2 * radius);
        var padded = new float[paddedWidth * (h + (2 * radius))];
        for (var y = 0; y < h + (2 * radius); y++)
        {
            var sourceRow = Math.Clamp(y - radius, 0, h - 1) * w;
            for (var x = 0; x < paddedWidth; x++)
            {
                padded[(y * paddedWidth) + x] = plane[sourceRow + Math.Clamp(x - radius, 0, w - 1)];
            }
        }

        return padded;
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
