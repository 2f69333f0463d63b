using MediaCreator.Modules.Publishing.Platforms.Social;

namespace MediaCreator.Modules.Publishing.Platforms.Facebook;

/// <summary>Facebook Graph API settings; defaults are the real endpoints.</summary>
public sealed class FacebookOptions
{
    public string GraphBaseUrl { get; set; } = "https://graph.facebook.com";

    /// <summary>Video uploads go to graph-video, not graph.</summary>
    public string VideoBaseUrl { get; set; } = "https://graph-video.facebook.com";

    public string DialogBaseUrl { get; set; } = "https://www.facebook.com";

    public string GraphVersion { get; set; } = "v19.0";

    public string AppId { get; set; } = "";

    public string AppSecret { get; set; } = "";

    public string Scopes { get; set; } = "pages_show_list,pages_read_engagement,pages_manage_posts,read_insights";

    public TimeSpan StatusPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait for Facebook's processing before returning the video as still "processing".</summary>
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The currency of the page's payout account, in which Facebook reports ad-break earnings.</summary>
    public string RevenueCurrency { get; set; } = "USD";

    public PlatformRetryOptions Retry { get; set; } = new();
}
