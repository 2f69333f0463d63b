using System.Globalization;
using System.Text.Json;

namespace MediaCreator.Modules.Publishing.Platforms.Facebook;

/// <summary>
/// Facebook page videos through the Graph API resumable upload (start → transfer chunks until the offsets meet →
/// finish), natively scheduled with <c>published=false</c> + <c>scheduled_publish_time</c>. The connection's
/// account is the page id and its tokens are the page access token.
/// </summary>
public sealed class FacebookPublisher(HttpClient http, FacebookOptions options) : IPlatformPublisher
{
    public static readonly TimeSpan MinScheduleAhead = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan MaxScheduleAhead = TimeSpan.FromDays(75);
    private const double UploadShare = 0.9;
    private readonly FacebookGraph _graph = new(http, options);

    public string Platform => "facebook";

    public PlatformCapabilities Capabilities { get; } = new(NativeScheduling: true, Metrics: true, Revenue: true, MaxScheduleAhead);

    public Task<PublishResult> UploadAsync(PublishRequest request, IProgress<double>? progress, CancellationToken ct) =>
        PublishAsync(request, null, progress, ct);

    public Task<PublishResult> ScheduleAsync(PublishRequest request, DateTimeOffset publishAt, IProgress<double>? progress, CancellationToken ct)
    {
        var ahead = publishAt - DateTimeOffset.UtcNow;
        if (ahead < MinScheduleAhead || ahead > MaxScheduleAhead)
            throw new PublishingException(PublishingErrorCodes.Rejected,
                $"Facebook schedules posts 10 minutes to 75 days ahead; {publishAt:u} is {ahead.TotalMinutes:F0} minutes away.");
        return PublishAsync(request, publishAt, progress, ct);
    }

    public async Task<PostMetrics> FetchMetricsAsync(PlatformConnection connection, string externalPostId, CancellationToken ct)
    {
        var video = await _graph.GetAsync(connection.Tokens,
            _graph.Graph($"{externalPostId}?fields=views,likes.summary(true),comments.summary(true)"), ct);
        var insights = FacebookInsights.Parse(await _graph.GetAsync(connection.Tokens, _graph.Graph(
            $"{externalPostId}/video_insights?metric=total_video_views,total_video_view_total_time,total_video_avg_time_watched,total_video_stories_by_action_type"), ct));

        var views = video.TryGetProperty("views", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : (long)(insights.Lifetime("total_video_views") ?? 0);
        var watchMs = insights.Lifetime("total_video_view_total_time") ?? insights.Lifetime("total_video_avg_time_watched") * views ?? 0;
        return new PostMetrics(views, Summary(video, "likes"), Summary(video, "comments"),
            (long)(insights.LifetimeByAction("total_video_stories_by_action_type", "share") ?? 0), (double)watchMs / 1000, Ctr: null, DateTimeOffset.UtcNow);
    }

    /// <summary>Daily ad-break earnings (video_insights total_video_ad_break_earnings), one record per day reported.</summary>
    public async Task<IReadOnlyList<PostRevenue>> FetchRevenueAsync(PlatformConnection connection, string externalPostId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var since = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var until = to.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var insights = FacebookInsights.Parse(await _graph.GetAsync(connection.Tokens, _graph.Graph(
            $"{externalPostId}/video_insights?metric=total_video_ad_break_earnings&period=day&since={since}&until={until}"), ct));
        return insights.Daily("total_video_ad_break_earnings")
            .Where(d => d.Day >= from && d.Day <= to && d.Value != 0)
            .Select(d => new PostRevenue(d.Value, options.RevenueCurrency, "adsense", d.Day, d.Day))
            .ToList();
    }

    private async Task<PublishResult> PublishAsync(PublishRequest request, DateTimeOffset? publishAt, IProgress<double>? progress, CancellationToken ct)
    {
        var tokens = request.Connection.Tokens;
        var videos = _graph.Video($"{request.Connection.AccountExternalId}/videos");
        var size = request.Media.SizeBytes;
        var start = await _graph.PostAsync(tokens, videos, () => Form(("upload_phase", "start"), ("file_size", size.ToString(CultureInfo.InvariantCulture))), ct);
        var session = Text(start, "upload_session_id");
        var videoId = Text(start, "video_id");
        var (offset, end) = (Offset(start, "start_offset"), Offset(start, "end_offset"));

        await using (var file = File.OpenRead(request.Media.Path))
        {
            var mismatches = 0;
            while (offset < end)
            {
                var chunk = new byte[end - offset];
                file.Seek(offset, SeekOrigin.Begin);
                await file.ReadExactlyAsync(chunk, ct);
                var sentFrom = offset;
                var answer = await _graph.PostAsync(tokens, videos, () => TransferContent(session, sentFrom, chunk, request.Media), ct, offsetMismatchIsAnswer: true);
                // A chunk the server already had (or lost) comes back as an offset mismatch carrying where to resume.
                var mismatch = GraphError.Read(answer.GetRawText());
                if (mismatch is not null && ++mismatches > options.Retry.MaxRetries)
                    throw new PublishingException(PublishingErrorCodes.Unavailable, $"Facebook kept refusing the chunk offsets: {mismatch}", retryable: true);
                var offsets = mismatch is { Data: { } data } ? data : answer;
                (offset, end) = (Offset(offsets, "start_offset"), Offset(offsets, "end_offset"));
                progress?.Report(UploadShare * offset / size);
            }
        }

        var finish = await _graph.PostAsync(tokens, videos, () => Form(FinishFields(session, request.Details, publishAt)), ct);
        if (!finish.TryGetProperty("success", out var ok) || ok.ValueKind != JsonValueKind.True)
            throw new PublishingException(PublishingErrorCodes.Rejected, $"Facebook did not accept the finished upload: {finish.GetRawText()}");
        return await WaitForVideoAsync(tokens, videoId, publishAt, request.Details.Privacy, progress, ct);
    }

    private async Task<PublishResult> WaitForVideoAsync(IPlatformTokenSource tokens, string videoId, DateTimeOffset? publishAt, string privacy,
        IProgress<double>? progress, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + options.ProcessingTimeout;
        while (true)
        {
            var video = await _graph.GetAsync(tokens, _graph.Graph($"{videoId}?fields=status,permalink_url"), ct);
            var url = video.TryGetProperty("permalink_url", out var p) && p.GetString() is { } link
                ? (link.StartsWith("http", StringComparison.Ordinal) ? link : "https://www.facebook.com" + link)
                : null;
            var status = video.TryGetProperty("status", out var s) ? s : default;
            var state = status.ValueKind == JsonValueKind.Object && status.TryGetProperty("video_status", out var vs) ? vs.GetString() : null;
            if (state is "ready")
            {
                progress?.Report(1);
                return publishAt is { } at
                    ? new PublishResult(videoId, url, null, at, "scheduled")
                    : new PublishResult(videoId, url, privacy == "private" ? null : DateTimeOffset.UtcNow, null, "published");
            }
            if (state is "error" or "expired")
                throw new PublishingException(PublishingErrorCodes.ProcessingFailed, $"Facebook could not process the video: {ProcessingError(status) ?? state}");
            if (DateTimeOffset.UtcNow >= deadline) return new PublishResult(videoId, url, null, publishAt, "processing");
            if (status.ValueKind == JsonValueKind.Object && status.TryGetProperty("processing_progress", out var pp) && pp.ValueKind == JsonValueKind.Number)
                progress?.Report(UploadShare + (1 - UploadShare) * Math.Clamp(pp.GetDouble(), 0, 100) / 100 * 0.99);
            await Task.Delay(options.StatusPollInterval, ct);
        }
    }

    private static string? ProcessingError(JsonElement status)
    {
        foreach (var phase in new[] { "processing_phase", "uploading_phase", "publishing_phase" })
            if (status.TryGetProperty(phase, out var p) && p.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
                foreach (var error in errors.EnumerateArray())
                    return error.TryGetProperty("message", out var m) ? m.GetString() : error.GetRawText();
        return null;
    }

    private static IEnumerable<(string, string)> FinishFields(string session, PostDetails details, DateTimeOffset? publishAt)
    {
        yield return ("upload_phase", "finish");
        yield return ("upload_session_id", session);
        yield return ("title", details.Title);
        if (!string.IsNullOrWhiteSpace(details.Description) || details.Tags.Count > 0)
            yield return ("description", Description(details));
        if (publishAt is { } at)
        {
            yield return ("published", "false");
            yield return ("scheduled_publish_time", at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        }
        else if (details.Privacy == "private") yield return ("published", "false");
        else if (details.Privacy == "unlisted") yield return ("no_story", "true");
    }

    internal static string Description(PostDetails details)
    {
        var tags = string.Join(' ', details.Tags.Select(t => "#" + t.TrimStart('#').Replace(" ", "")));
        return string.IsNullOrWhiteSpace(details.Description) ? tags : tags.Length == 0 ? details.Description : $"{details.Description}\n\n{tags}";
    }

    private static MultipartFormDataContent TransferContent(string session, long startOffset, byte[] chunk, MediaFile media)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent("transfer"), "upload_phase" },
            { new StringContent(session), "upload_session_id" },
            { new StringContent(startOffset.ToString(CultureInfo.InvariantCulture)), "start_offset" },
        };
        var file = new ByteArrayContent(chunk);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(media.MimeType);
        content.Add(file, "video_file_chunk", Path.GetFileName(media.Path));
        return content;
    }

    private static FormUrlEncodedContent Form(params IEnumerable<(string Key, string Value)> fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ToString()
            : throw new PublishingException(PublishingErrorCodes.Rejected, $"Facebook's answer has no {name}: {element.GetRawText()}");

    /// <summary>Graph sends offsets as strings ("0", "1048576"); accept numbers too.</summary>
    private static long Offset(JsonElement element, string name) => long.Parse(Text(element, name), CultureInfo.InvariantCulture);

    private static long Summary(JsonElement video, string edge) =>
        video.TryGetProperty(edge, out var e) && e.TryGetProperty("summary", out var s) && s.TryGetProperty("total_count", out var c) ? c.GetInt64() : 0;
}
