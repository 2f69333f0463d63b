using System.Net.Http.Headers;
using System.Text.Json;
using MediaCreator.Modules.Publishing.Platforms.Social;

namespace MediaCreator.Modules.Publishing.Platforms.Facebook;

/// <summary>
/// Graph API calls with its error envelope <c>{"error":{"message","type","code","error_subcode","fbtrace_id"}}</c>:
/// 190/102 expired token, 4/17/32/613/80001+ throttling (Retry-After or the usage header's
/// estimated_time_to_regain_access), 341 limit reached (quota), transient errors retried.
/// </summary>
internal sealed class FacebookGraph(HttpClient http, FacebookOptions options)
{
    /// <summary>The transfer phase got a start_offset the server did not expect; error_data says where to resume.</summary>
    public const int OffsetMismatchSubcode = 1363037;

    private static readonly HashSet<int> RateCodes = [4, 17, 32, 613];
    private static readonly HashSet<int> RetryUploadSubcodes = [1363030, 1363019, 1363033];
    private readonly PlatformCall _call = new(http, options.Retry, "Facebook");

    public Uri Graph(string pathAndQuery) => new($"{options.GraphBaseUrl.TrimEnd('/')}/{options.GraphVersion}/{pathAndQuery.TrimStart('/')}");

    public Uri Video(string pathAndQuery) => new($"{options.VideoBaseUrl.TrimEnd('/')}/{options.GraphVersion}/{pathAndQuery.TrimStart('/')}");

    public Task<JsonElement> GetAsync(IPlatformTokenSource tokens, Uri url, CancellationToken ct) =>
        SendAsync(tokens, HttpMethod.Get, url, () => null, Classify, ct);

    public Task<JsonElement> GetAsync(string accessToken, Uri url, CancellationToken ct) =>
        SendAsync(new FixedToken(accessToken), HttpMethod.Get, url, () => null, Classify, ct);

    public Task<JsonElement> PostAsync(IPlatformTokenSource? tokens, Uri url, Func<HttpContent> content, CancellationToken ct, bool offsetMismatchIsAnswer = false) =>
        SendAsync(tokens, HttpMethod.Post, url, content, offsetMismatchIsAnswer ? ClassifyTransfer : Classify, ct);

    private async Task<JsonElement> SendAsync(IPlatformTokenSource? tokens, HttpMethod method, Uri url, Func<HttpContent?> content,
        PlatformCall.Classifier classify, CancellationToken ct)
    {
        var (response, body) = await _call.SendAsync(tokens, token =>
        {
            var request = new HttpRequestMessage(method, url) { Content = content() };
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }, classify, ct);
        response.Dispose();
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static CallVerdict ClassifyTransfer(HttpResponseMessage response, string body) =>
        GraphError.Read(body) is { Subcode: OffsetMismatchSubcode } ? CallVerdict.Ok : Classify(response, body);

    internal static CallVerdict Classify(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        var error = GraphError.Read(body);
        if (response.IsSuccessStatusCode && error is null) return CallVerdict.Ok;
        var message = error?.ToString() ?? (body.Length > 300 ? body[..300] : body);
        var code = error?.Code ?? 0;
        if (code is 190 or 102 || (status == 401 && error is null)) return new(CallOutcome.TokenExpired, message);
        if (code == 341) return new(CallOutcome.QuotaExceeded, message, WaitHint(response));
        if (RateCodes.Contains(code) || code is >= 80001 and <= 80014 || status == 429) return new(CallOutcome.RateLimited, message, WaitHint(response));
        if (error?.IsTransient == true || code is 1 or 2 || status >= 500 || RetryUploadSubcodes.Contains(error?.Subcode ?? 0))
            return new(CallOutcome.Transient, message, WaitHint(response));
        if (status == 401) return new(CallOutcome.TokenExpired, message);
        return new(CallOutcome.Rejected, message);
    }

    /// <summary>Retry-After when sent; else the longest estimated_time_to_regain_access (minutes) of the usage headers.</summary>
    private static TimeSpan? WaitHint(HttpResponseMessage response)
    {
        if (Core.Http.RetryTiming.RetryAfter(response) is { } retryAfter) return retryAfter;
        var minutes = 0L;
        foreach (var header in new[] { "X-Business-Use-Case-Usage", "X-App-Usage", "X-Page-Usage" })
        {
            if (!response.Headers.TryGetValues(header, out var values)) continue;
            foreach (var value in values) minutes = Math.Max(minutes, RegainMinutes(value));
        }
        return minutes > 0 ? TimeSpan.FromMinutes(minutes) : null;
    }

    private static long RegainMinutes(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Walk(document.RootElement);
        }
        catch (JsonException)
        {
            return 0;
        }

        static long Walk(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p =>
                p.Name == "estimated_time_to_regain_access" && p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetInt64() : Walk(p.Value))
                .DefaultIfEmpty(0).Max(),
            JsonValueKind.Array => element.EnumerateArray().Select(Walk).DefaultIfEmpty(0).Max(),
            _ => 0,
        };
    }

    private sealed class FixedToken(string token) : IPlatformTokenSource
    {
        public Task<string> GetAccessTokenAsync(CancellationToken ct) => Task.FromResult(token);

        public Task<string> RefreshAsync(CancellationToken ct) => 
            throw new PublishingException(PublishingErrorCodes.AuthExpired, "Facebook rejected the access token; sign in again.");
    }
}

internal sealed record GraphError(string Message, string? Type, int Code, int? Subcode, string? TraceId, bool IsTransient, JsonElement? Data)
{
    public static GraphError? Read(string body)
    {
        if (string.IsNullOrWhiteSpace(body) || !body.TrimStart().StartsWith('{')) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("error", out var e) || e.ValueKind != JsonValueKind.Object) return null;
            return new GraphError(
                e.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "",
                e.TryGetProperty("type", out var t) ? t.GetString() : null,
                e.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : 0,
                e.TryGetProperty("error_subcode", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null,
                e.TryGetProperty("fbtrace_id", out var f) ? f.GetString() : null,
                e.TryGetProperty("is_transient", out var tr) && tr.ValueKind == JsonValueKind.True,
                e.TryGetProperty("error_data", out var d) ? ErrorData(d) : null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>error_data comes as an object or as a JSON string.</summary>
    private static JsonElement? ErrorData(JsonElement data)
    {
        if (data.ValueKind == JsonValueKind.Object) return data.Clone();
        if (data.ValueKind != JsonValueKind.String) return null;
        try
        {
            using var inner = JsonDocument.Parse(data.GetString()!);
            return inner.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() =>
        $"{Message} ({Type} code {Code}{(Subcode is { } s ? $", subcode {s}" : "")}{(TraceId is null ? "" : $", fbtrace_id {TraceId}")})";
}
