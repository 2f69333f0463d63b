namespace MediaCreator.Modules.Publishing.Platforms.YouTube;

/// <summary>Bound from the <c>YouTubeOptions</c> configuration section; the URLs default to Google's real endpoints.</summary>
public sealed class YouTubeOptions
{
    public const int ChunkUnit = 256 * 1024;

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public string ApiBaseUrl { get; set; } = "https://www.googleapis.com/youtube/v3";

    public string UploadBaseUrl { get; set; } = "https://www.googleapis.com/upload/youtube/v3";

    public string AnalyticsBaseUrl { get; set; } = "https://youtubeanalytics.googleapis.com/v2";

    public string AuthUrl { get; set; } = "https://accounts.google.com/o/oauth2/v2/auth";

    public string TokenUrl { get; set; } = "https://oauth2.googleapis.com/token";

    /// <summary>Google's token revocation endpoint; empty: <c>revoke</c> beside <see cref="TokenUrl"/> (https://oauth2.googleapis.com/revoke).</summary>
    public string RevokeUrl { get; set; } = "";

    /// <summary>Bytes per upload request; Google requires a multiple of 256 KiB (rounded down, at least 256 KiB).</summary>
    public int ChunkSize { get; set; } = 32 * ChunkUnit;

    public string[] Scopes { get; set; } =
    [
        "https://www.googleapis.com/auth/youtube.upload",
        "https://www.googleapis.com/auth/youtube.readonly",
        "https://www.googleapis.com/auth/yt-analytics.readonly",
        "https://www.googleapis.com/auth/yt-analytics-monetary.readonly",
    ];

    /// <summary>Used when a post names no category (22 = People &amp; Blogs).</summary>
    public string DefaultCategoryId { get; set; } = "22";

    /// <summary>The currency Analytics reports estimatedRevenue in.</summary>
    public string RevenueCurrency { get; set; } = "USD";

    /// <summary>Retries of a 429 / rate-limit, a 5xx or a dropped upload chunk before the call fails.</summary>
    public int MaxRetries { get; set; } = 4;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait honoured (Retry-After or backoff) before giving up.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    internal Uri EffectiveRevokeUrl => string.IsNullOrWhiteSpace(RevokeUrl) ? new Uri(new Uri(TokenUrl), "revoke") : new Uri(RevokeUrl);

    internal int EffectiveChunkSize => Math.Max(1, ChunkSize / ChunkUnit) * ChunkUnit;
}
