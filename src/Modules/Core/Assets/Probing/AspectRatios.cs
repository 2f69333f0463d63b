namespace MediaCreator.Modules.Core.Assets.Probing;

internal static class AspectRatios
{
    /// <summary>"1920x1080" → "16:9".</summary>
    public static string Reduce(int width, int height)
    {
        if (width <= 0 || height <= 0) return "0:0";
        var gcd = Gcd(width, height);
        return $"{width / gcd}:{height / gcd}";
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
