namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>Input checks every HTTP provider applies before spending a call.</summary>
internal static class ImageRequestChecks
{
    public const int MaxSide = 8192;

    public static void Size(int width, int height, string provider)
    {
        if (width is < 1 or > MaxSide || height is < 1 or > MaxSide)
            throw ProviderFailures.InvalidInput(provider, $"size {width}x{height} is outside 1..{MaxSide} pixels per side.");
    }
}
