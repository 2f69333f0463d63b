using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaCreator.Modules.Publishing.Platforms.YouTube;

/// <summary>
/// YouTube Data API v3: resumable videos.insert (natively scheduled through <c>status.publishAt</c>), thumbnails.set,
/// videos.list statistics, and YouTube Analytics for watch time, shares and estimated revenue.
/// </summary>
public sealed class YouTubePublisher : IPlatformPublisher
{
    // The day YouTube went live: the earliest date an Analytics report accepts for a video's lifetime totals.
    private static readonly DateOnly Lifetime = new(2005, 2, 14);

    private readonly YouTubeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly YouTubeHttp _http;
    private readonly YouTubeResumableUpload _upload;
    private readonly YouTubeAnalytics _analytics;

    public YouTubePublisher(HttpClient http, YouTubeOptions options, TimeProvider? time = null, ILogger<YouTubePublisher>? logger = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<YouTubePublisher>.Instance;
        _http = new YouTubeHttp(http, options, _time);
        _upload = new YouTubeResumableUpload(_http, options, _time);
        _analytics = new YouTubeAnalytics(_http, options);
    }

    public string Platform => "youtube";

    // YouTube documents no limit on how far ahead publishAt may be.
    public PlatformCapabilities Capabilities { get; } = new(NativeScheduling: true, Metrics: true, Revenue: true);

    public Task<PublishResult> UploadAsync(PublishRequest request, IProgress<double>? progress, CancellationToken ct) =>
        PublishAsync(request, null, progress, ct);

    public Task<PublishResult> ScheduleAsync(PublishRequest request, DateTimeOffset publishAt, IProgress<double>? progress, CancellationToken ct)
    {
        if (publishAt <= _time.GetUtcNow())
            throw new PublishingException(PublishingErrorCodes.Rejected, "YouTube: publishAt must be in the future.");
        return PublishAsync(request, publishAt, progress, ct);
    }

    public async Task<PostMetrics> FetchMetricsAsync(PlatformConnection connection, string externalPostId, CancellationToken ct)
    {
        var uri = new Uri($"{_options.ApiBaseUrl.TrimEnd('/')}/videos?part=statistics&id={Uri.EscapeDataString(externalPostId)}");
        var list = await _http.GetJsonAsync(connection.Tokens, uri, ct);
        var video = list.TryGetProperty("items", out var items) && items.GetArrayLength() > 0
            ? items[0]
            : throw new PublishingException(PublishingErrorCodes.Rejected, $"YouTube: video {externalPostId} was not found (deleted or not this account's).");
        var statistics = video.GetProperty("statistics");
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var report = await _analytics.QueryAsync(connection.Tokens, externalPostId, Lifetime, today, "estimatedMinutesWatched,shares", null, ct);
        return new PostMetrics(
            Count(statistics, "viewCount"), Count(statistics, "likeCount"), Count(statistics, "commentCount"),
            (long)report.GetValueOrDefault("shares"), report.GetValueOrDefault("estimatedMinutesWatched") * 60,
            Ctr: null, _time.GetUtcNow());
    }

    public async Task<IReadOnlyList<PostRevenue>> FetchRevenueAsync(
        PlatformConnection connection, string externalPostId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var report = await _analytics.QueryAsync(connection.Tokens, externalPostId, from, to, "estimatedRevenue", _options.RevenueCurrency, ct);
        return report.TryGetValue("estimatedRevenue", out var amount)
            ? [new PostRevenue(decimal.Round((decimal)amount, 4), _options.RevenueCurrency, "adsense", from, to)]
            : [];
    }

    private async Task<PublishResult> PublishAsync(PublishRequest request, DateTimeOffset? publishAt, IProgress<double>? progress, CancellationToken ct)
    {
        if (!File.Exists(request.Media.Path))
            throw new PublishingException(PublishingErrorCodes.Rejected, $"YouTube: media file {Path.GetFileName(request.Media.Path)} does not exist.");
        var metadata = YouTubeVideoMetadata.Build(request.Details, _options.DefaultCategoryId, publishAt);
        var video = await _upload.UploadAsync(request.Connection.Tokens, request.Media.Path, request.Media.MimeType, metadata, progress, ct);
        var id = video.GetProperty("id").GetString()!;
        var uploadStatus = Text(video, "status", "uploadStatus");
        if (uploadStatus is "failed" or "rejected")
            throw new PublishingException(PublishingErrorCodes.ProcessingFailed,
                $"YouTube {uploadStatus} video {id}: {Text(video, "status", "failureReason") ?? Text(video, "status", "rejectionReason")}");
        if (request.Details.ThumbnailPath is { } thumbnail)
            await SetThumbnailAsync(request.Connection.Tokens, id, thumbnail, ct);
        var publishedAt = Text(video, "snippet", "publishedAt") is { } p
            ? DateTimeOffset.Parse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : (DateTimeOffset?)null;
        var status = publishAt is not null ? "scheduled" : uploadStatus == "processed" ? "published" : "processing";
        return new PublishResult(id, $"https://www.youtube.com/watch?v={id}", publishAt is null ? publishedAt : null, publishAt, status);
    }

    private async Task SetThumbnailAsync(IPlatformTokenSource tokens, string videoId, string path, CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(path, ct);
        var mime = Path.GetExtension(path).ToLowerInvariant() == ".png" ? "image/png" : "image/jpeg";
        var uri = new Uri($"{_options.UploadBaseUrl.TrimEnd('/')}/thumbnails/set?videoId={Uri.EscapeDataString(videoId)}&uploadType=media");
        try
        {
            using var _ = await _http.SendAsync(tokens, () => new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(mime) } },
            }, ct);
        }
        catch (PublishingException ex)
        {
            // The video is up: failing the publication here would make the engine upload it twice.
            _logger.LogWarning("YouTube kept the default thumbnail of {VideoId}: {Code} {Reason}", videoId, ex.Code, ex.Message);
        }
    }

    private static long Count(JsonElement statistics, string name) =>
        statistics.TryGetProperty(name, out var v) && long.TryParse(v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText(),
            NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string? Text(JsonElement e, string part, string name) =>
        e.TryGetProperty(part, out var p) && p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
