using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Providers;

/// <summary>
/// Runway (<c>runway</c>): <c>POST {BaseUrl}/image_to_video</c> with the start image as a data URI, or
/// <c>POST {BaseUrl}/text_to_video</c> for a prompt alone; then <c>GET {BaseUrl}/tasks/{id}</c> until SUCCEEDED
/// (<c>output[0]</c> is the video) or FAILED (<c>failureCode</c> SAFETY.* is CONTENT_POLICY). Bearer key and
/// <c>X-Runway-Version</c> on every call.
/// </summary>
public sealed class RunwayVideoProvider(HttpClient http, RunwayOptions options) : PolledVideoProvider(http, options, "Runway")
{
    public override string Key => "runway";

    protected override string Section => RunwayOptions.SectionName;

    private protected override async Task<string> SubmitAsync(TextToVideoRequest request, CancellationToken ct)
    {
        object body;
        string path;
        if (request.ImagePath is not null)
        {
            path = "/image_to_video";
            body = new
            {
                model = options.ImageModel, promptImage = await DataUriAsync(request.ImagePath, ct), promptText = Prompt(request),
                ratio = Fitting.Ratio(request.Aspect, options.ImageRatios), duration = Fitting.Duration(request.DurationSeconds, options.ImageDurations),
            };
        }
        else
        {
            path = "/text_to_video";
            body = new
            {
                model = options.TextModel, promptText = Prompt(request),
                ratio = Fitting.Ratio(request.Aspect, options.TextRatios), duration = Fitting.Duration(request.DurationSeconds, options.TextDurations),
            };
        }
        var answer = await Client.SendJsonAsync(() => Build(HttpMethod.Post, path, JsonContent.Create(body)), ct);
        return Json.String(answer, "id") ?? throw Client.Failure($"the task answer has no id: {answer}");
    }

    private protected override async Task<TaskState> PollAsync(string task, CancellationToken ct)
    {
        var t = await Client.SendJsonAsync(() => Build(HttpMethod.Get, $"/tasks/{Uri.EscapeDataString(task)}", null), ct);
        var status = Json.String(t, "status") ?? "";
        var progress = t.TryGetProperty("progress", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : (double?)null;
        switch (status)
        {
            case "SUCCEEDED":
                var url = t.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.Array && output.GetArrayLength() > 0
                    ? output[0].GetString() : null;
                return new TaskState(true, url, Status: status);
            case "FAILED":
                return new TaskState(true, Failure: Failed(Json.String(t, "failureCode"), Json.String(t, "failure") ?? "no reason given"), Status: status);
            case "CANCELLED":
                return new TaskState(true, Failure: Client.Failure($"task {task} was cancelled (or deleted) on Runway."), Status: status);
            default:
                return new TaskState(false, Progress: progress, Status: status.Length > 0 ? status : "PENDING");
        }
    }

    private VideoProcessingException Failed(string? code, string reason)
    {
        var text = code is null ? reason : $"{reason} ({code})";
        if (code?.StartsWith("SAFETY", StringComparison.Ordinal) == true) return ContentPolicy(text);
        if (code?.StartsWith("ASSET", StringComparison.Ordinal) == true || code?.StartsWith("INPUT_PREPROCESSING", StringComparison.Ordinal) == true)
            return new VideoProcessingException("INVALID_INPUT", $"Runway could not use the input: {Client.Scrub(text)}");
        return Client.Failure($"the task failed: {text}", retryable: code?.StartsWith("INTERNAL", StringComparison.Ordinal) == true);
    }

    private static string Prompt(TextToVideoRequest r) => string.IsNullOrWhiteSpace(r.Style) ? r.Prompt : $"{r.Prompt}. Style: {r.Style}";

    private HttpRequestMessage Build(HttpMethod method, string path, HttpContent? content)
    {
        var message = new HttpRequestMessage(method, options.BaseUrl!.TrimEnd('/') + path) { Content = content };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        message.Headers.Add("X-Runway-Version", options.ApiVersion);
        return message;
    }
}
