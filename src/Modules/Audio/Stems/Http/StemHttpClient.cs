using MediaCreator.Modules.Core.Http;
using System.Globalization;
using System.Net;
using System.Text.Json;
using MediaCreator.Modules.Audio.Abstractions;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Audio.Stems.Http;

/// <summary>
/// Sends one logical request to the separation service: a fresh message per attempt, a per-attempt timeout
/// (PROVIDER_TIMEOUT), retries with exponential backoff and jitter on 429/408/5xx and network failures honouring
/// Retry-After (then PROVIDER_ERROR, retryable), 401/403 as a non-retryable PROVIDER_ERROR about the key, other 4xx
/// as a non-retryable PROVIDER_ERROR with the service's message. The key never appears in an error.
/// </summary>
internal sealed class StemHttpClient(HttpClient http, HttpStemOptions options, string service, ILogger logger)
{

    public async Task<JsonElement> SendJsonAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        var body = await SendAsync(build, ct);
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new AudioProcessingException("PROVIDER_ERROR", $"{service}: the answer is not valid JSON.");
        }
    }

    public async Task<byte[]> SendAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (body, error, retryAfter) = await AttemptAsync(build, attempt + 1, ct);
            if (body is not null) return body;
            if (!error!.Retryable) throw error;
            var delay = Delay(attempt, retryAfter);
            if (attempt >= options.MaxRetries || delay is null) throw error;
            logger.LogWarning("{Service} attempt {Attempt} failed ({Message}); retrying in {Delay} ms",
                service, attempt + 1, error.Message, (int)delay.Value.TotalMilliseconds);
            await Task.Delay(delay.Value, ct);
        }
    }

    private async Task<(byte[]? Body, AudioProcessingException? Error, TimeSpan? RetryAfter)> AttemptAsync(
        Func<HttpRequestMessage> build, int attempts, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (options.Timeout > TimeSpan.Zero) timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = build();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            if (response.IsSuccessStatusCode) return (body, null, null);
            return Classify(response, body, attempts);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, new AudioProcessingException("PROVIDER_TIMEOUT",
                $"{service} did not answer within {options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s."), null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return (null, new AudioProcessingException("PROVIDER_ERROR", $"{service} is unreachable: {Scrub(e.Message)}", retryable: true, inner: e), null);
        }
    }

    private (byte[]?, AudioProcessingException?, TimeSpan?) Classify(HttpResponseMessage response, byte[] body, int attempts)
    {
        var code = (int)response.StatusCode;
        var detail = Detail(body);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            return (null, new AudioProcessingException("PROVIDER_ERROR",
                $"{service} refused the license key (HTTP {code}{detail}); check {HttpStemOptions.SectionName}:ApiKey."), null);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            return (null, new AudioProcessingException("PROVIDER_ERROR",
                $"{service} is rate limiting us (HTTP 429 on {attempts} attempt(s){detail}).", retryable: true), RetryAfter(response));
        if (code >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout)
            return (null, new AudioProcessingException("PROVIDER_ERROR",
                $"{service} is unavailable (HTTP {code}{detail}).", retryable: true), RetryAfter(response));
        return (null, new AudioProcessingException("PROVIDER_ERROR", $"{service} refused the request (HTTP {code}{detail})."), null);
    }

    private TimeSpan? Delay(int attempt, TimeSpan? retryAfter) =>
        RetryTiming.Delay(attempt, retryAfter, options.RetryBaseDelay, options.RetryMaxDelay, options.MaxRetryAfter, Random.Shared);

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => RetryTiming.RetryAfter(response);

    /// <summary>The service's message: <c>detail</c> (string or validation list) or <c>error</c>.</summary>
    private string Detail(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var message = ErrorMessage(document.RootElement);
            return message is null ? "" : $": {Scrub(message)}";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    internal static string? ErrorMessage(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return null;
        foreach (var name in (string[])["detail", "error", "message"])
            if (root.TryGetProperty(name, out var value))
                return value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Object => ErrorMessage(value) ?? value.GetRawText(),
                    JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(v =>
                        v.ValueKind == JsonValueKind.Object && v.TryGetProperty("msg", out var msg) ? msg.ToString() : v.ToString())),
                    _ => value.GetRawText(),
                };
        return null;
    }

    internal string Scrub(string text)
    {
        if (!string.IsNullOrEmpty(options.ApiKey)) text = text.Replace(options.ApiKey, "***", StringComparison.Ordinal);
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
