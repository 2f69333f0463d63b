using MediaCreator.Modules.Image.Abstractions;

namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>The <see cref="ImageProviderException"/>s the HTTP providers throw, worded in one place.</summary>
internal static class ProviderFailures
{
    public static ImageProviderException NotConfigured(string provider, string section, string missing) =>
        new(ImageProviderErrorCodes.NotConfigured, $"{provider} is not configured: set {section}:{missing}.");

    public static ImageProviderException Unsupported(string provider, string what, params string[] alternatives) =>
        new(ImageProviderErrorCodes.Unsupported, $"{provider} cannot {what}.", alternatives: alternatives);

    public static ImageProviderException InvalidInput(string provider, string message) =>
        new(ImageProviderErrorCodes.InvalidInput, $"{provider}: {message}");

    public static ImageProviderException ContentPolicy(string provider, string? detail) =>
        new(ImageProviderErrorCodes.ContentPolicy, $"{provider} refused the request under its content policy{Suffix(detail)}");

    public static ImageProviderException ProviderError(string provider, string message, Exception? inner = null) =>
        new(ImageProviderErrorCodes.ProviderError, $"{provider}: {message}", inner: inner);

    public static ImageProviderException RateLimited(string provider, int attempts) =>
        new(ImageProviderErrorCodes.RateLimited, $"{provider} is rate limiting us (HTTP 429 on {attempts} attempt(s)).", retryable: true);

    public static ImageProviderException Unavailable(string provider, string detail, Exception? inner = null) =>
        new(ImageProviderErrorCodes.Unavailable, $"{provider} is unavailable: {detail}", retryable: true, inner: inner);

    public static ImageProviderException Timeout(string provider, string what) =>
        new(ImageProviderErrorCodes.Timeout, $"{provider} did not answer in time ({what}).");

    private static string Suffix(string? detail) => string.IsNullOrWhiteSpace(detail) ? "." : $": {detail}";
}
