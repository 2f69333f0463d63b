using System.Text.Json;
using MediaCreator.Modules.Publishing.Platforms.OAuth;

namespace MediaCreator.Modules.Publishing.Platforms.YouTube;

/// <summary>
/// Google's OAuth 2.0 for a YouTube channel: consent with <c>access_type=offline</c> and <c>prompt=consent</c> (so a
/// refresh token comes back every time), PKCE S256, and channels.list <c>mine=true</c> for the connected channel.
/// </summary>
public sealed class GoogleOAuth : IOAuthPlatform
{
    private readonly YouTubeOptions _options;
    private readonly AuthorizationCodeClient _client;
    private readonly YouTubeHttp _http;

    public GoogleOAuth(HttpClient http, YouTubeOptions options, TimeProvider? time = null)
    {
        _options = options;
        var settings = new OAuthClientSettings(Platform, new Uri(options.AuthUrl), new Uri(options.TokenUrl), options.ClientId, options.ClientSecret, options.Scopes)
        {
            ExtraAuthorizationParameters = new Dictionary<string, string>
            {
                ["access_type"] = "offline", ["prompt"] = "consent", ["include_granted_scopes"] = "true",
            },
            MaxRetries = options.MaxRetries,
            RetryBaseDelay = options.RetryBaseDelay,
            MaxRetryAfter = options.MaxRetryDelay,
        };
        _client = new AuthorizationCodeClient(http, settings, time);
        _http = new YouTubeHttp(http, options, time ?? TimeProvider.System);
    }

    public string Platform => "youtube";

    public Uri BuildAuthorizationUrl(Uri redirectUri, string state, string codeChallenge) =>
        _client.BuildAuthorizationUrl(redirectUri, state, codeChallenge);

    public Task<OAuthTokens> ExchangeCodeAsync(string code, Uri redirectUri, string codeVerifier, CancellationToken ct) =>
        _client.ExchangeCodeAsync(code, redirectUri, codeVerifier, ct);

    public Task<OAuthTokens> RefreshAsync(string refreshToken, CancellationToken ct) => _client.RefreshAsync(refreshToken, ct);

    public async Task<PlatformAccountInfo> GetAccountAsync(string accessToken, CancellationToken ct)
    {
        var uri = new Uri($"{_options.ApiBaseUrl.TrimEnd('/')}/channels?part=snippet&mine=true");
        var list = await _http.GetJsonAsync(new FixedToken(accessToken), uri, ct);
        if (!list.TryGetProperty("items", out var items) || items.GetArrayLength() == 0)
            throw new PublishingException(PublishingErrorCodes.Rejected, "YouTube: this Google account has no YouTube channel.");
        var channel = items[0];
        var snippet = channel.GetProperty("snippet");
        var handle = snippet.TryGetProperty("customUrl", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
        return new PlatformAccountInfo(channel.GetProperty("id").GetString()!, snippet.GetProperty("title").GetString() ?? "", handle);
    }

    // A token fresh from the callback: if Google refuses it there is nothing to refresh with.
    private sealed class FixedToken(string token) : IPlatformTokenSource
    {
        public Task<string> GetAccessTokenAsync(CancellationToken ct) => Task.FromResult(token);

        public Task<string> RefreshAsync(CancellationToken ct) =>
            throw new PublishingException(PublishingErrorCodes.AuthExpired, "YouTube refused the new access token.");
    }
}
