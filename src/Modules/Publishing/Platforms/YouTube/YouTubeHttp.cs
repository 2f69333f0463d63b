using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace MediaCreator.Modules.Publishing.Platforms.YouTube;

/// <summary>
/// Sends one Google API call as the account: refreshes the token once on 401/authError, waits out 429 and per-user rate
/// limits (Retry-After honoured up to <see cref="YouTubeOptions.MaxRetryDelay"/>), retries 5xx with backoff, and turns
/// the rest into typed <see cref="PublishingException"/>s. Quota errors are never retried.
/// </summary>
internal sealed class YouTubeHttp(HttpClient http, YouTubeOptions options, TimeProvider time)
{
    /// <param name="build">Builds a fresh request per attempt (content included).</param>
    /// <param name="retryTransient">False when the caller recovers from 5xx itself (an upload chunk queries the session).</param>
    /// <param name="passThrough">Failure statuses the caller handles; returned instead of thrown.</param>
    public async Task<HttpResponseMessage> SendAsync(
        IPlatformTokenSource tokens, Func<HttpRequestMessage> build, CancellationToken ct,
        bool retryTransient = true, params HttpStatusCode[] passThrough)
    {
        var token = await tokens.GetAccessTokenAsync(ct);
        var refreshed = false;
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                using var request = build();
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                response = await http.SendAsync(request, ct);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                if (retryTransient && attempt < options.MaxRetries)
                {
                    await Task.Delay(Backoff(attempt), time, ct);
                    continue;
                }
                var code = ex is TaskCanceledException ? PublishingErrorCodes.Timeout : PublishingErrorCodes.Unavailable;
                throw new PublishingException(code, $"YouTube did not answer: {ex.Message}", true, inner: ex);
            }
            if (response.IsSuccessStatusCode || (int)response.StatusCode == 308 || passThrough.Contains(response.StatusCode))
                return response;

            var retryAfter = RetryAfter(response);
            YouTubeError error;
            using (response)
                error = await YouTubeError.ReadAsync(response, ct);
            if (error.IsAuth && !refreshed)
            {
                token = await RefreshAsync(tokens, ct);
                refreshed = true;
                attempt--;
                continue;
            }
            if (!error.IsAuth && !error.IsQuota && (error.IsRateLimit || error.IsTransient && retryTransient))
            {
                var delay = retryAfter ?? Backoff(attempt);
                if (attempt < options.MaxRetries && delay <= options.MaxRetryDelay)
                {
                    await Task.Delay(delay, time, ct);
                    continue;
                }
            }
            throw error.ToException(retryAfter);
        }
    }

    public async Task<JsonElement> GetJsonAsync(IPlatformTokenSource tokens, Uri uri, CancellationToken ct)
    {
        using var response = await SendAsync(tokens, () => new HttpRequestMessage(HttpMethod.Get, uri), ct);
        return await ReadJsonAsync(response, ct);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            return doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new PublishingException(PublishingErrorCodes.Rejected, "YouTube answered with a body that is not JSON.", inner: ex);
        }
    }

    public TimeSpan Backoff(int attempt) =>
        TimeSpan.FromTicks(Math.Min(options.RetryBaseDelay.Ticks * (1L << Math.Min(attempt, 16)), options.MaxRetryDelay.Ticks));

    private static async Task<string> RefreshAsync(IPlatformTokenSource tokens, CancellationToken ct)
    {
        try
        {
            return await tokens.RefreshAsync(ct);
        }
        catch (Exception ex) when (ex is not PublishingException and not OperationCanceledException)
        {
            throw new PublishingException(PublishingErrorCodes.AuthExpired, "YouTube: the access token expired and could not be refreshed.", inner: ex);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero,
        _ => null,
    };
}
