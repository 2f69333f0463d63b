using MediaCreator.Modules.Image.Skia.Editing.Pixels;

namespace MediaCreator.Modules.Image.Skia.Editing.Inpainting;

/// <summary>
/// Inpainting by the fast marching method (Telea 2004). The hole is filled from its rim inwards in order of
/// distance T from the known region; each new pixel is a weighted average, over known pixels within
/// <see cref="Radius"/>, of their first-order extrapolation <c>I(q) + ∇I(q)·(p − q)</c>. Weights favour close pixels,
/// pixels on the same level set of T and, where the surrounding structure has a clear direction (structure tensor),
/// pixels along the isophote (coherence transport, Bornemann and März 2007), so edges and stripes run on through the
/// hole; where it has none, Telea's preference for pixels along the fill direction ∇T applies.
/// </summary>
internal sealed class TeleaInpainter(int radius = 5)
{
    private const byte Known = 0, Band = 1, Inside = 2;
    private const float Far = 1e6f;

    // exp(-k sin²) of the angle between (p - q) and the isophote: 25 keeps mostly neighbours within about ±15°.
    private const float IsophoteSharpness = 25;

    public int Radius { get; } = radius;

    /// <summary>Fills the pixels where <paramref name="hole"/> is true, in place; all other pixels stay as they are.</summary>
    public void Inpaint(FloatImage image, bool[] hole, CancellationToken ct)
    {
        int w = image.Width, h = image.Height;
        var flag = new byte[w * h];
        var t = new float[w * h];
        var queue = new PriorityQueue<int, float>();
        for (var i = 0; i < flag.Length; i++)
        {
            if (hole[i])
            {
                flag[i] = Inside;
                t[i] = Far;
            }
        }

        for (var i = 0; i < flag.Length; i++)
        {
            if (flag[i] == Known && HasInsideNeighbour(flag, i, w, h))
            {
                flag[i] = Band;
                queue.Enqueue(i, 0);
            }
        }

        var processed = 0;
        while (queue.TryDequeue(out var i, out var priority))
        {
            if (flag[i] == Known || priority > t[i])
            {
                continue; // a stale entry: the pixel was settled or re-queued with a smaller T
            }

            flag[i] = Known;
            if (++processed % 4096 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            int x = i % w, y = i / w;
            foreach (var (nx, ny) in (ReadOnlySpan<(int, int)>)[(x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)])
            {
                if (nx < 0 || ny < 0 || nx >= w || ny >= h)
                {
                    continue;
                }

                var n = (ny * w) + nx;
                if (flag[n] == Known)
                {
                    continue;
                }

                var distance = Math.Min(
                    Math.Min(Solve(flag, t, w, h, nx - 1, ny, nx, ny - 1), Solve(flag, t, w, h, nx + 1, ny, nx, ny - 1)),
                    Math.Min(Solve(flag, t, w, h, nx - 1, ny, nx, ny + 1), Solve(flag, t, w, h, nx + 1, ny, nx, ny + 1)));
                if (flag[n] == Inside)
                {
                    t[n] = distance;
                    FillPixel(image, flag, t, nx, ny); // while still Inside, so its own stale value is never read
                    flag[n] = Band;
                    queue.Enqueue(n, distance);
                }
                else if (distance < t[n])
                {
                    t[n] = distance;
                    queue.Enqueue(n, distance);
                }
            }
        }
    }

    private static bool HasInsideNeighbour(byte[] flag, int i, int w, int h)
    {
        int x = i % w, y = i / w;
        return (x > 0 && flag[i - 1] == Inside) || (x < w - 1 && flag[i + 1] == Inside)
            || (y > 0 && flag[i - w] == Inside) || (y < h - 1 && flag[i + w] == Inside);
    }

    /// <summary>First-order upwind solution of |∇T| = 1 from two settled neighbours (Telea's solve).</summary>
    private static float Solve(byte[] flag, float[] t, int w, int h, int x1, int y1, int x2, int y2)
    {
        var a = Settled(flag, w, h, x1, y1) ? t[(y1 * w) + x1] : Far;
        var b = Settled(flag, w, h, x2, y2) ? t[(y2 * w) + x2] : Far;
        if (a >= Far && b >= Far)
        {
            return Far;
        }

        if (a >= Far || b >= Far)
        {
            return 1 + Math.Min(a, b);
        }

        var r = MathF.Sqrt(MathF.Max(0, 2 - ((a - b) * (a - b))));
        var s = (a + b - r) / 2;
        if (s >= a && s >= b)
        {
            return s;
        }

        s += r;
        return s >= a && s >= b ? s : 1 + Math.Min(a, b);
    }

    private static bool Settled(byte[] flag, int w, int h, int x, int y) =>
        x >= 0 && y >= 0 && x < w && y < h && flag[(y * w) + x] == Known;

    private void FillPixel(FloatImage image, byte[] flag, float[] t, int x, int y)
    {
        int w = image.Width, h = image.Height, p = (y * w) + x;
        var (gtx, gty) = Gradient(t, flag, w, h, x, y);
        var side = (2 * Radius) + 1;
        Span<float> gradients = stackalloc float[side * side * 8];
        Span<bool> usable = stackalloc bool[side * side];

        // Pass 1: gradients of the known neighbours and their structure tensor (summed over channels).
        float jxx = 0, jxy = 0, jyy = 0;
        for (var qy = Math.Max(0, y - Radius); qy <= Math.Min(h - 1, y + Radius); qy++)
        {
            for (var qx = Math.Max(0, x - Radius); qx <= Math.Min(w - 1, x + Radius); qx++)
            {
                int q = (qy * w) + qx, rx = x - qx, ry = y - qy, slot = ((ry + Radius) * side) + rx + Radius;
                var r2 = (rx * rx) + (ry * ry);
                usable[slot] = flag[q] != Inside && r2 > 0 && r2 <= Radius * Radius;
                if (!usable[slot])
                {
                    continue;
                }

                var g = MathF.Exp(-r2 / (float)(Radius * Radius));
                for (var c = 0; c < 4; c++)
                {
                    var (gx, gy) = Gradient(image.Planes[c], flag, w, h, qx, qy);
                    gradients[(slot * 8) + (2 * c)] = gx;
                    gradients[(slot * 8) + (2 * c) + 1] = gy;
                    jxx += g * gx * gx;
                    jxy += g * gx * gy;
                    jyy += g * gy * gy;
                }
            }
        }

        // The dominant gradient direction n and how coherent it is (0 = no direction, 1 = one clean edge).
        var half = (jxx - jyy) / 2;
        var spread = MathF.Sqrt((half * half) + (jxy * jxy));
        var coherence = jxx + jyy > 1e-6f ? spread / ((jxx + jyy) / 2) : 0;
        var theta = 0.5f * MathF.Atan2(2 * jxy, jxx - jyy);
        float nx = MathF.Cos(theta), ny = MathF.Sin(theta);

        // Pass 2: Telea's weights, steered toward neighbours along the isophote (across n) when structure is clear
        // (the coherence transport of Bornemann and März), so stripes and edges run on through the hole.
        Span<float> sum = stackalloc float[4];
        float total = 0;
        for (var qy = Math.Max(0, y - Radius); qy <= Math.Min(h - 1, y + Radius); qy++)
        {
            for (var qx = Math.Max(0, x - Radius); qx <= Math.Min(w - 1, x + Radius); qx++)
            {
                int q = (qy * w) + qx, rx = x - qx, ry = y - qy, slot = ((ry + Radius) * side) + rx + Radius;
                if (!usable[slot])
                {
                    continue;
                }

                var length = MathF.Sqrt((rx * rx) + (ry * ry));
                var direction = MathF.Max(MathF.Abs((rx * gtx) + (ry * gty)) / length, 1e-3f);
                var across = ((rx * nx) + (ry * ny)) / length;
                var along = MathF.Exp(-IsophoteSharpness * across * across);
                var weight = ((1 - coherence) * direction + (coherence * along)) / length / (1 + MathF.Abs(t[q] - t[p]));
                for (var c = 0; c < 4; c++)
                {
                    var gx = gradients[(slot * 8) + (2 * c)];
                    var gy = gradients[(slot * 8) + (2 * c) + 1];
                    sum[c] += weight * (image.Planes[c][q] + (gx * rx) + (gy * ry));
                }

                total += weight;
            }
        }

        for (var c = 0; c < 4; c++)
        {
            image.Planes[c][p] = total > 0 ? Math.Clamp(sum[c] / total, 0, 255) : image.Planes[c][p];
        }
    }

    /// <summary>Central difference where both sides are filled, one-sided where only one is, else 0.</summary>
    private static (float X, float Y) Gradient(float[] v, byte[] flag, int w, int h, int x, int y)
    {
        var i = (y * w) + x;
        return (
            Difference(v, i, x > 0 && flag[i - 1] != Inside, x < w - 1 && flag[i + 1] != Inside, 1),
            Difference(v, i, y > 0 && flag[i - w] != Inside, y < h - 1 && flag[i + w] != Inside, w));
    }

    private static float Difference(float[] v, int i, bool before, bool after, int step) => (before, after) switch
    {
        (true, true) => (v[i + step] - v[i - step]) / 2,
        (false, true) => v[i + step] - v[i],
        (true, false) => v[i] - v[i - step],
        _ => 0,
    };
}
