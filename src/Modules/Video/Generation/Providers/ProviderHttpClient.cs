using System.Globalization;
using System.Net;
using System.Text.Json;
using MediaCreator.Modules.Core.Http;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Providers;

/// <summary>
/// One logical call to a provider: a fresh request per attempt, a per-attempt timeout (PROVIDER_TIMEOUT), retries with
/// backoff on 429/408/5xx and network failures (the server's Retry-After wins), 401/403 as a credentials error, 402
/// as QUOTA_EXCEEDED, provider refusals (content moderation) from <paramref name="mapRefusal"/>, other 4xx as
/// INVALID_INPUT. Error texts never carry the API key.
/// </summary>
internal sealed class ProviderHttpClient(HttpClient http, HttpProviderOptions options, string provider,
    Func<HttpStatusCode, JsonElement?, string, VideoProcessingException?>? mapRefusal = null)
{
    public string Provider => provider;

    public async Task<byte[]> SendAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (body, error, retryAfter) = await AttemptAsync(build, attempt + 1, ct);
            if (body is not null) return body;
            var delay = error!.Retryable && attempt < options.MaxRetries
                ? RetryTiming.Delay(attempt, retryAfter, options.RetryBaseDelay, options.RetryMaxDelay, options.MaxRetryAfter, Random.Shared)
                : null;
            if (delay is null || error.Code == "PROVIDER_TIMEOUT") throw error;
            await Task.Delay(delay.Value, ct);
        }
    }

    public async Task<JsonElement> SendJsonAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        var body = await SendAsync(build, ct);
        return Json.Parse(body) ?? throw Failure($"the answer is not JSON: {Json.Text(body)}");
    }

    /// <summary>Downloads a result URL (no API key: result hosts are third-party CDNs) to <paramref name="path"/>.</summary>
    public async Task DownloadAsync(string url, string path, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw Failure($"the result URL '{url}' is not an http(s) URL.");
        var bytes = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), ct);
        await File.WriteAllBytesAsync(path, bytes, ct);
    }

    public VideoProcessingException Failure(string message, bool retryable = false) => new("PROVIDER_ERROR", $"{provider}: {Scrub(message)}", retryable);

    private async Task<(byte[]?, VideoProcessingException?, TimeSpan?)> AttemptAsync(Func<HttpRequestMessage> build, int attempts, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (options.Timeout > TimeSpan.Zero) timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = build();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            if (response.IsSuccessStatusCode) return (body, null, null);
            return (null, Classify(response.StatusCode, body, attempts), RetryTiming.RetryAfter(response));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, new VideoProcessingException("PROVIDER_TIMEOUT",
                $"{provider} did not answer within {options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s.", retryable: true), null);
        }
        catch (HttpRequestException e)
        {
            return (null, new VideoProcessingException("PROVIDER_ERROR", $"{provider} is unreachable: {Scrub(e.Message)}", retryable: true, inner: e), null);
        }
    }

    private VideoProcessingException Classify(HttpStatusCode status, byte[] body, int attempts)
    {
        var json = Json.Parse(body);
        var message = Json.ErrorMessage(json) is { } m ? Scrub(m) : json is null && body.Length > 0 ? Scrub(Json.Text(body)) : "";
        if (mapRefusal?.Invoke(status, json, message) is { } refusal) return refusal;
        var code = (int)status;
        var detail = message.Length > 0 ? $": {message}" : "";
        return status switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                new("PROVIDER_ERROR", $"{provider} refused our credentials (HTTP {code}){detail}. Check the provider's ApiKey setting."),
            HttpStatusCode.PaymentRequired => new("QUOTA_EXCEEDED", $"{provider} says the account is out of credits (HTTP 402){detail}."),
            HttpStatusCode.TooManyRequests => new("PROVIDER_ERROR", $"{provider} is rate limiting us (HTTP 429 after {attempts} attempt(s)){detail}.", retryable: true),
            HttpStatusCode.RequestTimeout => new("PROVIDER_ERROR", $"{provider} timed out the request (HTTP 408){detail}.", retryable: true),
            _ when code >= 500 => new("PROVIDER_ERROR", $"{provider} is unavailable (HTTP {code}){detail}.", retryable: true),
            _ when code is >= 400 and < 500 && message.Contains("credit", StringComparison.OrdinalIgnoreCase) =>
                new("QUOTA_EXCEEDED", $"{provider} says the account is out of credits (HTTP {code}){detail}."),
            _ when code is 400 or 404 or 413 or 422 => new("INVALID_INPUT", $"{provider} rejected the request (HTTP {code}){detail}."),
            _ => Failure($"HTTP {code}{detail}"),
        };
    }

    /// <summary>Some services echo the key in errors; never pass it on.</summary>
    public string Scrub(string text)
    {
        if (!string.IsNullOrEmpty(options.ApiKey)) text = text.Replace(options.ApiKey, "***", StringComparison.Ordinal);
        return text.Length > 400 ? text[..400] + "…" : text;
    }
}
