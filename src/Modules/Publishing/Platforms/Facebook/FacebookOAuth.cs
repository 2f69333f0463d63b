using System.Net.Http.Headers;
using System.Text.Json;
using MediaCreator.Modules.Publishing.Platforms.OAuth;

namespace MediaCreator.Modules.Publishing.Platforms.Facebook;

/// <summary>A page the signed-in user manages, with the page access token publishing needs.</summary>
public sealed record FacebookPage(string Id, string Name, string? Username, string AccessToken, IReadOnlyList<string> Tasks);

/// <summary>
/// Facebook Login: dialog/oauth (with PKCE), code → short-lived user token → long-lived token (fb_exchange_token),
/// /me/accounts for the pages. Facebook has no refresh token: <see cref="OAuthTokens.RefreshToken"/> carries the
/// long-lived token itself, and <see cref="RefreshAsync"/> exchanges it for a fresh one while it is still valid.
/// </summary>
public sealed class FacebookOAuth(HttpClient http, FacebookOptions options) : IOAuthPlatform
{
    private static readonly HashSet<int> RateCodes = [4, 17, 32, 613];
    private readonly FacebookGraph _graph = new(http, options);

    public string Platform => "facebook";

    public Uri BuildAuthorizationUrl(Uri redirectUri, string state, string codeChallenge)
    {
        RequireApp();
        var query = OAuthRequests.Query(OAuthRequests.Authorization("client_id", options.AppId, redirectUri, options.Scopes, state, codeChallenge));
        return new Uri($"{options.DialogBaseUrl.TrimEnd('/')}/{options.GraphVersion}/dialog/oauth?{query}");
    }

    public async Task<OAuthTokens> ExchangeCodeAsync(string code, Uri redirectUri, string codeVerifier, CancellationToken ct)
    {
        RequireApp();
        var shortLived = await TokenAsync(ct, OAuthRequests.WithClient(
            [new("redirect_uri", redirectUri.ToString()), new("code", code), new("code_verifier", codeVerifier)], "client_id", options.AppId, options.AppSecret));
        return await LongLivedAsync(shortLived.GetProperty("access_token").GetString()!, ct);
    }

    public Task<OAuthTokens> RefreshAsync(string refreshToken, CancellationToken ct)
    {
        RequireApp();
        return LongLivedAsync(refreshToken, ct);
    }

    /// <summary>The account is the first page the user manages (see <see cref="GetPagesAsync"/> to let the owner choose).</summary>
    public async Task<PlatformAccountInfo> GetAccountAsync(string accessToken, CancellationToken ct)
    {
        var pages = await GetPagesAsync(accessToken, ct);
        var page = pages.FirstOrDefault()
            ?? throw new PublishingException(PublishingErrorCodes.Rejected, "This Facebook user manages no page; videos are published to pages.");
        return new PlatformAccountInfo(page.Id, page.Name, page.Username);
    }

    public async Task<IReadOnlyList<FacebookPage>> GetPagesAsync(string userAccessToken, CancellationToken ct)
    {
        var pages = new List<FacebookPage>();
        Uri? next = _graph.Graph("me/accounts?fields=id,name,username,access_token,tasks&limit=100");
        while (next is not null)
        {
            var answer = await _graph.GetAsync(userAccessToken, next, ct);
            foreach (var page in answer.GetProperty("data").EnumerateArray())
                pages.Add(new FacebookPage(
                    page.GetProperty("id").GetString()!,
                    page.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "",
                    page.TryGetProperty("username", out var u) ? u.GetString() : null,
                    page.GetProperty("access_token").GetString()!,
                    page.TryGetProperty("tasks", out var t) ? t.EnumerateArray().Select(x => x.GetString()!).ToList() : []));
            next = answer.TryGetProperty("paging", out var paging) && paging.TryGetProperty("next", out var link) ? new Uri(link.GetString()!) : null;
        }
        return pages;
    }

    /// <summary>A page token for publishing, from a (long-lived) user token: what a page connection's refresh does.</summary>
    public async Task<string> GetPageTokenAsync(string userAccessToken, string pageId, CancellationToken ct) =>
        (await GetPagesAsync(userAccessToken, ct)).FirstOrDefault(p => p.Id == pageId)?.AccessToken
        ?? throw new PublishingException(PublishingErrorCodes.AuthExpired, $"The Facebook user no longer manages page {pageId}.");

    /// <summary>
    /// DELETE /me/permissions with the user access token (Authorization header), which removes the app from the user's
    /// account with every permission it had. Error 190/102 (token invalid or expired) counts as revoked. A page
    /// connected before the user token was kept cannot be revoked from here (PLATFORM_UNSUPPORTED).
    /// </summary>
    public async Task RevokeAsync(OAuthGrant grant, CancellationToken ct)
    {
        var token = grant.UserAccessToken ?? throw new PublishingException(PublishingErrorCodes.Unsupported,
            "Facebook: this page was connected before the user token was kept, so the app cannot be removed from here; remove it in Facebook's Settings > Business integrations.");
        using var request = new HttpRequestMessage(HttpMethod.Delete, _graph.Graph("me/permissions"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var (status, body) = await RevokeCall.SendAsync(http, request, "Facebook", ct);
        var error = GraphError.Read(body);
        if (error is null && RevokeCall.IsSuccess(status) && !SaysFalse(body)) return;
        if (error?.Code is 190 or 102) return;
        var message = $"Facebook refused to remove the app's permissions: {error?.ToString() ?? $"HTTP {(int)status}"}";
        if (error is { } e && (e.IsTransient || e.Code is 1 or 2)) throw new PublishingException(PublishingErrorCodes.Unavailable, message, true);
        if (error is { } r && RateCodes.Contains(r.Code)) throw new PublishingException(PublishingErrorCodes.RateLimited, message, true);
        throw new PublishingException(PublishingErrorCodes.Rejected, message);
    }

    /// <summary>The Graph answers a DELETE with <c>{"success":true}</c> (older versions: <c>true</c>).</summary>
    private static bool SaysFalse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.False
                   || root.ValueKind == JsonValueKind.Object && root.TryGetProperty("success", out var ok) && ok.ValueKind == JsonValueKind.False;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task<OAuthTokens> LongLivedAsync(string token, CancellationToken ct)
    {
        var answer = await TokenAsync(ct, OAuthRequests.WithClient(
            [new("grant_type", "fb_exchange_token"), new("fb_exchange_token", token)], "client_id", options.AppId, options.AppSecret));
        var longLived = answer.GetProperty("access_token").GetString()!;
        var expires = answer.TryGetProperty("expires_in", out var e) && e.ValueKind == JsonValueKind.Number
            ? DateTimeOffset.UtcNow.AddSeconds(e.GetInt64())
            : DateTimeOffset.MaxValue;
        var permissions = await _graph.GetAsync(longLived, _graph.Graph("me/permissions"), ct);
        var granted = permissions.GetProperty("data").EnumerateArray()
            .Where(p => p.TryGetProperty("status", out var s) && s.GetString() == "granted")
            .Select(p => p.GetProperty("permission").GetString()!).ToList();
        return new OAuthTokens(longLived, longLived, expires, granted);
    }

    /// <summary>POSTs to oauth/access_token so the app secret and codes stay out of URLs and logs.</summary>
    private Task<JsonElement> TokenAsync(CancellationToken ct, List<KeyValuePair<string, string>> fields) =>
        _graph.PostAsync(null, _graph.Graph("oauth/access_token"), () => new FormUrlEncodedContent(fields), ct);

    private void RequireApp() =>
        OAuthRequests.RequireClient(options.AppId, options.AppSecret, "Facebook AppId and AppSecret are not configured.");
}
