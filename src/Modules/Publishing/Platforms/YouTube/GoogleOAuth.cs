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
    private readonly HttpClient _httpClient;

    public GoogleOAuth(HttpClient http, YouTubeOptions options, TimeProvider? time = null)
    {
        _options = options;
        _httpClient = http;
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

    /// <summary>
    /// POST <c>token=</c> to Google's revocation endpoint (form body, not the URL). The refresh token is revoked when one
    /// is kept, which ends the whole grant; otherwise the access token. 400 invalid_token means already expired or revoked.
    /// </summary>
    public async Task RevokeAsync(OAuthGrant grant, CancellationToken ct)
    {
        var token = grant.RefreshToken ?? grant.AccessToken
            ?? throw new PublishingException(PublishingErrorCodes.Unsupported, "YouTube: no token is stored to revoke.");
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.EffectiveRevokeUrl)
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("token", token)]),
        };
        var (status, body) = await RevokeCall.SendAsync(_httpClient, request, "YouTube", ct);
        if (RevokeCall.IsSuccess(status)) return;
        var error = ReadError(body);
        if (error.Code is "invalid_token" or "invalid_grant") return;
        throw new PublishingException(PublishingErrorCodes.Rejected,
            $"Google revocation endpoint: {error.Code ?? $"HTTP {(int)status}"}{(error.Description is null ? "" : $" ({error.Description})")}");
    }

    private static (string? Code, string? Description) ReadError(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (null, null);
            return (root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null,
                root.TryGetProperty("error_description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    // A token fresh from the callback: if Google refuses it there is nothing to refresh with.
    private sealed class FixedToken(string token) : IPlatformTokenSource
    {
        public Task<string> GetAccessTokenAsync(CancellationToken ct) => Task.FromResult(token);

        public Task<string> RefreshAsync(CancellationToken ct) =>
            throw new PublishingException(PublishingErrorCodes.AuthExpired, "YouTube refused the new access token.");
    }
}
