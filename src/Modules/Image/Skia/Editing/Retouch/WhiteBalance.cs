using MediaCreator.Modules.Image.Skia.Editing.Pixels;

namespace MediaCreator.Modules.Image.Skia.Editing.Retouch;

internal enum WhiteBalanceMethod
{
    /// <summary>The scene averages to grey: each channel's mean is scaled to the mean of the three.</summary>
    GrayWorld,

    /// <summary>The brightest tones are white: each channel's 99th percentile is scaled to the largest of them.</summary>
    WhitePatch,
}

/// <summary>Removes a colour cast by per-channel gains (von Kries), each limited to 0.4..2.5.</summary>
internal static class WhiteBalance
{
    public static void Apply(FloatImage image, WhiteBalanceMethod method)
    {
        var reference = new double[3];
        var opaque = Histograms.OpaqueCount(image);
        for (var c = 0; c < 3; c++)
        {
            reference[c] = method == WhiteBalanceMethod.GrayWorld
                ? Histograms.Mean(image, c)
                : Histograms.Percentile(Histograms.Of(image, c), opaque, 0.99) + 0.5;
        }

        var target = method == WhiteBalanceMethod.GrayWorld ? reference.Average() : reference.Max();
        for (var c = 0; c < 3; c++)
        {
            if (reference[c] < 1)
            {
                continue; // the channel is black: no gain can recover it
            }

            var gain = (float)Math.Clamp(target / reference[c], 0.4, 2.5);
            var plane = image.Planes[c];
            for (var i = 0; i < plane.Length; i++)
            {
                plane[i] = Math.Min(255, plane[i] * gain);
            }
        }
    }
}
