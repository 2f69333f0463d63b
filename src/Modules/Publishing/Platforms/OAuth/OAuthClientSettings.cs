namespace MediaCreator.Modules.Publishing.Platforms.OAuth;

/// <summary>How one platform speaks the authorization-code flow; the platform class fills it from its options.</summary>
public sealed record OAuthClientSettings(
    string Platform, Uri AuthorizationEndpoint, Uri TokenEndpoint, string ClientId, string ClientSecret, IReadOnlyList<string> Scopes)
{
    /// <summary>The form/query name of the client id (TikTok calls it <c>client_key</c>).</summary>
    public string ClientIdParameter { get; init; } = "client_id";

    /// <summary>How the <c>scope</c> parameter joins scopes (Google: space, TikTok: comma).</summary>
    public string ScopeSeparator { get; init; } = " ";

    public bool UsePkce { get; init; } = true;

    /// <summary>Added to the authorization URL, e.g. Google's <c>access_type=offline</c>.</summary>
    public IReadOnlyDictionary<string, string> ExtraAuthorizationParameters { get; init; } = new Dictionary<string, string>();

    public int MaxRetries { get; init; } = 3;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After honoured before giving up with PLATFORM_RATE_LIMITED.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);
}
