namespace MediaCreator.Modules.Image.Skia.Editing.Pixels;

/// <summary>
/// Separable Lanczos-3 resampling of float planes, pixel centres aligned (<c>src = (dst + 0.5) / scale - 0.5</c>).
/// Downscaling widens the kernel by the ratio, so it filters out what the smaller grid cannot hold (no aliasing).
/// </summary>
internal static class Resampler
{
    private const int Lobes = 3;

    /// <summary>Resizes an image, filtering colour premultiplied by alpha so transparent pixels leave no fringe.</summary>
    public static FloatImage Resize(FloatImage src, int width, int height, CancellationToken ct = default)
    {
        var premul = Premultiply(src);
        var dst = new FloatImage(width, height);
        for (var c = 0; c < 4; c++)
        {
            ct.ThrowIfCancellationRequested();
            dst.Planes[c] = ResizePlane(premul[c], src.Width, src.Height, width, height);
        }

        Unpremultiply(dst);
        return dst;
    }

    public static float[] ResizePlane(float[] src, int sw, int sh, int dw, int dh)
    {
        var horizontal = Contributions(sw, dw);
        var vertical = Contributions(sh, dh);
        var tmp = new float[dw * sh];
        Parallel.For(0, sh, y =>
        {
            var srcRow = y * sw;
            for (var x = 0; x < dw; x++)
            {
                var (indices, weights) = horizontal[x];
                float sum = 0;
                for (var k = 0; k < weights.Length; k++)
                {
                    sum += weights[k] * src[srcRow + indices[k]];
                }

                tmp[(y * dw) + x] = sum;
            }
        });
        var dst = new float[dw * dh];
        Parallel.For(0, dh, y =>
        {
            // Row by row, so the inner loop runs along memory.
            var (indices, weights) = vertical[y];
            var target = dst.AsSpan(y * dw, dw);
            for (var k = 0; k < weights.Length; k++)
            {
                var weight = weights[k];
                var source = tmp.AsSpan(indices[k] * dw, dw);
                for (var x = 0; x < dw; x++)
                {
                    target[x] += weight * source[x];
                }
            }
        });
        return dst;
    }

    /// <summary>For each destination index: the source indices (clamped to the edge) and their normalised weights.</summary>
    private static (int[] Indices, float[] Weights)[] Contributions(int srcSize, int dstSize)
    {
        var scale = (double)dstSize / srcSize;
        var stretch = Math.Max(1, 1 / scale);
        var support = Lobes * stretch;
        var result = new (int[], float[])[dstSize];
        for (var i = 0; i < dstSize; i++)
        {
            var centre = ((i + 0.5) / scale) - 0.5;
            var first = (int)Math.Floor(centre - support) + 1;
            var last = (int)Math.Ceiling(centre + support) - 1;
            var indices = new int[last - first + 1];
            var weights = new float[last - first + 1];
            double total = 0;
            for (var j = first; j <= last; j++)
            {
                var w = Lanczos((j - centre) / stretch);
                indices[j - first] = Math.Clamp(j, 0, srcSize - 1);
                weights[j - first] = (float)w;
                total += w;
            }

            for (var k = 0; k < weights.Length; k++)
            {
                weights[k] = (float)(weights[k] / total);
            }

            result[i] = (indices, weights);
        }

        return result;
    }

    private static double Lanczos(double x)
    {
        x = Math.Abs(x);
        if (x < 1e-9)
        {
            return 1;
        }

        if (x >= Lobes)
        {
            return 0;
        }

        var px = Math.PI * x;
        return Lobes * Math.Sin(px) * Math.Sin(px / Lobes) / (px * px);
    }

    public static float[][] Premultiply(FloatImage image)
    {
        var planes = new float[4][];
        planes[3] = (float[])image.A.Clone();
        for (var c = 0; c < 3; c++)
        {
            var plane = new float[image.PixelCount];
            var src = image.Planes[c];
            Parallel.For(0, image.Height, y =>
            {
                for (int i = y * image.Width, end = i + image.Width; i < end; i++)
                {
                    plane[i] = src[i] * image.A[i] / 255f;
                }
            });

            planes[c] = plane;
        }

        return planes;
    }

    /// <summary>Turns premultiplied planes (held in <paramref name="image"/>) back to straight alpha, clamped.</summary>
    public static void Unpremultiply(FloatImage image)
    {
        Parallel.For(0, image.Height, y =>
        {
            for (int i = y * image.Width, end = i + image.Width; i < end; i++)
            {
                var a = Math.Clamp(image.A[i], 0, 255);
                image.A[i] = a;
                for (var c = 0; c < 3; c++)
                {
                    image.Planes[c][i] = a < 0.5f ? 0 : Math.Clamp(image.Planes[c][i] * 255f / a, 0, 255);
                }
            }
        });
    }
}
