using System.Net;
using System.Text.Json;
using MediaCreator.Modules.Image.Abstractions;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>
/// Sends one logical request to a provider: a fresh <see cref="HttpRequestMessage"/> per attempt, a per-attempt
/// timeout, retries with exponential backoff and jitter on 429/408/5xx and network failures (Retry-After honoured),
/// and every failure mapped to an <see cref="ImageProviderException"/>. Provider-specific refusals come from
/// <paramref name="mapRefusal"/>. Error texts are scrubbed of the API key; the key is never logged.
/// </summary>
internal sealed class ProviderHttpClient(
    HttpClient http,
    HttpProviderOptions options,
    string provider,
    ILogger logger,
    long seed,
    Func<HttpStatusCode, JsonElement?, ImageProviderException?>? mapRefusal = null)
{
    private readonly SplitMix64 _jitter = new(unchecked((ulong)seed));

    public async Task<JsonElement> SendJsonAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        var body = await SendAsync(build, ct);
        return ProviderJson.Parse(body)
            ?? throw ProviderFailures.ProviderError(provider, "the answer is not valid JSON.");
    }

    public async Task<byte[]> SendAsync(Func<HttpRequestMessage> build, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var outcome = await AttemptAsync(build, attempt + 1, ct);
            if (outcome.Body is { } body)
                return body;
            if (!outcome.Transient)
                throw outcome.Error!;

            var delay = RetryPolicy.Delay(options, attempt, outcome.RetryAfter, _jitter);
            if (attempt >= options.MaxRetries || delay is null)
                throw outcome.Error!;
            logger.LogWarning("{Provider} attempt {Attempt} failed ({Code}); retrying in {Delay} ms",
                provider, attempt + 1, outcome.Error!.Code, (int)delay.Value.TotalMilliseconds);
            await Task.Delay(delay.Value, ct);
        }
    }

    private async Task<Outcome> AttemptAsync(Func<HttpRequestMessage> build, int attempts, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (options.Timeout > TimeSpan.Zero)
            timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = build();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            return response.IsSuccessStatusCode ? new Outcome(body, null, false, null) : Classify(response, body, attempts);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Fatal(ProviderFailures.Timeout(provider, $"no complete answer within {options.Timeout.TotalSeconds:0.###} s"));
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return new Outcome(null, ProviderFailures.Unavailable(provider, Scrub(e.Message), e), true, null);
        }
    }

    private Outcome Classify(HttpResponseMessage response, byte[] body, int attempts)
    {
        var status = response.StatusCode;
        var json = ProviderJson.Parse(body);
        if (mapRefusal?.Invoke(status, json) is { } refusal)
            return Fatal(refusal);

        var retryAfter = RetryPolicy.RetryAfter(response);
        var code = (int)status;
        if (status == HttpStatusCode.TooManyRequests)
            return new Outcome(null, ProviderFailures.RateLimited(provider, attempts), true, retryAfter);
        if (code >= 500 || status == HttpStatusCode.RequestTimeout)
            return new Outcome(null, ProviderFailures.Unavailable(provider, $"HTTP {code}{Detail(json)}"), true, retryAfter);
        return Fatal(ProviderFailures.ProviderError(provider, $"HTTP {code}{Detail(json)}"));
    }

    private string Detail(JsonElement? json) =>
        ProviderJson.ErrorMessage(json) is { } message ? $" ({Scrub(message)})" : "";

    /// <summary>Some services echo the key in errors (OpenAI's "Incorrect API key provided: ..."); never pass it on.</summary>
    private string Scrub(string text)
    {
        var key = options.ApiKey;
        if (!string.IsNullOrEmpty(key))
            text = text.Replace(key, "***", StringComparison.Ordinal);
        return text.Length > 300 ? text[..300] + "…" : text;
    }

    private static Outcome Fatal(ImageProviderException error) => new(null, error, false, null);

    private readonly record struct Outcome(byte[]? Body, ImageProviderException? Error, bool Transient, TimeSpan? RetryAfter);
}
