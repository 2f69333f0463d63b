using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Editing.Pixels;

/// <summary>
/// Reads an edit mask as coverage 0..1 at the image's size. A mask with any transparency is read by its alpha
/// (opaque = selected); a fully opaque mask is read by its brightness (white = selected).
/// </summary>
internal static class MaskReader
{
    public static float[] Read(SKBitmap mask, int width, int height)
    {
        var source = FloatImage.FromBitmap(mask);
        var usesAlpha = source.A.Any(a => a < 255);
        var coverage = new float[source.PixelCount];
        for (var i = 0; i < coverage.Length; i++)
        {
            coverage[i] = usesAlpha
                ? source.A[i] / 255f
                : ((0.299f * source.R[i]) + (0.587f * source.G[i]) + (0.114f * source.B[i])) / 255f;
        }

        if (source.Width == width && source.Height == height)
        {
            return coverage;
        }

        var resized = Resampler.ResizePlane(coverage, source.Width, source.Height, width, height);
        for (var i = 0; i < resized.Length; i++)
        {
            resized[i] = Math.Clamp(resized[i], 0, 1);
        }

        return resized;
    }
}
