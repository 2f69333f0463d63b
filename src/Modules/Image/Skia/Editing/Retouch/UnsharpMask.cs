using MediaCreator.Modules.Image.Skia.Editing.Pixels;

namespace MediaCreator.Modules.Image.Skia.Editing.Retouch;

/// <summary>
/// Unsharp mask on luminance: the detail (luma minus its Gaussian blur) is added back, scaled, to R, G and B, so
/// edges gain contrast without colour fringes. Details below a small threshold (noise) are left alone.
/// </summary>
internal static class UnsharpMask
{
    public static void Apply(FloatImage image, float amount, float sigma = 1.2f, float threshold = 2f)
    {
        var luma = new float[image.PixelCount];
        for (var i = 0; i < luma.Length; i++)
        {
            luma[i] = (0.299f * image.R[i]) + (0.587f * image.G[i]) + (0.114f * image.B[i]);
        }

        var blurred = GaussianBlur.Blur(luma, image.Width, image.Height, sigma);
        for (var i = 0; i < luma.Length; i++)
        {
            var detail = luma[i] - blurred[i];
            var magnitude = Math.Abs(detail);
            if (magnitude <= threshold)
            {
                continue;
            }

            // Soft threshold: the step at the threshold would itself look like an artefact.
            var boost = amount * (magnitude - threshold) * Math.Sign(detail);
            for (var c = 0; c < 3; c++)
            {
                image.Planes[c][i] = Math.Clamp(image.Planes[c][i] + boost, 0, 255);
            }
        }
    }
}
