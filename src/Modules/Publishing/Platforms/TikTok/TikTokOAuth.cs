using System.Net.Http.Headers;
using System.Text.Json;
using MediaCreator.Modules.Publishing.Platforms.OAuth;
using MediaCreator.Modules.Publishing.Platforms.Social;

namespace MediaCreator.Modules.Publishing.Platforms.TikTok;

/// <summary>TikTok Login Kit v2: authorize with client_key + PKCE, form-posted token endpoint, /v2/user/info/.</summary>
public sealed class TikTokOAuth(HttpClient http, TikTokOptions options) : IOAuthPlatform
{
    private readonly PlatformCall _call = new(http, options.Retry, "TikTok");
    private readonly TikTokApi _api = new(http, options);

    public string Platform => "tiktok";

    public Uri BuildAuthorizationUrl(Uri redirectUri, string state, string codeChallenge)
    {
        RequireClient();
        return new Uri($"{options.AuthorizeUrl}?{OAuthRequests.Query(OAuthRequests.Authorization("client_key", options.ClientKey, redirectUri, options.Scopes, state, codeChallenge))}");
    }

    public Task<OAuthTokens> ExchangeCodeAsync(string code, Uri redirectUri, string codeVerifier, CancellationToken ct) =>
        TokenAsync(OAuthRequests.CodeGrant(code, redirectUri, codeVerifier), PublishingErrorCodes.Rejected, ct);

    public Task<OAuthTokens> RefreshAsync(string refreshToken, CancellationToken ct) =>
        TokenAsync(OAuthRequests.RefreshGrant(refreshToken), PublishingErrorCodes.AuthExpired, ct);

    public async Task<PlatformAccountInfo> GetAccountAsync(string accessToken, CancellationToken ct)
    {
        JsonElement data;
        try
        {
            data = await _api.GetAsync(accessToken, "/v2/user/info/?fields=open_id,union_id,avatar_url,display_name,username", ct);
        }
        catch (PublishingException e) when (e.Code == PublishingErrorCodes.Rejected && e.Message.Contains("scope_not_authorized"))
        {
            // username needs user.info.profile; without it the account is still known by open_id and display name.
            data = await _api.GetAsync(accessToken, "/v2/user/info/?fields=open_id,union_id,avatar_url,display_name", ct);
        }
        var user = data.GetProperty("user");
        var openId = user.GetProperty("open_id").GetString()!;
        var name = user.TryGetProperty("display_name", out var n) ? n.GetString() : null;
        var handle = user.TryGetProperty("username", out var h) ? h.GetString() : null;
        return new PlatformAccountInfo(openId, name ?? handle ?? openId, handle);
    }

    /// <summary>
    /// POST /v2/oauth/revoke/ with client_key, client_secret and the access token (form body). TikTok revokes by access
    /// token, so a lapsed one is first renewed with the refresh token, which outlives it by months; if that refresh is
    /// refused the old token is sent and TikTok says whether it still stands. An invalid or expired token counts as revoked.
    /// </summary>
    public async Task RevokeAsync(OAuthGrant grant, CancellationToken ct)
    {
        RequireClient();
        var token = grant.AccessToken;
        if (grant.RefreshToken is { } refresh && (token is null || grant.AccessTokenExpiresAt <= DateTimeOffset.UtcNow))
        {
            try
            {
                token = (await RefreshAsync(refresh, ct)).AccessToken;
            }
            catch (PublishingException e) when (e.Code == PublishingErrorCodes.AuthExpired && token is not null)
            {
            }
        }
        if (token is null) throw new PublishingException(PublishingErrorCodes.Unsupported, "TikTok: no access token is stored to revoke.");
        var form = OAuthRequests.WithClient([new("token", token)], "client_key", options.ClientKey, options.ClientSecret);
        using var request = new HttpRequestMessage(HttpMethod.Post, _api.Url("/v2/oauth/revoke/")) { Content = new FormUrlEncodedContent(form) };
        var (status, body) = await RevokeCall.SendAsync(http, request, "TikTok", ct);
        var (error, description) = TikTokRevokeAnswer.Error(body);
        if (error is null && RevokeCall.IsSuccess(status)) return;
        if (error is not null && TikTokRevokeAnswer.TokenGone.Contains(error)) return;
        var message = $"TikTok revocation endpoint: {error ?? $"HTTP {(int)status}"}{(string.IsNullOrEmpty(description) ? "" : $" ({description})")}";
        throw new PublishingException(error is "invalid_client" or "unauthorized_client" ? PublishingErrorCodes.NotConfigured : PublishingErrorCodes.Rejected, message);
    }

    private async Task<OAuthTokens> TokenAsync(IEnumerable<KeyValuePair<string, string>> grant, string failureCode, CancellationToken ct)
    {
        RequireClient();
        var form = OAuthRequests.WithClient(grant, "client_key", options.ClientKey, options.ClientSecret);
        var (response, body) = await _call.SendAsync(null, _ => new HttpRequestMessage(HttpMethod.Post, _api.Url("/v2/oauth/token/"))
        {
            Content = new FormUrlEncodedContent(form),
        }, ClassifyToken, ct);
        response.Dispose();
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
        {
            var description = root.TryGetProperty("error_description", out var d) ? d.GetString() : null;
            throw new PublishingException(failureCode, $"TikTok token endpoint: {error.GetString()}: {description}");
        }
        var scopes = root.TryGetProperty("scope", out var s) ? s.GetString() ?? "" : "";
        return new OAuthTokens(
            root.GetProperty("access_token").GetString()!,
            root.TryGetProperty("refresh_token", out var r) ? r.GetString() : null,
            DateTimeOffset.UtcNow.AddSeconds(root.GetProperty("expires_in").GetInt64()),
            scopes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>The token endpoint answers errors as <c>{"error":"invalid_grant","error_description",…}</c>; read after the call.</summary>
    private static CallVerdict ClassifyToken(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        if (status == 429) return new(CallOutcome.RateLimited, body, Core.Http.RetryTiming.RetryAfter(response));
        if (status >= 500) return new(CallOutcome.Transient, body, Core.Http.RetryTiming.RetryAfter(response));
        if (!response.IsSuccessStatusCode && !body.TrimStart().StartsWith('{')) return new(CallOutcome.Rejected, body);
        return CallVerdict.Ok;
    }

    private void RequireClient() =>
        OAuthRequests.RequireClient(options.ClientKey, options.ClientSecret, "TikTok ClientKey and ClientSecret are not configured.");
}
