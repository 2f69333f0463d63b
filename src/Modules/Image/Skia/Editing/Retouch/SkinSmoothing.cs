using MediaCreator.Modules.Image.Skia.Editing.Pixels;

namespace MediaCreator.Modules.Image.Skia.Editing.Retouch;

/// <summary>
/// Smooths skin only: a feathered mask of skin-toned pixels (the YCbCr box of Chai and Ngan, Cb 77..127 and
/// Cr 133..173, with soft margins) selects where a strong bilateral filter is blended in.
/// </summary>
internal static class SkinSmoothing
{
    private const float Margin = 6;

    public static void Apply(FloatImage image, float strength, CancellationToken ct)
    {
        var mask = SkinMask(image);
        var feathered = GaussianBlur.Blur(mask, image.Width, image.Height, 2f);
        for (var i = 0; i < feathered.Length; i++)
        {
            feathered[i] = mask[i] > 0 || feathered[i] > 0.01f ? feathered[i] * strength : 0;
        }

        BilateralFilter.Apply(image, 1.5f + (3 * strength), 12 + (18 * strength), feathered, ct);
    }

    /// <summary>1 inside the skin box, falling linearly to 0 within <see cref="Margin"/> levels outside it.</summary>
    public static float[] SkinMask(FloatImage image)
    {
        var mask = new float[image.PixelCount];
        for (var i = 0; i < mask.Length; i++)
        {
            if (image.A[i] < 128)
            {
                continue;
            }

            float r = image.R[i], g = image.G[i], b = image.B[i];
            var cb = 128 - (0.168736f * r) - (0.331264f * g) + (0.5f * b);
            var cr = 128 + (0.5f * r) - (0.418688f * g) - (0.081312f * b);
            mask[i] = Ramp(cb, 77, 127) * Ramp(cr, 133, 173);
        }

        return mask;
    }

    private static float Ramp(float v, float low, float high)
    {
        var outside = v < low ? low - v : v > high ? v - high : 0;
        return Math.Clamp(1 - (outside / Margin), 0, 1);
    }
}
