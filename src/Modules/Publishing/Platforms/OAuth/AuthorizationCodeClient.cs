using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace MediaCreator.Modules.Publishing.Platforms.OAuth;

/// <summary>
/// The OAuth 2.0 authorization-code flow with PKCE against one platform's endpoints: builds the consent URL, exchanges the
/// code, refreshes. Token endpoint 429 and 5xx are retried a few times; error bodies become typed <see cref="PublishingException"/>s.
/// </summary>
public sealed class AuthorizationCodeClient(HttpClient http, OAuthClientSettings settings, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public OAuthClientSettings Settings => settings;

    public Uri BuildAuthorizationUrl(Uri redirectUri, string state, string? codeChallenge)
    {
        EnsureConfigured();
        ArgumentException.ThrowIfNullOrEmpty(state);
        if (settings.UsePkce) ArgumentException.ThrowIfNullOrEmpty(codeChallenge);
        var query = OAuthRequests.Authorization(settings.ClientIdParameter, settings.ClientId, redirectUri, string.Join(settings.ScopeSeparator, settings.Scopes),
            state, settings.UsePkce ? codeChallenge : null);
        query.AddRange(settings.ExtraAuthorizationParameters);
        return new UriBuilder(settings.AuthorizationEndpoint) { Query = OAuthRequests.Query(query) }.Uri;
    }

    public Task<OAuthTokens> ExchangeCodeAsync(string code, Uri redirectUri, string? codeVerifier, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        if (settings.UsePkce) ArgumentException.ThrowIfNullOrEmpty(codeVerifier);
        return RequestTokenAsync(OAuthRequests.CodeGrant(code, redirectUri, settings.UsePkce ? codeVerifier : null), ct);
    }

    public Task<OAuthTokens> RefreshAsync(string refreshToken, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(refreshToken))
            throw new PublishingException(PublishingErrorCodes.AuthExpired, $"{settings.Platform}: no refresh token is stored; reconnect the account.");
        return RequestTokenAsync(OAuthRequests.RefreshGrant(refreshToken), ct);
    }

    /// <summary>POSTs a token request (client credentials are added) and parses the answer.</summary>
    public async Task<OAuthTokens> RequestTokenAsync(IEnumerable<KeyValuePair<string, string>> grant, CancellationToken ct)
    {
        EnsureConfigured();
        var form = OAuthRequests.WithClient(grant, settings.ClientIdParameter, settings.ClientId, settings.ClientSecret);
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, settings.TokenEndpoint) { Content = new FormUrlEncodedContent(form) };
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                response = await http.SendAsync(request, ct);
            }
            catch (HttpRequestException) when (attempt < settings.MaxRetries)
            {
                await Task.Delay(Backoff(attempt), _time, ct);
                continue;
            }
            catch (HttpRequestException ex)
            {
                throw new PublishingException(PublishingErrorCodes.Unavailable, $"{settings.Platform} token endpoint unreachable.", true, inner: ex);
            }
            catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
            {
                throw new PublishingException(PublishingErrorCodes.Timeout, $"{settings.Platform} token endpoint timed out.", true, inner: ex);
            }
            using (response)
            {
                var status = response.StatusCode;
                if (status == HttpStatusCode.TooManyRequests || (int)status >= 500)
                {
                    var retryAfter = RetryAfter(response);
                    if (attempt < settings.MaxRetries && (retryAfter is null || retryAfter <= settings.MaxRetryAfter))
                    {
                        await Task.Delay(retryAfter ?? Backoff(attempt), _time, ct);
                        continue;
                    }
                    throw status == HttpStatusCode.TooManyRequests
                        ? new PublishingException(PublishingErrorCodes.RateLimited, $"{settings.Platform} token endpoint rate limited the client.", true, retryAfter)
                        : new PublishingException(PublishingErrorCodes.Unavailable, $"{settings.Platform} token endpoint answered {(int)status}.", true, retryAfter);
                }
                var body = await ReadJsonAsync(response, ct);
                // Some platforms answer 200 with an error object.
                if (!response.IsSuccessStatusCode || body is { } b && b.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String)
                    throw OAuthTokenResponse.Error(settings.Platform, status, body);
                if (body is not { } json)
                    throw new PublishingException(PublishingErrorCodes.Rejected, $"{settings.Platform} token endpoint answered without JSON.");
                return OAuthTokenResponse.Parse(json, _time.GetUtcNow(), settings.Scopes);
            }
        }
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object ? doc.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero,
        _ => null,
    };

    private TimeSpan Backoff(int attempt) => settings.RetryBaseDelay * Math.Pow(2, attempt);

    private void EnsureConfigured() =>
        OAuthRequests.RequireClient(settings.ClientId, settings.ClientSecret, $"{settings.Platform}: the OAuth client id and secret are not configured.");
}
