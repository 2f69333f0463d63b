using MediaCreator.Modules.Image.Skia.Editing.Pixels;

namespace MediaCreator.Modules.Image.Skia.Editing.Retouch;

/// <summary>Per-channel levels: the 0.5th..99.5th percentile of each of R, G, B is stretched to 0..255.</summary>
internal static class AutoLevels
{
    private const double ClipFraction = 0.005;

    public static void Apply(FloatImage image)
    {
        var opaque = Histograms.OpaqueCount(image);
        for (var c = 0; c < 3; c++)
        {
            var histogram = Histograms.Of(image, c);
            var low = Histograms.Percentile(histogram, opaque, ClipFraction);
            var high = Histograms.Percentile(histogram, opaque, 1 - ClipFraction);
            if (high - low < 8)
            {
                continue; // a flat channel: stretching would only amplify noise
            }

            var gain = 255f / (high - low);
            var plane = image.Planes[c];
            for (var i = 0; i < plane.Length; i++)
            {
                plane[i] = Math.Clamp((plane[i] - low) * gain, 0, 255);
            }
        }
    }
}
