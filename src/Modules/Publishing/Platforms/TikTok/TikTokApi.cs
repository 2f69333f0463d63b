using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using MediaCreator.Modules.Publishing.Platforms.Social;

namespace MediaCreator.Modules.Publishing.Platforms.TikTok;

/// <summary>
/// The JSON calls of the TikTok v2 API with its envelope <c>{"data":…,"error":{"code","message","log_id"}}</c>,
/// mapped to <see cref="PublishingErrorCodes"/>.
/// </summary>
internal sealed class TikTokApi(HttpClient http, TikTokOptions options)
{
    private static readonly HashSet<string> ExpiredCodes = ["access_token_invalid", "token_expired", "access_token_expired"];
    private static readonly HashSet<string> QuotaCodes = ["spam_risk_too_many_posts", "reached_active_user_cap", "spam_risk_too_many_pending_share"];

    private readonly PlatformCall _call = new(http, options.Retry, "TikTok");

    public async Task<JsonElement> PostAsync(IPlatformTokenSource tokens, string pathAndQuery, JsonNode body, CancellationToken ct)
    {
        var json = body.ToJsonString();
        var (response, text) = await _call.SendAsync(tokens, token =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, Url(pathAndQuery))
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }, Classify, ct);
        response.Dispose();
        return Data(text);
    }

    public async Task<JsonElement> GetAsync(string accessToken, string pathAndQuery, CancellationToken ct)
    {
        var (response, text) = await _call.SendAsync(null, _ =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, Url(pathAndQuery));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            return request;
        }, Classify, ct);
        response.Dispose();
        return Data(text);
    }

    /// <summary>PUTs one chunk to the upload URL (which carries its own upload token); a dropped chunk is re-sent.</summary>
    public async Task PutChunkAsync(Uri uploadUrl, string mimeType, byte[] chunk, long first, long total, CancellationToken ct)
    {
        var (response, _) = await _call.SendAsync(null, _ =>
        {
            var content = new ByteArrayContent(chunk);
            content.Headers.ContentType = new MediaTypeHeaderValue(mimeType);
            content.Headers.ContentRange = new ContentRangeHeaderValue(first, first + chunk.Length - 1, total);
            return new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = content };
        }, Classify, ct);
        response.Dispose();
    }

    public Uri Url(string pathAndQuery) => new(options.ApiBaseUrl.TrimEnd('/') + pathAndQuery);

    private static JsonElement Data(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return default;
        using var document = JsonDocument.Parse(text);
        return document.RootElement.TryGetProperty("data", out var data) ? data.Clone() : default;
    }

    internal static CallVerdict Classify(HttpResponseMessage response, string body)
    {
        var (code, message) = ReadError(body);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode && code is null or "ok") return CallVerdict.Ok;
        var text = code is null ? Trim(body) : $"{code}: {message}";
        if (code is not null && QuotaCodes.Contains(code)) return new(CallOutcome.QuotaExceeded, text, RetryAfter(response));
        if (status == 401 || (code is not null && ExpiredCodes.Contains(code))) return new(CallOutcome.TokenExpired, text);
        if (status == 429 || code == "rate_limit_exceeded") return new(CallOutcome.RateLimited, text, RetryAfter(response));
        if (status >= 500 || code == "internal_error") return new(CallOutcome.Transient, text, RetryAfter(response));
        return new(CallOutcome.Rejected, text);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => Core.Http.RetryTiming.RetryAfter(response);

    private static (string? Code, string? Message) ReadError(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return (null, null);
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object ||
                !document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object) return (null, null);
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
            var logId = error.TryGetProperty("log_id", out var l) ? l.GetString() : null;
            return (code, string.IsNullOrEmpty(logId) ? message : $"{message} (log_id {logId})");
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string Trim(string body) => body.Length > 300 ? body[..300] : body;
}
