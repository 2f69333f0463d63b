using MediaCreator.Modules.Core.Http;
using System.Globalization;
using System.Net;
using System.Text.Json;
using MediaCreator.Modules.Audio.Abstractions;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Audio.Generation.Providers;

/// <summary>A successful answer: body and content type.</summary>
internal sealed record ProviderAnswer(byte[] Body, string? ContentType, HttpResponseMessage Response);

/// <summary>
/// Sends one logical request to a music provider: a fresh <see cref="HttpRequestMessage"/> per attempt, a per-attempt
/// timeout (PROVIDER_TIMEOUT), retries with exponential backoff and jitter on 429/408/5xx and network failures (a
/// server's Retry-After wins), auth failures as non-retryable PROVIDER_ERROR, and provider-specific refusals
/// (content moderation...) from <paramref name="mapRefusal"/>. Error texts never carry the API key.
/// </summary>
internal sealed class MusicHttpClient(
    HttpClient http,
    MusicProviderOptions options,
    string provider,
    ILogger logger,
    Func<HttpStatusCode, JsonElement?, AudioProcessingException?>? mapRefusal = null)
{

    public async Task<ProviderAnswer> SendAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (answer, error, transient, retryAfter) = await AttemptAsync(build, attempt + 1, ct);
            if (answer is not null) return answer;
            if (!transient) throw error!;
            var delay = Delay(attempt, retryAfter);
            if (attempt >= options.MaxRetries || delay is null) throw error!;
            logger.LogWarning("{Provider} attempt {Attempt} failed ({Message}); retrying in {Delay} ms", provider, attempt + 1, error!.Message, (int)delay.Value.TotalMilliseconds);
            await Task.Delay(delay.Value, ct);
        }
    }

    public async Task<JsonElement> SendJsonAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        var answer = await SendAsync(build, ct);
        using var response = answer.Response;
        return Parse(answer.Body) ?? throw Failure($"the answer is not JSON: {Text(answer.Body)}");
    }

    private async Task<(ProviderAnswer?, AudioProcessingException?, bool, TimeSpan?)> AttemptAsync(Func<HttpRequestMessage> build, int attempts, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (options.Timeout > TimeSpan.Zero) timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = build();
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            if (response.IsSuccessStatusCode)
                return (new ProviderAnswer(body, response.Content.Headers.ContentType?.MediaType, response), null, false, null);
            using (response) return Classify(response, body, attempts);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, new AudioProcessingException("PROVIDER_TIMEOUT",
                $"{provider} did not answer within {options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s.", retryable: true), false, null);
        }
        catch (HttpRequestException e)
        {
            return (null, new AudioProcessingException("PROVIDER_ERROR", $"{provider} is unreachable: {Scrub(e.Message)}", retryable: true, inner: e), true, null);
        }
    }

    private (ProviderAnswer?, AudioProcessingException?, bool, TimeSpan?) Classify(HttpResponseMessage response, byte[] body, int attempts)
    {
        var status = response.StatusCode;
        var json = Parse(body);
        if (mapRefusal?.Invoke(status, json) is { } refusal) return (null, refusal, false, null);
        var code = (int)status;
        var detail = ErrorMessage(json) is { } message ? $": {Scrub(message)}" : body.Length > 0 && json is null ? $": {Text(body)}" : "";
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            return (null, new AudioProcessingException("PROVIDER_ERROR", $"{provider} refused our credentials (HTTP {code}){detail}. Check {SectionHint()}ApiKey."), false, null);
        if (status == HttpStatusCode.TooManyRequests)
            return (null, new AudioProcessingException("PROVIDER_ERROR", $"{provider} is rate limiting us (HTTP 429 on {attempts} attempt(s)){detail}.", retryable: true), true, RetryAfter(response));
        if (code >= 500 || status == HttpStatusCode.RequestTimeout)
            return (null, new AudioProcessingException("PROVIDER_ERROR", $"{provider} is unavailable (HTTP {code}){detail}.", retryable: true), true, RetryAfter(response));
        if (status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity or HttpStatusCode.RequestEntityTooLarge)
            return (null, new AudioProcessingException("INVALID_INPUT", $"{provider} rejected the request (HTTP {code}){detail}."), false, null);
        return (null, Failure($"HTTP {code}{detail}"), false, null);
    }

    private string SectionHint() => options switch
    {
        StableAudioOptions => StableAudioOptions.SectionName + ":",
        ReplicateMusicOptions => ReplicateMusicOptions.SectionName + ":",
        _ => "",
    };

    public AudioProcessingException Failure(string message) => new("PROVIDER_ERROR", $"{provider}: {Scrub(message)}");

    private TimeSpan? Delay(int attempt, TimeSpan? retryAfter) =>
        RetryTiming.Delay(attempt, retryAfter, options.RetryBaseDelay, options.RetryMaxDelay, options.MaxRetryAfter, Random.Shared);

    internal static TimeSpan? RetryAfter(HttpResponseMessage response) => RetryTiming.RetryAfter(response);

    public static JsonElement? Parse(byte[] body)
    {
        if (body.Length == 0) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The message in the error shapes we meet: Stability <c>{name, errors:[...]}</c>, Replicate problem
    /// details <c>{title, detail}</c>, <c>{error: "..."|{message}}</c>, <c>{message}</c>.</summary>
    public static string? ErrorMessage(JsonElement? json)
    {
        if (json is not { ValueKind: JsonValueKind.Object } root) return null;
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            var joined = string.Join("; ", errors.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString()));
            var name = String(root, "name");
            return name is null ? joined : $"{name}: {joined}";
        }
        if (String(root, "detail") is { } detail) return String(root, "title") is { } title ? $"{title}: {detail}" : detail;
        if (root.TryGetProperty("error", out var error))
        {
            if (error.ValueKind == JsonValueKind.String) return error.GetString();
            if (error.ValueKind == JsonValueKind.Object && String(error, "message") is { } nested) return nested;
        }
        return String(root, "message");
    }

    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string Text(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
        return text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') ? $"{body.Length} bytes of binary data" : text;
    }

    /// <summary>Some services echo the key in errors; never pass it on.</summary>
    public string Scrub(string text)
    {
        if (!string.IsNullOrEmpty(options.ApiKey)) text = text.Replace(options.ApiKey, "***", StringComparison.Ordinal);
        return text.Length > 400 ? text[..400] + "…" : text;
    }
}
