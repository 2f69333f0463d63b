using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Audio.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Audio.Generation.Providers;

/// <summary>
/// <c>replicate-musicgen</c>: a music model on Replicate's prediction API (MusicGen by default). A prediction is created
/// with <c>POST /v1/models/{owner}/{name}/predictions</c> (or <c>POST /v1/predictions</c> with a <c>version</c>),
/// polled with <c>GET /v1/predictions/{id}</c> (its <c>urls.get</c>) until <c>succeeded</c>, <c>failed</c> or
/// <c>canceled</c>, and its output URL downloaded and decoded. A prediction still running after
/// <see cref="ReplicateMusicOptions.MaxWait"/> (or when the job is cancelled) is cancelled on the service.
/// </summary>
public sealed class ReplicateMusicGenerator(HttpClient http, IOptionsMonitor<ReplicateMusicOptions> options, ILogger<ReplicateMusicGenerator>? logger = null)
    : IMusicGenerator
{
    public string Key => "replicate-musicgen";

    public string DisplayName => "MusicGen on Replicate";

    public bool BuiltIn => false;

    public async Task<GeneratedMusic> GenerateAsync(MusicGenerationRequest request, IProgress<AudioProgress>? progress, CancellationToken ct)
    {
        var o = options.CurrentValue;
        ProviderRequests.Validate(request, o, Key);
        if (string.IsNullOrWhiteSpace(o.BaseUrl) || !Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var baseUri))
            throw new AudioProcessingException("NOT_CONFIGURED", $"{Key} is not configured: set {ReplicateMusicOptions.SectionName}:BaseUrl.");
        if (string.IsNullOrWhiteSpace(o.ApiKey))
            throw new AudioProcessingException("NOT_CONFIGURED", $"{Key} is not configured: set {ReplicateMusicOptions.SectionName}:ApiKey.");
        if (string.IsNullOrWhiteSpace(o.Version) && (o.Model.Split('/') is not { Length: 2 } parts || parts.Any(string.IsNullOrWhiteSpace)))
            throw new AudioProcessingException("NOT_CONFIGURED", $"{Key}: set {ReplicateMusicOptions.SectionName}:Model as owner/name, or :Version.");

        var log = logger ?? NullLogger<ReplicateMusicGenerator>.Instance;
        var client = new MusicHttpClient(http, o, Key, log);
        var root = o.BaseUrl.TrimEnd('/');
        var prompt = ProviderRequests.Prompt(request);
        var input = new JsonObject
        {
            ["prompt"] = prompt,
            ["duration"] = (int)Math.Ceiling(request.DurationSeconds),
            ["output_format"] = o.OutputFormat.Equals("mp3", StringComparison.OrdinalIgnoreCase) ? "mp3" : "wav",
            ["normalization_strategy"] = "peak",
        };
        if (!string.IsNullOrWhiteSpace(o.ModelVersion)) input["model_version"] = o.ModelVersion;
        if (request.Seed is { } seed) input["seed"] = seed;
        var body = new JsonObject { ["input"] = input };
        string createUrl;
        if (!string.IsNullOrWhiteSpace(o.Version))
        {
            body["version"] = o.Version;
            createUrl = root + "/v1/predictions";
        }
        else
        {
            createUrl = $"{root}/v1/models/{o.Model}/predictions";
        }

        progress?.Report(new AudioProgress(0.02, "submitting"));
        var prediction = await client.SendJsonAsync(() => Authorized(HttpMethod.Post, createUrl, o, body.ToJsonString()), ct);
        var id = MusicHttpClient.String(prediction, "id") ?? throw client.Failure("the prediction has no id.");
        var getUrl = Url(prediction, "get") ?? $"{root}/v1/predictions/{id}";
        var cancelUrl = Url(prediction, "cancel") ?? $"{root}/v1/predictions/{id}/cancel";
        var started = DateTimeOffset.UtcNow;

        try
        {
            while (true)
            {
                var status = MusicHttpClient.String(prediction, "status");
                switch (status)
                {
                    case "succeeded":
                        return await FinishAsync(prediction, client, o, baseUri, request, prompt, id, progress, ct);
                    case "failed":
                        throw Failed(MusicHttpClient.String(prediction, "error") ?? MusicHttpClient.ErrorMessage(prediction), client);
                    case "canceled":
                        throw new AudioProcessingException("PROVIDER_ERROR", $"{Key}: prediction {id} was canceled on the service.");
                    case "starting" or "processing" or null:
                        break;
                    default:
                        throw client.Failure($"prediction {id} has an unknown status '{status}'.");
                }
                if (DateTimeOffset.UtcNow - started > o.MaxWait)
                {
                    await CancelQuietlyAsync(cancelUrl, o, log);
                    throw new AudioProcessingException("PROVIDER_TIMEOUT",
                        $"{Key}: prediction {id} did not finish within {o.MaxWait.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s; it was cancelled.", retryable: true);
                }
                var elapsed = (DateTimeOffset.UtcNow - started).TotalSeconds;
                progress?.Report(new AudioProgress(Math.Min(0.85, 0.05 + 0.8 * elapsed / Math.Max(1, o.MaxWait.TotalSeconds)), status ?? "waiting"));
                await Task.Delay(o.PollInterval, ct);
                prediction = await client.SendJsonAsync(() => Authorized(HttpMethod.Get, getUrl, o, null), ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await CancelQuietlyAsync(cancelUrl, o, log);
            throw;
        }
    }

    private async Task<GeneratedMusic> FinishAsync(JsonElement prediction, MusicHttpClient client, ReplicateMusicOptions o, Uri baseUri,
        MusicGenerationRequest request, string prompt, string id, IProgress<AudioProgress>? progress, CancellationToken ct)
    {
        var output = prediction.TryGetProperty("output", out var value) ? value : default;
        var url = output.ValueKind switch
        {
            JsonValueKind.String => output.GetString(),
            JsonValueKind.Array => output.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()).FirstOrDefault(),
            JsonValueKind.Object => MusicHttpClient.String(output, "audio") ?? MusicHttpClient.String(output, "audio_out"),
            _ => null,
        };
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw client.Failure($"prediction {id} succeeded without an audio URL.");
        progress?.Report(new AudioProgress(0.9, "downloading"));
        // Delivery URLs are signed and public; only the API's own origin (scheme, host, port) gets our key.
        var answer = await client.SendAsync(() =>
            Uri.Compare(uri, baseUri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0 ? Authorized(HttpMethod.Get, uri.ToString(), o, null) : new HttpRequestMessage(HttpMethod.Get, uri), ct);
        using var response = answer.Response;
        var extension = ProviderRequests.Extension(answer.ContentType, uri.ToString(), o.OutputFormat);
        var audio = await ProviderRequests.DecodeAsync(answer.Body, extension, Key, ct);
        var details = new Dictionary<string, object?>
        {
            ["model"] = string.IsNullOrWhiteSpace(o.Version) ? o.Model : $"{o.Model}:{o.Version}",
            ["predictionId"] = id,
            ["prompt"] = prompt,
            ["format"] = extension,
        };
        if (prediction.TryGetProperty("metrics", out var metrics) && metrics.TryGetProperty("predict_time", out var time) && time.TryGetDouble(out var seconds))
            details["predictSeconds"] = seconds;
        progress?.Report(new AudioProgress(1, "done"));
        return ProviderRequests.Result(audio, request, Key, details);
    }

    private AudioProcessingException Failed(string? error, MusicHttpClient client)
    {
        var text = error ?? "no reason given";
        string[] policy = ["nsfw", "flagged", "safety", "content policy", "moderation", "inappropriate"];
        return policy.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase))
            ? new AudioProcessingException("CONTENT_POLICY", $"{Key} refused the prompt: {client.Scrub(text)}")
            : new AudioProcessingException("PROVIDER_ERROR", $"{Key}: the prediction failed: {client.Scrub(text)}");
    }

    private static HttpRequestMessage Authorized(HttpMethod method, string url, ReplicateMusicOptions o, string? json)
    {
        var message = new HttpRequestMessage(method, url);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.ApiKey);
        if (json is not null) message.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return message;
    }

    private static string? Url(JsonElement prediction, string name) =>
        prediction.TryGetProperty("urls", out var urls) ? MusicHttpClient.String(urls, name) : null;

    /// <summary>Best effort: a failed cancel is logged, not thrown (the original failure matters more).</summary>
    private async Task CancelQuietlyAsync(string cancelUrl, ReplicateMusicOptions o, ILogger log)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var message = Authorized(HttpMethod.Post, cancelUrl, o, null);
            using var response = await http.SendAsync(message, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            log.LogWarning("{Provider}: cancelling {Url} failed: {Message}", Key, cancelUrl, e.Message);
        }
    }
}
