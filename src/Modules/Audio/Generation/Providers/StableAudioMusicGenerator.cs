using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MediaCreator.Modules.Audio.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Audio.Generation.Providers;

/// <summary>
/// <c>stable-audio</c>: Stability AI's Stable Audio 2 text-to-audio. One synchronous call,
/// <c>POST /v2beta/audio/stable-audio-2/text-to-audio</c> with a multipart form (prompt, duration, seed, output_format,
/// model, optional steps and cfg_scale), <c>Authorization: Bearer</c> and <c>Accept: audio/*</c>; the answer is the
/// audio file (a JSON answer with base64 <c>audio</c> is read too). 403 <c>content_moderation</c> or a
/// <c>CONTENT_FILTERED</c> finish reason become CONTENT_POLICY.
/// </summary>
public sealed class StableAudioMusicGenerator(HttpClient http, IOptionsMonitor<StableAudioOptions> options, ILogger<StableAudioMusicGenerator>? logger = null)
    : IMusicGenerator
{
    public string Key => "stable-audio";

    public string DisplayName => "Stability AI Stable Audio 2";

    public bool BuiltIn => false;

    public async Task<GeneratedMusic> GenerateAsync(MusicGenerationRequest request, IProgress<AudioProgress>? progress, CancellationToken ct)
    {
        var o = options.CurrentValue;
        ProviderRequests.Validate(request, o, Key);
        if (string.IsNullOrWhiteSpace(o.BaseUrl) || !Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _))
            throw new AudioProcessingException("NOT_CONFIGURED", $"{Key} is not configured: set {StableAudioOptions.SectionName}:BaseUrl.");
        if (string.IsNullOrWhiteSpace(o.ApiKey))
            throw new AudioProcessingException("NOT_CONFIGURED", $"{Key} is not configured: set {StableAudioOptions.SectionName}:ApiKey.");

        var prompt = ProviderRequests.Prompt(request);
        var duration = (int)Math.Ceiling(request.DurationSeconds);
        var format = o.OutputFormat.Equals("mp3", StringComparison.OrdinalIgnoreCase) ? "mp3" : "wav";
        var url = new Uri(o.BaseUrl.TrimEnd('/') + "/v2beta/audio/stable-audio-2/text-to-audio");
        var client = new MusicHttpClient(http, o, Key, logger ?? NullLogger<StableAudioMusicGenerator>.Instance, Refusal);
        progress?.Report(new AudioProgress(0.05, "generating"));

        var answer = await client.SendAsync(() =>
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(prompt), "prompt" },
                { new StringContent(duration.ToString(CultureInfo.InvariantCulture)), "duration" },
                { new StringContent(format), "output_format" },
                { new StringContent(o.Model), "model" },
            };
            if (request.Seed is { } seed) form.Add(new StringContent(unchecked((uint)seed).ToString(CultureInfo.InvariantCulture)), "seed");
            if (o.Steps is { } steps) form.Add(new StringContent(steps.ToString(CultureInfo.InvariantCulture)), "steps");
            if (o.CfgScale is { } cfg) form.Add(new StringContent(cfg.ToString("0.###", CultureInfo.InvariantCulture)), "cfg_scale");
            var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.ApiKey);
            message.Headers.Accept.ParseAdd("audio/*");
            message.Headers.Accept.ParseAdd("application/json;q=0.5");
            return message;
        }, ct);
        using var response = answer.Response;
        progress?.Report(new AudioProgress(0.8, "decoding"));

        byte[] audioBytes;
        string extension;
        var finish = response.Headers.TryGetValues("finish-reason", out var reasons) ? reasons.FirstOrDefault() : null;
        long? usedSeed = response.Headers.TryGetValues("seed", out var seeds) && long.TryParse(seeds.FirstOrDefault(), out var s) ? s : null;
        if (answer.ContentType is "application/json")
        {
            var json = MusicHttpClient.Parse(answer.Body) ?? throw client.Failure("the JSON answer could not be read.");
            finish = MusicHttpClient.String(json, "finish_reason") ?? finish;
            if (json.TryGetProperty("seed", out var jsonSeed) && jsonSeed.TryGetInt64(out var js)) usedSeed = js;
            if (finish == "CONTENT_FILTERED") throw ContentPolicy(null);
            var base64 = MusicHttpClient.String(json, "audio") ?? throw client.Failure("the JSON answer holds no audio.");
            audioBytes = Convert.FromBase64String(base64);
            extension = format;
        }
        else
        {
            audioBytes = answer.Body;
            extension = ProviderRequests.Extension(answer.ContentType, null, format);
        }
        if (finish == "CONTENT_FILTERED") throw ContentPolicy(null);

        var audio = await ProviderRequests.DecodeAsync(audioBytes, extension, Key, ct);
        var details = new Dictionary<string, object?> { ["model"] = o.Model, ["prompt"] = prompt, ["format"] = extension };
        if (usedSeed is { } used) details["providerSeed"] = used;
        if (finish is not null) details["finishReason"] = finish;
        progress?.Report(new AudioProgress(1, "done"));
        return ProviderRequests.Result(audio, request, Key, details);
    }

    private AudioProcessingException ContentPolicy(string? detail) =>
        new("CONTENT_POLICY", $"{Key} refused the prompt under its content policy{(string.IsNullOrWhiteSpace(detail) ? "." : ": " + detail)}");

    /// <summary>403 with <c>name: content_moderation</c> is a policy refusal, not an auth failure.</summary>
    private AudioProcessingException? Refusal(HttpStatusCode status, JsonElement? json)
    {
        if (json is { } j && MusicHttpClient.String(j, "name") is { } name && name.Contains("moderation", StringComparison.OrdinalIgnoreCase))
            return ContentPolicy(MusicHttpClient.ErrorMessage(j));
        return null;
    }
}
