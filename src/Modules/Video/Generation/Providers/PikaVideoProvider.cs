using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Providers;

/// <summary>
/// Pika through fal.ai's queue (<c>pika</c>): <c>POST {BaseUrl}/{Model}/text-to-video</c> (or <c>/image-to-video</c>
/// with <c>image_url</c> as a data URI) answers <c>{request_id, status_url, response_url}</c>; <c>GET status_url</c>
/// until COMPLETED, then <c>GET response_url</c> gives <c>video.url</c>. Auth is <c>Authorization: Key …</c>.
/// fal reports moderation as a 422 whose detail has <c>type: content_policy_violation</c> (CONTENT_POLICY).
/// </summary>
public sealed class PikaVideoProvider(HttpClient http, PikaOptions options) : PolledVideoProvider(http, options, "Pika (fal.ai)")
{
    public override string Key => "pika";

    protected override string Section => PikaOptions.SectionName;

    private protected override async Task<string> SubmitAsync(TextToVideoRequest request, CancellationToken ct)
    {
        var prompt = string.IsNullOrWhiteSpace(request.Style) ? request.Prompt : $"{request.Prompt}, {request.Style} style";
        var duration = Fitting.Duration(request.DurationSeconds, options.Durations);
        object body = request.ImagePath is null
            ? new { prompt, aspect_ratio = Fitting.Ratio(request.Aspect, options.AspectRatios), resolution = options.Resolution, duration }
            : new { prompt, image_url = await DataUriAsync(request.ImagePath, ct), resolution = options.Resolution, duration };
        var endpoint = $"{options.BaseUrl!.TrimEnd('/')}/{options.Model.Trim('/')}/{(request.ImagePath is null ? "text-to-video" : "image-to-video")}";
        var answer = await Client.SendJsonAsync(() => Build(HttpMethod.Post, endpoint, JsonContent.Create(body)), ct);
        var id = Json.String(answer, "request_id") ?? throw Client.Failure($"the queue answer has no request_id: {answer}");
        // fal names the app by its first two path segments (fal-ai/pika) in queue URLs.
        var app = $"{options.BaseUrl!.TrimEnd('/')}/{string.Join('/', options.Model.Trim('/').Split('/').Take(2))}/requests/{id}";
        return (Json.String(answer, "status_url") ?? app + "/status") + "\n" + (Json.String(answer, "response_url") ?? app);
    }

    private protected override async Task<TaskState> PollAsync(string task, CancellationToken ct)
    {
        var urls = task.Split('\n');
        var status = await Client.SendJsonAsync(() => Build(HttpMethod.Get, urls[0], null), ct);
        var state = Json.String(status, "status") ?? "";
        if (Json.String(status, "error") is { } error) return new TaskState(true, Failure: Refused(error) ?? Client.Failure($"the request failed: {error}"), Status: state);
        if (state != "COMPLETED") return new TaskState(false, Status: state.Length > 0 ? state : "IN_QUEUE");
        var result = await Client.SendJsonAsync(() => Build(HttpMethod.Get, urls[1], null), ct);
        var url = result.TryGetProperty("video", out var video) ? Json.String(video, "url") : null;
        return new TaskState(true, url, Status: state);
    }

    private protected override VideoProcessingException? MapRefusal(HttpStatusCode status, JsonElement? body, string message)
    {
        if (body is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.Array
            && detail.EnumerateArray().Any(d => Json.String(d, "type") == "content_policy_violation"))
            return ContentPolicy(message);
        return base.MapRefusal(status, body, message);
    }

    private VideoProcessingException? Refused(string error) => LooksLikeModeration(error) ? ContentPolicy(error) : null;

    private HttpRequestMessage Build(HttpMethod method, string url, HttpContent? content)
    {
        var message = new HttpRequestMessage(method, url) { Content = content };
        message.Headers.Authorization = new AuthenticationHeaderValue("Key", options.ApiKey);
        return message;
    }
}
