using System.Globalization;

namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>Backoff: base · 2^attempt capped at the maximum, with 50–100 % jitter; a server's Retry-After wins.</summary>
internal static class RetryPolicy
{
    /// <returns>How long to wait before the next attempt, or null when the server asks for longer than we wait.</returns>
    public static TimeSpan? Delay(HttpProviderOptions options, int attempt, TimeSpan? retryAfter, SplitMix64 jitter)
    {
        if (retryAfter is { } asked)
            return asked <= options.MaxRetryAfter ? asked : null;
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, options.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + 0.5 * jitter.NextDouble()));
    }

    /// <summary>Reads <c>retry-after-ms</c> (OpenAI) or the standard <c>Retry-After</c> (seconds or HTTP date).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var ms)
            && double.TryParse(ms.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var millis)
            && millis >= 0)
            return TimeSpan.FromMilliseconds(millis);

        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta;
        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}
