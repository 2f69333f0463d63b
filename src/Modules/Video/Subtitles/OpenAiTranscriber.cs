using System.Net;
using System.Net.Http.Headers;
using MediaCreator.Modules.Core.Http;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// Speech-to-text through an OpenAI-compatible <c>POST {BaseUrl}/v1/audio/transcriptions</c> (multipart: file, model,
/// language, <c>response_format=verbose_json</c>, <c>timestamp_granularities[]=word</c> and <c>segment</c>), which
/// OpenAI's whisper-1 and the Whisper servers answer alike. Media over the upload limit, and video files, are sent as
/// mono 16 kHz Opus. 429 and 5xx are retried (Retry-After honoured), a 413 once more compressed.
/// </summary>
public sealed class OpenAiTranscriber(HttpClient http, OpenAiTranscriberOptions options) : ITranscriber
{
    private static readonly HashSet<string> Uploadable = new(StringComparer.OrdinalIgnoreCase) { ".flac", ".m4a", ".mp3", ".mpga", ".mpeg", ".oga", ".ogg", ".wav", ".webm" };

    public string Key => "openai";

    public IReadOnlyCollection<string> Languages { get; } = [];

    public async Task<Transcript> TranscribeAsync(string mediaPath, string? language, IProgress<VideoProgress>? progress, CancellationToken ct)
    {
        var endpoint = Endpoint();
        if (!File.Exists(mediaPath)) throw new VideoProcessingException("INVALID_INPUT", $"Media file '{Path.GetFileName(mediaPath)}' does not exist.");
        var scratch = AudioExtraction.ScratchFolder(options.ScratchDirectory, "whisper-");
        try
        {
            var info = await VideoInfo.ProbeAsync(mediaPath, ct);
            var compress = info.HasVideo || new FileInfo(mediaPath).Length > options.MaxUploadBytes || !Uploadable.Contains(Path.GetExtension(mediaPath));
            var upload = compress ? await CompressAsync(mediaPath, scratch, progress.Stage(0, 0.2), ct) : mediaPath;
            progress?.Report(new VideoProgress(0.2, "uploading audio for transcription"));
            var call = new TranscriptionCall(http, options, endpoint);
            var json = await call.SendAsync(upload, language, ct);
            if (json is null && !compress)
                json = await call.SendAsync(await CompressAsync(mediaPath, scratch, progress.Stage(0.2, 0.3), ct), language, ct);
            if (json is null)
                throw new VideoProcessingException("INVALID_INPUT", $"The audio is too large for the transcription server even as {options.CompressedBitrateKbps} kb/s Opus: split it.");
            progress?.Report(new VideoProgress(1, "transcribed"));
            return TranscriptionResponse.Parse(json, NormalizedLanguage(language), "openai-whisper", options.SegmentPauseSeconds);
        }
        finally
        {
            Directory.Delete(scratch, true);
        }
    }

    private Uri Endpoint()
    {
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var root))
            throw new VideoProcessingException("PROVIDER_NOT_CONFIGURED", $"Transcription BaseUrl '{options.BaseUrl}' is not an absolute URL.");
        if (root.Host.EndsWith("openai.com", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(options.ApiKey))
            throw new VideoProcessingException("PROVIDER_NOT_CONFIGURED", "OpenAI transcription needs an API key (Video:OpenAiTranscriber:ApiKey).");
        return new Uri(root.ToString().TrimEnd('/') + "/v1/audio/transcriptions");
    }

    private async Task<string> CompressAsync(string mediaPath, string scratch, IProgress<VideoProgress> progress, CancellationToken ct)
    {
        var path = Path.Combine(scratch, "speech.ogg");
        await AudioExtraction.ExtractAsync(mediaPath, path, AudioExtraction.Opus(options.CompressedBitrateKbps), progress, ct);
        return path;
    }

    private static string? NormalizedLanguage(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : language.Split('-', '_')[0].ToLowerInvariant();

    /// <summary>One transcription request with its retries; null means the server said 413 (too large).</summary>
    private sealed class TranscriptionCall(HttpClient http, OpenAiTranscriberOptions options, Uri endpoint)
    {
        public async Task<string?> SendAsync(string upload, string? language, CancellationToken ct)
        {
            for (var attempt = 0; ; attempt++)
            {
                using var request = Request(upload, NormalizedLanguage(language));
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
                TimeSpan? retryAfter = null;
                string failure;
                try
                {
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
                    var body = await response.Content.ReadAsStringAsync(timeout.Token);
                    if (response.IsSuccessStatusCode) return body;
                    if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge) return null;
                    var error = ProviderErrorBody.Read(body);
                    failure = $"{(int)response.StatusCode} {error.Message}";
                    if (Final(response.StatusCode, error) is { } final) throw final;
                    retryAfter = RetryTiming.RetryAfter(response);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    throw new VideoProcessingException("PROVIDER_TIMEOUT", $"The transcription server did not answer within {options.TimeoutSeconds:0.#} s.", retryable: true);
                }
                catch (HttpRequestException e)
                {
                    failure = e.Message;
                }
                var delay = attempt + 1 < options.MaxAttempts
                    ? RetryTiming.Delay(attempt, retryAfter, options.RetryBaseDelay, options.RetryMaxDelay, options.MaxRetryAfter, Random.Shared)
                    : null;
                if (delay is null)
                    throw new VideoProcessingException("PROVIDER_ERROR", $"Transcription failed after {attempt + 1} attempt(s): {failure}", retryable: true);
                await Task.Delay(delay.Value, ct);
            }
        }

        private static VideoProcessingException? Final(HttpStatusCode status, ProviderErrorBody error) => (int)status switch
        {
            401 or 403 => new VideoProcessingException("PROVIDER_NOT_CONFIGURED", $"The transcription server refused the API key: {error.Message}"),
            429 when error.Code is "insufficient_quota" => new VideoProcessingException("QUOTA_EXCEEDED", $"Transcription quota exhausted: {error.Message}"),
            429 or 408 or >= 500 => null,
            400 or 415 or 422 => new VideoProcessingException("INVALID_INPUT", $"The transcription server rejected the request: {error.Message}"),
            _ => new VideoProcessingException("PROVIDER_ERROR", $"Transcription failed ({(int)status}): {error.Message}"),
        };

        private HttpRequestMessage Request(string upload, string? language)
        {
            var file = new StreamContent(File.OpenRead(upload));
            file.Headers.ContentType = new MediaTypeHeaderValue(Path.GetExtension(upload).ToLowerInvariant() switch
            {
                ".ogg" or ".oga" => "audio/ogg",
                ".mp3" or ".mpga" or ".mpeg" => "audio/mpeg",
                ".flac" => "audio/flac",
                ".m4a" => "audio/mp4",
                ".webm" => "audio/webm",
                _ => "audio/wav",
            });
            var form = new MultipartFormDataContent
            {
                { file, "file", Path.GetFileName(upload) },
                { new StringContent(options.Model), "model" },
                { new StringContent("verbose_json"), "response_format" },
                { new StringContent("word"), "timestamp_granularities[]" },
                { new StringContent("segment"), "timestamp_granularities[]" },
            };
            if (language is not null) form.Add(new StringContent(language), "language");
            var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = form };
            if (!string.IsNullOrWhiteSpace(options.ApiKey)) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
            return request;
        }
    }
}
