using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Coloring;

/// <summary>
/// Photo to coloring-page outlines: grey, Gaussian blur, Sobel gradient, a threshold at a high percentile of the
/// gradient (with an absolute floor so flat areas stay empty), thickening by dilation and removal of small specks.
/// </summary>
internal static class LineArtExtractor
{
    /// <summary>Edge mask (true = ink) of <paramref name="photo"/> scaled to fit <paramref name="maxSide"/> pixels.</summary>
    public static (bool[] Mask, int Width, int Height) Extract(SKBitmap photo, int maxSide = 900, float keepFraction = 0.1f)
    {
        var scale = Math.Min(1f, (float)maxSide / Math.Max(photo.Width, photo.Height));
        var w = Math.Max(8, (int)(photo.Width * scale));
        var h = Math.Max(8, (int)(photo.Height * scale));
        using var small = photo.Resize(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear))
                          ?? throw new InvalidOperationException("could not scale the reference photo");
        var grey = new float[w * h];
        var px = small.Pixels;
        for (var i = 0; i < grey.Length; i++)
        {
            var c = px[i];
            // transparent areas count as white paper
            var a = c.Alpha / 255f;
            grey[i] = (0.299f * c.Red + 0.587f * c.Green + 0.114f * c.Blue) * a + 255 * (1 - a);
        }
        grey = Blur(grey, w, h, 1.4f);
        var magnitude = Sobel(grey, w, h);
        var sorted = magnitude.Where(m => m > 0).OrderBy(m => m).ToArray();
        var percentile = sorted.Length == 0 ? float.MaxValue : sorted[(int)(sorted.Length * (1 - keepFraction))];
        var threshold = Math.Max(percentile, 60f); // ~ a 15-level step after blurring: real edges only
        var mask = new bool[w * h];
        for (var i = 0; i < mask.Length; i++) mask[i] = magnitude[i] >= threshold;
        mask = Dilate(mask, w, h);
        RemoveSpecks(mask, w, h, Math.Max(12, w * h / 2500));
        return (mask, w, h);
    }

    /// <summary>The mask as black ink on white.</summary>
    public static SKBitmap ToBitmap(bool[] mask, int w, int h)
    {
        var bitmap = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Pixels = mask.Select(m => m ? SKColors.Black : SKColors.White).ToArray();
        return bitmap;
    }

    private static float[] Blur(float[] src, int w, int h, float sigma)
    {
        var radius = (int)Math.Ceiling(sigma * 2.5f);
        var kernel = Enumerable.Range(-radius, 2 * radius + 1).Select(i => MathF.Exp(-i * i / (2 * sigma * sigma))).ToArray();
        var sum = kernel.Sum();
        for (var i = 0; i < kernel.Length; i++) kernel[i] /= sum;
        var tmp = new float[src.Length];
        var dst = new float[src.Length];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var acc = 0f;
                for (var k = -radius; k <= radius; k++) acc += kernel[k + radius] * src[y * w + Math.Clamp(x + k, 0, w - 1)];
                tmp[y * w + x] = acc;
            }
        }
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var acc = 0f;
                for (var k = -radius; k <= radius; k++) acc += kernel[k + radius] * tmp[Math.Clamp(y + k, 0, h - 1) * w + x];
                dst[y * w + x] = acc;
            }
        }
        return dst;
    }

    private static float[] Sobel(float[] g, int w, int h)
    {
        var m = new float[g.Length];
        for (var y = 1; y < h - 1; y++)
        {
            for (var x = 1; x < w - 1; x++)
            {
                float P(int dx, int dy) => g[(y + dy) * w + x + dx];
                var gx = P(1, -1) + 2 * P(1, 0) + P(1, 1) - P(-1, -1) - 2 * P(-1, 0) - P(-1, 1);
                var gy = P(-1, 1) + 2 * P(0, 1) + P(1, 1) - P(-1, -1) - 2 * P(0, -1) - P(1, -1);
                m[y * w + x] = MathF.Sqrt(gx * gx + gy * gy);
            }
        }
        return m;
    }

    private static bool[] Dilate(bool[] mask, int w, int h)
    {
        var result = new bool[mask.Length];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                if (!mask[y * w + x]) continue;
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        int nx = x + dx, ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h) result[ny * w + nx] = true;
                    }
                }
            }
        }
        return result;
    }

    private static void RemoveSpecks(bool[] mask, int w, int h, int minPixels)
    {
        var seen = new bool[mask.Length];
        var stack = new Stack<int>();
        var component = new List<int>();
        for (var i = 0; i < mask.Length; i++)
        {
            if (!mask[i] || seen[i]) continue;
            component.Clear();
            seen[i] = true;
            stack.Push(i);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                component.Add(p);
                int x = p % w, y = p / w;
                for (var dy = -1; dy <= 1; dy++)
                {
                    for (var dx = -1; dx <= 1; dx++)
                    {
                        int nx = x + dx, ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                        var n = ny * w + nx;
                        if (!mask[n] || seen[n]) continue;
                        seen[n] = true;
                        stack.Push(n);
                    }
                }
            }
            if (component.Count < minPixels) foreach (var p in component) mask[p] = false;
        }
    }
}
