using System.Diagnostics;
using System.Globalization;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Providers;

/// <summary>Where a provider's task stands: still running (with progress when the service says), done with a video URL, or failed.</summary>
internal sealed record TaskState(bool Done, string? VideoUrl = null, VideoProcessingException? Failure = null, double? Progress = null, string Status = "");

/// <summary>
/// The submit → poll → download flow every text-to-video service shares: the task must finish within
/// <see cref="TextToVideoOptions.MaxWait"/> (else PROVIDER_TIMEOUT), the download must be a playable video.
/// </summary>
public abstract class PolledVideoProvider : ITextToVideoProvider
{
    private readonly TextToVideoOptions _options;

    private protected PolledVideoProvider(HttpClient http, TextToVideoOptions options, string name)
    {
        _options = options;
        Client = new ProviderHttpClient(http, options, name, MapRefusal);
    }

    private protected ProviderHttpClient Client { get; }

    public abstract string Key { get; }

    /// <summary>The configuration section named in errors, e.g. <c>Video:Providers:Runway</c>.</summary>
    protected abstract string Section { get; }

    public async Task<VideoInfo> GenerateAsync(TextToVideoRequest request, IProgress<VideoProgress>? progress, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(_options.ApiKey) || string.IsNullOrWhiteSpace(_options.BaseUrl))
            throw new VideoProcessingException("PROVIDER_NOT_CONFIGURED", $"{Client.Provider} needs {Section}:BaseUrl and {Section}:ApiKey.");
        if (string.IsNullOrWhiteSpace(request.Prompt) && request.ImagePath is null)
            throw new VideoProcessingException("INVALID_INPUT", "Text-to-video needs a prompt or a start image.");
        progress?.Report(new VideoProgress(0, $"Submitting to {Client.Provider}"));
        var task = await SubmitAsync(request, ct);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var state = await PollAsync(task, ct);
            if (state.Failure is not null) throw state.Failure;
            if (state.Done)
            {
                if (string.IsNullOrEmpty(state.VideoUrl)) throw Client.Failure($"task {task} finished without a video URL.");
                progress?.Report(new VideoProgress(0.9, "Downloading the video"));
                await Client.DownloadAsync(state.VideoUrl, request.OutputPath, ct);
                var info = await ProbeDownloadAsync(request.OutputPath, ct);
                progress?.Report(new VideoProgress(1, "Downloaded"));
                return info;
            }
            progress?.Report(new VideoProgress(Math.Clamp(state.Progress ?? 0, 0, 1) * 0.85 + 0.05, $"{Client.Provider}: {state.Status}"));
            if (clock.Elapsed + _options.PollInterval > _options.MaxWait)
                throw new VideoProcessingException("PROVIDER_TIMEOUT", string.Create(CultureInfo.InvariantCulture,
                    $"{Client.Provider} task {task} was still {state.Status} after {clock.Elapsed.TotalSeconds:0.#} s (limit {_options.MaxWait.TotalSeconds:0.#} s)."), retryable: true);
            await Task.Delay(_options.PollInterval, ct);
        }
    }

    /// <summary>Starts the task; returns what <see cref="PollAsync"/> needs to find it (an id or a status URL).</summary>
    private protected abstract Task<string> SubmitAsync(TextToVideoRequest request, CancellationToken ct);

    private protected abstract Task<TaskState> PollAsync(string task, CancellationToken ct);

    /// <summary>A rejected submission that is the service's content moderation, as CONTENT_POLICY; null otherwise.</summary>
    private protected virtual VideoProcessingException? MapRefusal(System.Net.HttpStatusCode status, System.Text.Json.JsonElement? body, string message) =>
        status is System.Net.HttpStatusCode.BadRequest or System.Net.HttpStatusCode.UnprocessableEntity && LooksLikeModeration(message)
            ? ContentPolicy(message) : null;

    private protected VideoProcessingException ContentPolicy(string reason) =>
        new("CONTENT_POLICY", $"{Client.Provider} refused the content: {Client.Scrub(reason)}");

    private protected static bool LooksLikeModeration(string? text) => text is not null &&
        new[] { "moderation", "safety", "content policy", "content_policy", "not allowed", "nsfw", "inappropriate" }
            .Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>A start image as a data URI (services that accept them take it instead of a public URL).</summary>
    private protected static async Task<string> DataUriAsync(string path, CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(path, ct);
        var type = Path.GetExtension(path).ToLowerInvariant() switch { ".jpg" or ".jpeg" => "image/jpeg", ".webp" => "image/webp", _ => "image/png" };
        return $"data:{type};base64,{Convert.ToBase64String(bytes)}";
    }

    private async Task<VideoInfo> ProbeDownloadAsync(string path, CancellationToken ct)
    {
        try
        {
            var info = await VideoInfo.ProbeAsync(path, ct);
            if (info.HasVideo) return info;
        }
        catch (VideoProcessingException)
        {
        }
        throw Client.Failure($"the downloaded file ({new FileInfo(path).Length} bytes) is not a playable video.");
    }
}
