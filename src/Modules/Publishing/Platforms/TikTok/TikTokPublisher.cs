using System.Text.Json.Nodes;
using System.Text.Json;

namespace MediaCreator.Modules.Publishing.Platforms.TikTok;

/// <summary>
/// TikTok Content Posting API (Direct Post): init with FILE_UPLOAD → PUT the chunks to upload_url → poll
/// status/fetch until PUBLISH_COMPLETE. TikTok has no native scheduling (the engine fires scheduled posts itself) and
/// no revenue API.
/// </summary>
public sealed class TikTokPublisher(HttpClient http, TikTokOptions options) : IPlatformPublisher
{
    private const double UploadShare = 0.9;
    private readonly TikTokApi _api = new(http, options);

    public string Platform => "tiktok";

    public PlatformCapabilities Capabilities { get; } = new(NativeScheduling: false, Metrics: true, Revenue: false);

    public async Task<PublishResult> UploadAsync(PublishRequest request, IProgress<double>? progress, CancellationToken ct)
    {
        var tokens = request.Connection.Tokens;
        var plan = TikTokChunkPlan.For(request.Media.SizeBytes, options.ChunkSizeBytes);
        var init = await _api.PostAsync(tokens, "/v2/post/publish/video/init/", InitBody(request, plan), ct);
        var publishId = Required(init, "publish_id");
        var uploadUrl = new Uri(Required(init, "upload_url"));

        await using (var file = File.OpenRead(request.Media.Path))
        {
            for (var index = 0; index < plan.Count; index++)
            {
                var (first, length) = plan.Chunk(index);
                var chunk = new byte[length];
                file.Seek(first, SeekOrigin.Begin);
                await file.ReadExactlyAsync(chunk, ct);
                await _api.PutChunkAsync(uploadUrl, request.Media.MimeType, chunk, first, plan.Size, ct);
                progress?.Report(UploadShare * (first + length) / plan.Size);
            }
        }

        return await WaitForPostAsync(tokens, publishId, progress, ct);
    }

    public Task<PublishResult> ScheduleAsync(PublishRequest request, DateTimeOffset publishAt, IProgress<double>? progress, CancellationToken ct) =>
        throw new PublishingException(PublishingErrorCodes.Unsupported,
            "TikTok has no native scheduling; the publishing engine posts at the scheduled time itself.");

    public async Task<PostMetrics> FetchMetricsAsync(PlatformConnection connection, string externalPostId, CancellationToken ct)
    {
        var video = await QueryVideoAsync(connection.Tokens, externalPostId, "id,view_count,like_count,comment_count,share_count", ct)
            ?? throw new PublishingException(PublishingErrorCodes.Rejected, $"TikTok returned no video {externalPostId} for this account.");
        return new PostMetrics(Long(video, "view_count"), Long(video, "like_count"), Long(video, "comment_count"), Long(video, "share_count"),
            WatchTimeSeconds: 0, Ctr: null, DateTimeOffset.UtcNow);
    }

    public Task<IReadOnlyList<PostRevenue>> FetchRevenueAsync(PlatformConnection connection, string externalPostId, DateOnly from, DateOnly to, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PostRevenue>>([]);

    private async Task<PublishResult> WaitForPostAsync(IPlatformTokenSource tokens, string publishId, IProgress<double>? progress, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + options.ProcessingTimeout;
        while (true)
        {
            var data = await _api.PostAsync(tokens, "/v2/post/publish/status/fetch/", new JsonObject { ["publish_id"] = publishId }, ct);
            var status = data.TryGetProperty("status", out var s) ? s.GetString() : null;
            switch (status)
            {
                case "PUBLISH_COMPLETE":
                    progress?.Report(1);
                    return await CompletedAsync(tokens, publishId, data, ct);
                case "FAILED":
                    var reason = data.TryGetProperty("fail_reason", out var r) ? r.GetString() : "unknown";
                    throw new PublishingException(PublishingErrorCodes.ProcessingFailed, $"TikTok could not publish the video: {reason}");
                case "SEND_TO_USER_INBOX":
                    progress?.Report(1);
                    return new PublishResult(publishId, null, null, null, "processing");
            }

            if (DateTimeOffset.UtcNow >= deadline) return new PublishResult(publishId, null, null, null, "processing");
            progress?.Report(status == "PROCESSING_DOWNLOAD" ? 0.95 : UploadShare);
            await Task.Delay(options.StatusPollInterval, ct);
        }
    }

    /// <summary>Public posts get their video id (and share URL); private ones stay known by their publish_id.</summary>
    private async Task<PublishResult> CompletedAsync(IPlatformTokenSource tokens, string publishId, JsonElement data, CancellationToken ct)
    {
        var postId = data.TryGetProperty("publicaly_available_post_id", out var ids) && ids.ValueKind == JsonValueKind.Array && ids.GetArrayLength() > 0
            ? ids[0].ToString()
            : null;
        if (postId is null) return new PublishResult(publishId, null, DateTimeOffset.UtcNow, null, "published");
        string? url = null;
        try
        {
            var video = await QueryVideoAsync(tokens, postId, "id,share_url", ct);
            url = video is { } v && v.TryGetProperty("share_url", out var u) ? u.GetString() : null;
        }
        catch (PublishingException)
        {
            // The post is live; a missing share URL (e.g. no video.list scope) must not turn it into a failure.
        }
        return new PublishResult(postId, url, DateTimeOffset.UtcNow, null, "published");
    }

    private async Task<JsonElement?> QueryVideoAsync(IPlatformTokenSource tokens, string videoId, string fields, CancellationToken ct)
    {
        var body = new JsonObject { ["filters"] = new JsonObject { ["video_ids"] = new JsonArray(videoId) } };
        var data = await _api.PostAsync(tokens, $"/v2/video/query/?fields={fields}", body, ct);
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("videos", out var videos)) return null;
        foreach (var video in videos.EnumerateArray())
            if (video.TryGetProperty("id", out var id) && id.ToString() == videoId) return video;
        return null;
    }

    private static JsonObject InitBody(PublishRequest request, TikTokChunkPlan plan)
    {
        var details = request.Details;
        return new JsonObject
        {
            ["post_info"] = new JsonObject
            {
                ["title"] = Caption(details),
                ["privacy_level"] = PrivacyLevel(details.Privacy),
                ["disable_comment"] = false,
                ["disable_duet"] = false,
                ["disable_stitch"] = false,
                ["is_aigc"] = details.ContainsSyntheticMedia,
            },
            ["source_info"] = new JsonObject
            {
                ["source"] = "FILE_UPLOAD",
                ["video_size"] = plan.Size,
                ["chunk_size"] = plan.ChunkSize,
                ["total_chunk_count"] = plan.Count,
            },
        };
    }

    /// <summary>TikTok's title is the whole caption (max 2,200 characters): title, description and hashtags.</summary>
    internal static string Caption(PostDetails details)
    {
        var parts = new List<string> { details.Title };
        if (!string.IsNullOrWhiteSpace(details.Description)) parts.Add(details.Description);
        if (details.Tags.Count > 0) parts.Add(string.Join(' ', details.Tags.Select(t => "#" + t.TrimStart('#').Replace(" ", ""))));
        var caption = string.Join("\n\n", parts);
        return caption.Length <= 2200 ? caption : caption[..2200];
    }

    /// <summary>TikTok has no unlisted: it is mapped to friends only.</summary>
    internal static string PrivacyLevel(string privacy) => privacy switch
    {
        "public" => "PUBLIC_TO_EVERYONE",
        "unlisted" => "MUTUAL_FOLLOW_FRIENDS",
        "private" => "SELF_ONLY",
        _ => throw new PublishingException(PublishingErrorCodes.Rejected, $"Unknown privacy '{privacy}' for TikTok."),
    };

    private static string Required(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.GetString() is { Length: > 0 } text
            ? text
            : throw new PublishingException(PublishingErrorCodes.Rejected, $"TikTok's answer has no {name}.");

    private static long Long(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
}
