using MediaCreator.Modules.Image.Providers.Http;

namespace MediaCreator.Modules.Image.Providers.Flux;

/// <summary>BFL takes sides that are multiples of 32 within [min, max]; we keep the aspect ratio as well as we can.</summary>
internal static class FluxDimensions
{
    public const int Step = 32;

    public static (int Width, int Height) Fit(int width, int height, int min, int max) =>
        SnappedSize.Fit(width, height, min, max, Step);

    /// <summary>Kontext's <c>aspect_ratio</c> ("W:H" in lowest terms), kept within 21:9 … 9:21.</summary>
    public static string AspectRatio(int width, int height)
    {
        var ratio = Math.Clamp((double)width / height, 9.0 / 21, 21.0 / 9);
        if (Math.Abs(ratio - (double)width / height) > 1e-9)
            return ratio > 1 ? "21:9" : "9:21";
        var divisor = Gcd(width, height);
        return $"{width / divisor}:{height / divisor}";
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
