using MediaCreator.Modules.Core.Http;

namespace MediaCreator.Modules.Publishing.Platforms.Social;

/// <summary>What a platform's answer means for the caller (each client classifies its own error envelope).</summary>
internal enum CallOutcome { Success, TokenExpired, RateLimited, QuotaExceeded, Transient, Rejected }

internal sealed record CallVerdict(CallOutcome Outcome, string? Message = null, TimeSpan? RetryAfter = null)
{
    public static readonly CallVerdict Ok = new(CallOutcome.Success);
}

/// <summary>How hard a client retries 429/5xx/network errors; the defaults suit the real platforms.</summary>
public sealed class PlatformRetryOptions
{
    public int MaxRetries { get; set; } = 4;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A Retry-After longer than this is not waited for: the call fails with it, the engine reschedules.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>
/// Sends one platform call with the shared rules: expired token → refresh once and retry; rate limit → wait
/// (Retry-After honoured, capped) and retry a few times; 5xx / network → backoff and retry; quota → fail at once;
/// other errors → rejected with the platform's message. Requests are rebuilt per attempt; tokens never leave this class
/// except in the Authorization the builder sets.
/// </summary>
internal sealed class PlatformCall(HttpClient http, PlatformRetryOptions retry, string platformName)
{
    private readonly Random _jitter = new();

    public delegate HttpRequestMessage RequestBuilder(string? accessToken);

    public delegate CallVerdict Classifier(HttpResponseMessage response, string body);

    public async Task<(HttpResponseMessage Response, string Body)> SendAsync(
        IPlatformTokenSource? tokens, RequestBuilder build, Classifier classify, CancellationToken ct)
    {
        var token = tokens is null ? null : await tokens.GetAccessTokenAsync(ct);
        var refreshed = false;
        for (var attempt = 0; ; attempt++)
        {
            CallVerdict verdict;
            HttpResponseMessage? response = null;
            var body = "";
            try
            {
                using var request = build(token);
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
                body = await response.Content.ReadAsStringAsync(ct);
                verdict = classify(response, body);
            }
            catch (HttpRequestException e)
            {
                verdict = new CallVerdict(CallOutcome.Transient, $"{platformName} could not be reached: {e.Message}");
            }
            catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
            {
                verdict = new CallVerdict(CallOutcome.Transient, $"{platformName} did not answer in time: {e.Message}");
            }

            if (verdict.Outcome == CallOutcome.Success) return (response!, body);
            var status = response is null ? "" : $" (HTTP {(int)response.StatusCode})";
            response?.Dispose();
            switch (verdict.Outcome)
            {
                case CallOutcome.TokenExpired when tokens is not null && !refreshed:
                    refreshed = true;
                    token = await RefreshAsync(tokens, ct);
                    attempt--;
                    continue;
                case CallOutcome.TokenExpired:
                    throw new PublishingException(PublishingErrorCodes.AuthExpired,
                        $"{platformName} rejected the access token{status}: {verdict.Message}");
                case CallOutcome.QuotaExceeded:
                    throw new PublishingException(PublishingErrorCodes.QuotaExceeded,
                        $"{platformName} quota exceeded{status}: {verdict.Message}", retryAfter: verdict.RetryAfter);
                case CallOutcome.Rejected:
                    throw new PublishingException(PublishingErrorCodes.Rejected, $"{platformName} rejected the request{status}: {verdict.Message}");
                case CallOutcome.RateLimited:
                {
                    var wait = attempt < retry.MaxRetries
                        ? RetryTiming.Delay(attempt, verdict.RetryAfter, retry.BaseDelay, retry.MaxDelay, retry.MaxRetryAfter, _jitter)
                        : null;
                    if (wait is null)
                        throw new PublishingException(PublishingErrorCodes.RateLimited,
                            $"{platformName} rate limit{status}: {verdict.Message}", retryable: true, retryAfter: verdict.RetryAfter);
                    await Task.Delay(wait.Value, ct);
                    continue;
                }
                default:
                {
                    var wait = attempt < retry.MaxRetries
                        ? RetryTiming.Delay(attempt, verdict.RetryAfter, retry.BaseDelay, retry.MaxDelay, retry.MaxRetryAfter, _jitter)
                        : null;
                    if (wait is null)
                        throw new PublishingException(PublishingErrorCodes.Unavailable,
                            $"{platformName} unavailable{status}: {verdict.Message}", retryable: true, retryAfter: verdict.RetryAfter);
                    await Task.Delay(wait.Value, ct);
                    continue;
                }
            }
        }
    }

    private async Task<string> RefreshAsync(IPlatformTokenSource tokens, CancellationToken ct)
    {
        try
        {
            return await tokens.RefreshAsync(ct);
        }
        catch (PublishingException e) when (e.Code != PublishingErrorCodes.Rejected) { throw; }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new PublishingException(PublishingErrorCodes.AuthExpired, $"{platformName} token refresh failed: {e.Message}", inner: e);
        }
    }
}
