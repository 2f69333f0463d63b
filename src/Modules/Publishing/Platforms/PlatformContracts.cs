namespace MediaCreator.Modules.Publishing.Platforms;

/// <summary>
/// One publishing destination, as the spec's <c>PlatformPublisherBase</c>: upload, schedule, fetch metrics, fetch
/// revenue. External platforms (YouTube, TikTok, Facebook) are real HTTP protocol clients; built-in ones (RSS feed,
/// folder, webhook) work offline. A publisher that cannot do something throws <see cref="PublishingException"/> with
/// <see cref="PublishingErrorCodes.Unsupported"/>, never pretends.
/// </summary>
public interface IPlatformPublisher
{
    /// <summary>Lower-case key: youtube, tiktok, facebook, rss_feed, folder, webhook.</summary>
    string Platform { get; }

    PlatformCapabilities Capabilities { get; }

    /// <summary>Publishes now. Progress 0..1 follows the bytes sent (and the platform's processing when it reports it).</summary>
    Task<PublishResult> UploadAsync(PublishRequest request, IProgress<double>? progress, CancellationToken ct);

    /// <summary>Uploads now and lets the platform publish at <paramref name="publishAt"/> (natively scheduled posts).</summary>
    Task<PublishResult> ScheduleAsync(PublishRequest request, DateTimeOffset publishAt, IProgress<double>? progress, CancellationToken ct);

    Task<PostMetrics> FetchMetricsAsync(PlatformConnection connection, string externalPostId, CancellationToken ct);

    /// <summary>Revenue the platform reports for the post in the period; null when it reports none for it.</summary>
    Task<IReadOnlyList<PostRevenue>> FetchRevenueAsync(PlatformConnection connection, string externalPostId, DateOnly from, DateOnly to, CancellationToken ct);
}

/// <param name="NativeScheduling">The platform holds the post and publishes it itself at a time.</param>
/// <param name="MaxScheduleAhead">How far ahead the platform accepts a scheduled time, when it schedules natively.</param>
public sealed record PlatformCapabilities(bool NativeScheduling, bool Metrics, bool Revenue, TimeSpan? MaxScheduleAhead = null);

/// <summary>The account to act as: its id on the platform (channel, page, open_id) and its tokens.</summary>
public sealed record PlatformConnection(string AccountExternalId, IPlatformTokenSource Tokens);

/// <summary>
/// Access tokens of one connected account, kept encrypted by the caller. A client calls <see cref="RefreshAsync"/>
/// once when the platform says the token expired (HTTP 401 / its expired-token error) and retries the call with the
/// new token; a failed refresh is <see cref="PublishingErrorCodes.AuthExpired"/>.
/// </summary>
public interface IPlatformTokenSource
{
    Task<string> GetAccessTokenAsync(CancellationToken ct);

    Task<string> RefreshAsync(CancellationToken ct);
}

/// <param name="IdempotencyKey">Stable per publication: a client that can pass it on (or find a post by it) never posts twice.</param>
public sealed record PublishRequest(PlatformConnection Connection, MediaFile Media, PostDetails Details, string IdempotencyKey);

/// <summary>The file to publish, with what the asset's metadata says of it.</summary>
public sealed record MediaFile(string Path, string MimeType, long SizeBytes, double? DurationSeconds, int? Width, int? Height);

/// <param name="Privacy">public, unlisted or private.</param>
/// <param name="ContainsSyntheticMedia">Altered or synthetic content (YouTube's disclosure, TikTok's AI-generated label).</param>
public sealed record PostDetails(
    string Title, string? Description, IReadOnlyList<string> Tags, string Privacy = "public", bool MadeForKids = false,
    bool ContainsSyntheticMedia = true, string? CategoryId = null, string? Language = null, string? ThumbnailPath = null);

/// <param name="Status">published, scheduled or processing (the platform still works on it).</param>
public sealed record PublishResult(string ExternalPostId, string? Url, DateTimeOffset? PublishedTime, DateTimeOffset? ScheduledTime, string Status);

public sealed record PostMetrics(long Views, long Likes, long Comments, long Shares, double WatchTimeSeconds, double? Ctr, DateTimeOffset FetchedAt);

/// <param name="Source">adsense, creator_fund or product_sale.</param>
public sealed record PostRevenue(decimal Amount, string Currency, string Source, DateOnly PeriodStart, DateOnly PeriodEnd);

/// <summary>A platform call that failed, typed so the publishing engine can retry, refresh, or record the reason.</summary>
public sealed class PublishingException(string code, string message, bool retryable = false, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;

    public bool Retryable { get; } = retryable;

    /// <summary>The platform's Retry-After, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

public static class PublishingErrorCodes
{
    public const string AuthExpired = "PLATFORM_AUTH_EXPIRED";
    public const string RateLimited = "PLATFORM_RATE_LIMITED";
    public const string QuotaExceeded = "PLATFORM_QUOTA_EXCEEDED";
    public const string Unavailable = "PLATFORM_UNAVAILABLE";
    public const string Rejected = "PLATFORM_REJECTED";
    public const string ProcessingFailed = "PLATFORM_PROCESSING_FAILED";
    public const string NotConfigured = "PLATFORM_NOT_CONFIGURED";
    public const string Unsupported = "PLATFORM_UNSUPPORTED";
    public const string Timeout = "PLATFORM_TIMEOUT";
}

/// <summary>The OAuth 2.0 authorization-code flow of one platform (with PKCE where the platform supports it).</summary>
public interface IOAuthPlatform
{
    string Platform { get; }

    /// <summary>The URL to send the owner's browser to; <paramref name="state"/> is checked on the callback.</summary>
    Uri BuildAuthorizationUrl(Uri redirectUri, string state, string codeChallenge);

    Task<OAuthTokens> ExchangeCodeAsync(string code, Uri redirectUri, string codeVerifier, CancellationToken ct);

    Task<OAuthTokens> RefreshAsync(string refreshToken, CancellationToken ct);

    /// <summary>Who the tokens act as (channel, page, TikTok user): the account row's external id, name and handle.</summary>
    Task<PlatformAccountInfo> GetAccountAsync(string accessToken, CancellationToken ct);

    /// <summary>
    /// Revokes our app's grant at the platform, in one attempt (no retries; the caller bounds the time with
    /// <paramref name="ct"/>). Returns when the platform confirmed it or answered that the token is already invalid,
    /// expired or revoked (nothing can act with it any more). Otherwise throws <see cref="PublishingException"/>:
    /// PLATFORM_UNAVAILABLE (network error, 5xx), PLATFORM_RATE_LIMITED, PLATFORM_REJECTED, PLATFORM_NOT_CONFIGURED, or
    /// PLATFORM_UNSUPPORTED when the grant lacks the token the platform revokes with. Messages never carry a token.
    /// </summary>
    Task RevokeAsync(OAuthGrant grant, CancellationToken ct);
}

/// <summary>The stored tokens of one connection, for <see cref="IOAuthPlatform.RevokeAsync"/>.</summary>
/// <param name="UserAccessToken">Facebook: the long-lived user token behind a page token (the grant is the user's).</param>
public sealed record OAuthGrant(string? AccessToken, string? RefreshToken, DateTimeOffset? AccessTokenExpiresAt, string? UserAccessToken = null);

/// <param name="RefreshToken">Null when the platform returned none (the previous one stays valid).</param>
public sealed record OAuthTokens(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt, IReadOnlyList<string> Scopes);

public sealed record PlatformAccountInfo(string ExternalId, string Name, string? Handle);
