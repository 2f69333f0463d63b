namespace MediaCreator.Modules.Core.Http;

/// <summary>How long an HTTP provider client waits before retrying a call (429, 5xx, network errors).</summary>
public static class RetryTiming
{
    /// <summary>
    /// Base · 2^attempt capped at <paramref name="maxDelay"/>, with 50–100 % jitter; the server's Retry-After wins,
    /// unless it asks for longer than <paramref name="maxRetryAfter"/> (null: do not retry).
    /// </summary>
    public static TimeSpan? Delay(int attempt, TimeSpan? retryAfter, TimeSpan baseDelay, TimeSpan maxDelay, TimeSpan maxRetryAfter, Random jitter)
    {
        if (retryAfter is { } asked) return asked <= maxRetryAfter ? asked : null;
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + 0.5 * jitter.NextDouble()));
    }

    /// <summary>The standard Retry-After header: seconds or an HTTP date.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}
