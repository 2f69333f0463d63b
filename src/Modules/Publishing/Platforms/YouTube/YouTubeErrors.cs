using System.Net;
using System.Text.Json;

namespace MediaCreator.Modules.Publishing.Platforms.YouTube;

/// <summary>
/// Google's error body: <c>{"error":{"code":403,"message":"…","errors":[{"domain":"youtube.quota","reason":"quotaExceeded"}]}}</c>.
/// </summary>
internal sealed record YouTubeError(HttpStatusCode Status, string Message, string? Reason)
{
    private static readonly HashSet<string> QuotaReasons = ["quotaExceeded", "dailyLimitExceeded", "uploadLimitExceeded"];
    private static readonly HashSet<string> RateReasons = ["rateLimitExceeded", "userRateLimitExceeded"];

    public bool IsAuth => Status == HttpStatusCode.Unauthorized || Reason is "authError" or "expired";

    public bool IsQuota => Reason is not null && QuotaReasons.Contains(Reason);

    // Google's per-user rate limits come as 403 with these reasons; they clear with backoff, unlike the daily quota.
    public bool IsRateLimit => Status == HttpStatusCode.TooManyRequests || Reason is not null && RateReasons.Contains(Reason);

    public bool IsTransient => (int)Status >= 500 || Reason is "backendError" or "internalError";

    public static async Task<YouTubeError> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
                string? reason = null;
                if (error.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0
                    && list[0].TryGetProperty("reason", out var r))
                    reason = r.GetString();
                return new YouTubeError(response.StatusCode, message ?? response.ReasonPhrase ?? "", reason);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy page, an empty body): the status says enough.
        }
        var snippet = text.Length > 200 ? text[..200] : text;
        return new YouTubeError(response.StatusCode, $"{(int)response.StatusCode} {response.ReasonPhrase} {snippet}".Trim(), null);
    }

    public PublishingException ToException(TimeSpan? retryAfter = null)
    {
        var text = $"YouTube: {Message}" + (Reason is null ? "" : $" ({Reason})");
        if (IsAuth) return new PublishingException(PublishingErrorCodes.AuthExpired, text);
        if (IsQuota) return new PublishingException(PublishingErrorCodes.QuotaExceeded, text);
        if (IsRateLimit) return new PublishingException(PublishingErrorCodes.RateLimited, text, true, retryAfter);
        if (IsTransient) return new PublishingException(PublishingErrorCodes.Unavailable, text, true, retryAfter);
        return new PublishingException(PublishingErrorCodes.Rejected, text);
    }
}
