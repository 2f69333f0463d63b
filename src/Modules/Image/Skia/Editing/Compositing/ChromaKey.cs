using MediaCreator.Modules.Image.Skia.Editing.Pixels;

namespace MediaCreator.Modules.Image.Skia.Editing.Compositing;

/// <summary>
/// Keys out a backdrop colour by chroma distance (CbCr plane, so shading on the screen does not matter; 1 = 255
/// levels): distance up to the tolerance is transparent, beyond 1.4 times it opaque, a smooth ramp between (soft edges). Near the
/// keyed area the key's dominant channel is limited to the mean of the other two (spill suppression).
/// </summary>
internal static class ChromaKey
{
    public static float[] Key(FloatImage image, (byte R, byte G, byte B) key, float tolerance)
    {
        var (keyCb, keyCr) = Chroma(key.R, key.G, key.B);
        var inner = tolerance;
        var outer = tolerance * 1.4f;
        var alpha = new float[image.PixelCount];
        for (var i = 0; i < alpha.Length; i++)
        {
            var (cb, cr) = Chroma(image.R[i], image.G[i], image.B[i]);
            var distance = MathF.Sqrt(((cb - keyCb) * (cb - keyCb)) + ((cr - keyCr) * (cr - keyCr))) / 255f;
            var s = Math.Clamp((distance - inner) / (outer - inner), 0, 1);
            alpha[i] = s * s * (3 - (2 * s));
        }

        SuppressSpill(image, key, alpha);
        return alpha;
    }

    private static void SuppressSpill(FloatImage image, (byte R, byte G, byte B) key, float[] alpha)
    {
        var dominant = key.G >= key.R && key.G >= key.B ? 1 : key.B >= key.R ? 2 : 0;
        int[] others = dominant switch { 0 => [1, 2], 1 => [0, 2], _ => [0, 1] };

        // Pixels within a few pixels of the keyed area get full suppression, fading out further in.
        var nearKey = GaussianBlur.Blur(alpha, image.Width, image.Height, 2f);
        var plane = image.Planes[dominant];
        for (var i = 0; i < plane.Length; i++)
        {
            var strength = Math.Clamp(2 * (1 - nearKey[i]), 0, 1);
            var limit = (image.Planes[others[0]][i] + image.Planes[others[1]][i]) / 2;
            if (strength > 0 && plane[i] > limit)
            {
                plane[i] -= strength * (plane[i] - limit);
            }
        }
    }

    private static (float Cb, float Cr) Chroma(float r, float g, float b) =>
        (128 - (0.168736f * r) - (0.331264f * g) + (0.5f * b), 128 + (0.5f * r) - (0.418688f * g) - (0.081312f * b));
}
