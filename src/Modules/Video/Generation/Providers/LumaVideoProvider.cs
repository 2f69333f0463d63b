using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Providers;

/// <summary>
/// Luma Dream Machine (<c>luma</c>): <c>POST {BaseUrl}/generations</c> <c>{prompt, model, aspect_ratio, resolution,
/// duration}</c>, then <c>GET {BaseUrl}/generations/{id}</c> until <c>state</c> is completed (<c>assets.video</c>) or
/// failed (<c>failure_reason</c>; moderation is CONTENT_POLICY). Luma takes start images only as public URLs, so a
/// local start image is UNSUPPORTED here.
/// </summary>
public sealed class LumaVideoProvider(HttpClient http, LumaOptions options) : PolledVideoProvider(http, options, "Luma")
{
    public override string Key => "luma";

    protected override string Section => LumaOptions.SectionName;

    private protected override async Task<string> SubmitAsync(TextToVideoRequest request, CancellationToken ct)
    {
        if (request.ImagePath is not null)
            throw new VideoProcessingException("UNSUPPORTED", "Luma takes start images only by public URL; use runway or pika for image-to-video, or generate from the prompt alone.");
        var prompt = string.IsNullOrWhiteSpace(request.Style) ? request.Prompt : $"{request.Prompt}, {request.Style} style";
        var body = new
        {
            prompt, model = options.Model, aspect_ratio = Fitting.Ratio(request.Aspect, options.AspectRatios), resolution = options.Resolution,
            duration = $"{Fitting.Duration(request.DurationSeconds, options.Durations)}s", loop = false,
        };
        var answer = await Client.SendJsonAsync(() => Build(HttpMethod.Post, "/generations", JsonContent.Create(body)), ct);
        return Json.String(answer, "id") ?? throw Client.Failure($"the generation answer has no id: {answer}");
    }

    private protected override async Task<TaskState> PollAsync(string task, CancellationToken ct)
    {
        var g = await Client.SendJsonAsync(() => Build(HttpMethod.Get, $"/generations/{Uri.EscapeDataString(task)}", null), ct);
        var state = Json.String(g, "state") ?? "";
        if (state == "completed")
            return new TaskState(true, g.TryGetProperty("assets", out var assets) ? Json.String(assets, "video") : null, Status: state);
        if (state == "failed")
        {
            var reason = Json.String(g, "failure_reason") ?? Json.String(g, "state_reason") ?? "no reason given";
            return new TaskState(true, Failure: LooksLikeModeration(reason) ? ContentPolicy(reason) : Client.Failure($"the generation failed: {reason}"), Status: state);
        }
        return new TaskState(false, Status: state.Length > 0 ? state : "queued");
    }

    private HttpRequestMessage Build(HttpMethod method, string path, HttpContent? content)
    {
        var message = new HttpRequestMessage(method, options.BaseUrl!.TrimEnd('/') + path) { Content = content };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return message;
    }
}
