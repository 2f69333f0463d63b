namespace MediaCreator.Modules.Image.Abstractions;

/// <summary>Machine-readable codes of <see cref="ImageProviderException"/>.</summary>
public static class ImageProviderErrorCodes
{
    /// <summary>The provider cannot do this (e.g. <c>skia</c> asked for a photoreal subject or a face swap).</summary>
    public const string Unsupported = "UNSUPPORTED_BY_PROVIDER";

    /// <summary>The provider refused the prompt or image (content policy / safety system).</summary>
    public const string ContentPolicy = "CONTENT_POLICY";

    /// <summary>429 after our retries.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>5xx or connection failure after our retries.</summary>
    public const string Unavailable = "PROVIDER_UNAVAILABLE";

    public const string Timeout = "PROVIDER_TIMEOUT";

    /// <summary>The provider answered with something we cannot use (4xx other than the above, malformed body).</summary>
    public const string ProviderError = "PROVIDER_ERROR";

    /// <summary>The request itself is wrong (missing mask, size out of range...).</summary>
    public const string InvalidInput = "INVALID_INPUT";

    /// <summary>The provider is not configured (no base URL / API key).</summary>
    public const string NotConfigured = "PROVIDER_NOT_CONFIGURED";
}

/// <summary>An expected provider failure. <see cref="Retryable"/> failures are retried by the job engine with backoff.</summary>
public sealed class ImageProviderException(
    string code, string message, bool retryable = false, IReadOnlyList<string>? alternatives = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;

    public bool Retryable { get; } = retryable;

    /// <summary>Providers that can do what this one cannot (for <see cref="ImageProviderErrorCodes.Unsupported"/>).</summary>
    public IReadOnlyList<string> Alternatives { get; } = alternatives ?? [];
}
