using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Audio.Stems.Http;

/// <summary>
/// <c>separation-http</c>: LALAL.AI's API v1 (header <c>X-License-Key</c>). The mix is encoded to FLAC and uploaded
/// (<c>POST /api/v1/upload/</c>, body the file, name in <c>Content-Disposition</c>), split with the multistem preset
/// (<c>POST /api/v1/split/multistem/</c>, <c>stem_list</c> of <c>vocals</c>, <c>drum</c>, <c>bass</c>, <c>piano</c>,
/// <c>electric_guitar</c>/<c>acoustic_guitar</c>), polled (<c>POST /api/v1/check/</c>) with a growing interval until
/// the task succeeds, fails or is cancelled, its tracks downloaded, decoded at the mix's rate and channels and aligned
/// to the mix's length, and the source deleted (<c>POST /api/v1/delete/</c>). Other is the service's back track (the
/// mix without every listed stem), so asking for other lists vocals, drum and bass as well; guitar sums the electric
/// and acoustic guitar tracks.
/// </summary>
public sealed class HttpStemSeparator(HttpClient http, IOptionsMonitor<HttpStemOptions> options, ILogger<HttpStemSeparator> logger)
    : IStemSeparator
{
    private const string Service = "LALAL.AI";

    private static readonly Dictionary<StemKind, string[]> Labels = new()
    {
        [StemKind.Vocal] = ["vocals"],
        [StemKind.Drums] = ["drum"],
        [StemKind.Bass] = ["bass"],
        [StemKind.Piano] = ["piano"],
        [StemKind.Guitar] = ["electric_guitar", "acoustic_guitar"],
    };

    public string Key => "separation-http";

    public string DisplayName => "LALAL.AI (external service)";

    public bool BuiltIn => false;

    public IReadOnlyList<StemKind> SupportedStems { get; } =
        [StemKind.Vocal, StemKind.Drums, StemKind.Bass, StemKind.Other, StemKind.Piano, StemKind.Guitar];

    public async Task<IReadOnlyDictionary<StemKind, AudioBuffer>> SeparateAsync(
        AudioBuffer mix, IReadOnlyCollection<StemKind> stems, IProgress<AudioProgress>? progress, CancellationToken ct)
    {
        StemMasking.CheckMix(mix);
        var wanted = StemMasking.Requested(stems, SupportedStems, Key);
        var o = options.CurrentValue;
        if (string.IsNullOrWhiteSpace(o.ApiKey))
            throw new AudioProcessingException("UNSUPPORTED", $"{Service} is not configured: set {HttpStemOptions.SectionName}:ApiKey.");
        if (!Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out var root))
            throw new AudioProcessingException("UNSUPPORTED", $"{Service} is not configured: set {HttpStemOptions.SectionName}:BaseUrl to an absolute URL.");
        var client = new StemHttpClient(http, o, Service, logger);
        var stemList = StemList(wanted);

        using var folder = new TempFolder();
        progress?.Report(new AudioProgress(0, "Encoding the mix"));
        var upload = Path.Combine(folder.Path, "mix.flac");
        await AudioEncoder.EncodeAsync(mix, AudioFileFormat.Flac, upload, ct: ct);
        var file = await File.ReadAllBytesAsync(upload, ct);

        progress?.Report(new AudioProgress(0.05, $"Uploading {file.Length / 1024} KiB to {Service}"));
        var uploaded = await client.SendJsonAsync(() =>
        {
            var message = Keyed(o, HttpMethod.Post, new Uri(root, "/api/v1/upload/"));
            message.Content = new ByteArrayContent(file);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            message.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "mix.flac" };
            return message;
        }, ct);
        var sourceId = Text(Refused(uploaded), "id") ?? throw Failure("the upload answer has no file id.");
        try
        {
            var presets = new JsonObject
            {
                ["stem_list"] = new JsonArray(stemList.Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
                ["encoder_format"] = o.OutputFormat,
            };
            if (!string.IsNullOrWhiteSpace(o.Splitter)) presets["splitter"] = o.Splitter;
            if (!string.IsNullOrWhiteSpace(o.ExtractionLevel)) presets["extraction_level"] = o.ExtractionLevel;
            var split = new JsonObject { ["source_id"] = sourceId, ["presets"] = presets, ["idempotency_key"] = Guid.NewGuid().ToString() }.ToJsonString();
            var task = await client.SendJsonAsync(() => Json(o, new Uri(root, "/api/v1/split/multistem/"), split), ct);
            var taskId = Text(Refused(task), "task_id") ?? throw Failure("the split answer has no task id.");

            var tracks = await PollAsync(client, o, root, taskId, progress, ct);
            progress?.Report(new AudioProgress(0.85, "Downloading the stems"));
            var result = new Dictionary<StemKind, AudioBuffer>();
            foreach (var stem in wanted)
            {
                var labels = stem == StemKind.Other ? ["no_multistem"] : Labels[stem];
                AudioBuffer? sum = null;
                foreach (var label in labels)
                {
                    var url = tracks.FirstOrDefault(t => t.Label == label).Url
                        ?? (stem == StemKind.Other ? tracks.FirstOrDefault(t => t.Type == "back").Url : null);
                    if (url is null)
                    {
                        // A guitar kind the song lacks may be missing; a requested single-track stem may not.
                        if (labels.Length > 1) continue;
                        throw Failure($"the finished task has no '{label}' track.");
                    }
                    var audio = await DownloadAsync(client, o, root, url, mix, folder, ct);
                    sum = sum is null ? audio : Add(sum, audio);
                }
                result[stem] = sum ?? throw Failure($"the finished task has none of the tracks {string.Join(", ", labels)}.");
            }
            progress?.Report(new AudioProgress(1, "Stems downloaded"));
            return result;
        }
        finally
        {
            if (o.DeleteAfterDownload) await DeleteAsync(client, o, root, sourceId);
        }
    }

    /// <summary>The service's stem list: the requested stems, and vocals, drum and bass whenever other is asked for.</summary>
    internal static List<string> StemList(IReadOnlyList<StemKind> wanted)
    {
        var kinds = wanted.Contains(StemKind.Other)
            ? wanted.Concat([StemKind.Vocal, StemKind.Drums, StemKind.Bass]).Distinct()
            : wanted;
        return kinds.Where(k => k != StemKind.Other).SelectMany(k => Labels[k]).Distinct().ToList();
    }

    private async Task<List<(string Type, string Label, string Url)>> PollAsync(
        StemHttpClient client, HttpStemOptions o, Uri root, string taskId, IProgress<AudioProgress>? progress, CancellationToken ct)
    {
        var check = new JsonObject { ["task_ids"] = new JsonArray(JsonValue.Create(taskId)) }.ToJsonString();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(o.PollTimeout);
        var interval = o.PollInterval;
        try
        {
            while (true)
            {
                var answer = await client.SendJsonAsync(() => Json(o, new Uri(root, "/api/v1/check/"), check), deadline.Token);
                if (!answer.TryGetProperty("result", out var results) || results.ValueKind != JsonValueKind.Object
                    || !results.TryGetProperty(taskId, out var task))
                    throw Failure($"the check answer has no result for task {taskId}.");
                switch (Text(task, "status"))
                {
                    case "success":
                        return Tracks(task);
                    case "progress":
                        var percent = task.TryGetProperty("progress", out var p) && p.TryGetInt32(out var value) ? value : 0;
                        progress?.Report(new AudioProgress(0.1 + 0.75 * Math.Clamp(percent, 0, 100) / 100.0,
                            percent == 0 ? $"Queued at {Service}" : $"{Service} is separating ({percent} %)"));
                        break;
                    case "error":
                        throw Failure($"the separation failed: {Describe(task)}");
                    case "cancelled":
                        throw Failure("the separation task was cancelled.");
                    case "server_error":
                        throw new AudioProcessingException("PROVIDER_ERROR", $"{Service}: server error on the task: {Describe(task)}", retryable: true);
                    case var other:
                        throw Failure($"unknown task status '{other}'.");
                }
                await Task.Delay(interval, deadline.Token);
                interval = TimeSpan.FromTicks(Math.Min(o.MaxPollInterval.Ticks, (long)(interval.Ticks * 1.5)));
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new AudioProcessingException("PROVIDER_TIMEOUT", $"{Service}: the separation did not finish within {o.PollTimeout.TotalMinutes:0.##} min.");
        }
    }

    private static List<(string Type, string Label, string Url)> Tracks(JsonElement task)
    {
        if (!task.TryGetProperty("result", out var result) || !result.TryGetProperty("tracks", out var tracks) || tracks.ValueKind != JsonValueKind.Array)
            throw Failure("the finished task lists no tracks.");
        return tracks.EnumerateArray()
            .Select(t => (Text(t, "type") ?? "", Text(t, "label") ?? "", Text(t, "url") ?? ""))
            .Where(t => t.Item3.Length > 0)
            .ToList();
    }

    private async Task<AudioBuffer> DownloadAsync(
        StemHttpClient client, HttpStemOptions o, Uri root, string url, AudioBuffer mix, TempFolder folder, CancellationToken ct)
    {
        if (!Uri.TryCreate(root, url, out var target) || (target.Scheme != Uri.UriSchemeHttps && target.Scheme != Uri.UriSchemeHttp))
            throw Failure("a track URL is not an http(s) URL.");
        // Track links are signed CDN URLs; the key goes only to the service's own origin (scheme, host and port).
        var sendKey = Uri.Compare(target, root, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
        var bytes = await client.SendAsync(() => sendKey ? Keyed(o, HttpMethod.Get, target) : new HttpRequestMessage(HttpMethod.Get, target), ct);
        var path = Path.Combine(folder.Path, $"track-{Guid.NewGuid():N}.{o.OutputFormat}");
        await File.WriteAllBytesAsync(path, bytes, ct);
        AudioBuffer decoded;
        try
        {
            decoded = await AudioDecoder.DecodeAsync(path, mix.SampleRate, mix.ChannelCount, ct: ct);
        }
        catch (AudioProcessingException e)
        {
            throw new AudioProcessingException("PROVIDER_ERROR", $"{Service}: a downloaded track could not be decoded ({e.Message}).", inner: e);
        }
        return Align(decoded, mix.Length);
    }

    private async Task DeleteAsync(StemHttpClient client, HttpStemOptions o, Uri root, string sourceId)
    {
        var body = new JsonObject { ["source_id"] = sourceId }.ToJsonString();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await client.SendAsync(() => Json(o, new Uri(root, "/api/v1/delete/"), body), timeout.Token);
        }
        catch (Exception e) when (e is AudioProcessingException or OperationCanceledException)
        {
            logger.LogWarning("{Service}: deleting source {SourceId} failed: {Message}", Service, sourceId, e.Message);
        }
    }

    /// <summary>Cuts or zero-pads to the mix's length (codecs may add priming samples or round the end).</summary>
    internal static AudioBuffer Align(AudioBuffer audio, int length) =>
        audio.Length == length
            ? audio
            : new AudioBuffer(audio.SampleRate, audio.Channels.Select(c =>
            {
                var aligned = new float[length];
                Array.Copy(c, aligned, Math.Min(length, c.Length));
                return aligned;
            }).ToArray());

    private static AudioBuffer Add(AudioBuffer a, AudioBuffer b) =>
        new(a.SampleRate, a.Channels.Select((channel, c) => channel.Select((s, i) => s + b.Channels[c][i]).ToArray()).ToArray());

    private static HttpRequestMessage Keyed(HttpStemOptions o, HttpMethod method, Uri url)
    {
        var message = new HttpRequestMessage(method, url);
        message.Headers.Add("X-License-Key", o.ApiKey);
        message.Headers.Accept.ParseAdd("application/json");
        return message;
    }

    private static HttpRequestMessage Json(HttpStemOptions o, Uri url, string json)
    {
        var message = Keyed(o, HttpMethod.Post, url);
        message.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return message;
    }

    /// <summary>The older API answers 200 with <c>{"status": "error", "error": ...}</c>; treat it as a refusal.</summary>
    private static JsonElement Refused(JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Object && Text(answer, "status") == "error"
            ? throw Failure($"the request was refused: {StemHttpClient.ErrorMessage(answer) ?? "no reason given"}")
            : answer;

    private static string Describe(JsonElement task) => StemHttpClient.ErrorMessage(task) ?? "no reason given";

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static AudioProcessingException Failure(string message) => new("PROVIDER_ERROR", $"{Service}: {message}");

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("mediacreator-stems-").FullName;

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
    }
}
