using MediaCreator.Modules.Publishing.Platforms.Social;

namespace MediaCreator.Modules.Publishing.Platforms.TikTok;

/// <summary>TikTok Content Posting API and Login Kit settings; defaults are the real endpoints.</summary>
public sealed class TikTokOptions
{
    public string ApiBaseUrl { get; set; } = "https://open.tiktokapis.com";

    public string AuthorizeUrl { get; set; } = "https://www.tiktok.com/v2/auth/authorize/";

    public string ClientKey { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Comma-separated, as TikTok expects them.</summary>
    public string Scopes { get; set; } = "user.info.basic,user.info.profile,video.publish,video.list";

    /// <summary>TikTok accepts 5–64 MB chunks; files smaller than one chunk go whole.</summary>
    public long ChunkSizeBytes { get; set; } = 10 * 1024 * 1024;

    public TimeSpan StatusPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to poll the post status before returning it as still "processing".</summary>
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public PlatformRetryOptions Retry { get; set; } = new();
}
