using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Feeds;

/// <summary>
/// Publishes to a podcast/video RSS feed this server serves. The feed is the connection's
/// <see cref="PlatformConnection.AccountExternalId"/>; the item guid is the publication's idempotency key, so a
/// re-upload updates the item in place. A scheduled item is stored with its future pubDate and the feed shows it
/// once due. Feeds report no metrics or revenue (capabilities say so; fetches return zeros / nothing).
/// </summary>
public sealed class RssFeedPublisher(IFeedStore store, IMediaUrlResolver urls, TimeProvider time) : IPlatformPublisher
{
    public const string PlatformKey = "rss_feed";

    private readonly PodcastFeedWriter _writer = new();

    public string Platform => PlatformKey;

    public PlatformCapabilities Capabilities { get; } = new(NativeScheduling: true, Metrics: false, Revenue: false);

    public Task<PublishResult> UploadAsync(PublishRequest request, IProgress<double>? progress, CancellationToken ct) =>
        PutAsync(request, null, progress, ct);

    public Task<PublishResult> ScheduleAsync(PublishRequest request, DateTimeOffset publishAt, IProgress<double>? progress, CancellationToken ct) =>
        PutAsync(request, publishAt, progress, ct);

    public Task<PostMetrics> FetchMetricsAsync(PlatformConnection connection, string externalPostId, CancellationToken ct) =>
        Task.FromResult(new PostMetrics(0, 0, 0, 0, 0, null, time.GetUtcNow()));

    public Task<IReadOnlyList<PostRevenue>> FetchRevenueAsync(PlatformConnection connection, string externalPostId, DateOnly from, DateOnly to, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PostRevenue>>([]);

    /// <summary>Writes the feed as it reads now: due items only, newest first.</summary>
    public async Task RenderFeedAsync(string feedId, PodcastChannel channel, Stream output, Uri? selfUrl, CancellationToken ct)
    {
        var items = await store.ListAsync(feedId, ct);
        _writer.Write(output, channel, items, time.GetUtcNow(), selfUrl);
    }

    private async Task<PublishResult> PutAsync(PublishRequest request, DateTimeOffset? publishAt, IProgress<double>? progress, CancellationToken ct)
    {
        var feedId = request.Connection.AccountExternalId;
        var media = request.Media;
        if (!IsAudioOrVideo(media.MimeType))
        {
            throw new PublishingException(PublishingErrorCodes.Rejected, $"An RSS enclosure must be audio or video, not '{media.MimeType}'.");
        }
        var enclosure = urls.Resolve(media.Path) ?? throw new PublishingException(
            PublishingErrorCodes.NotConfigured, "The media file is not served at a public URL, so the feed cannot link it.");
        var now = time.GetUtcNow();
        var existing = await store.FindAsync(feedId, request.IdempotencyKey, ct);
        // An item already live keeps its date: re-publishing updates it, never hides or re-dates it.
        var pubDate = existing is not null && existing.PubDate <= now ? existing.PubDate
            : publishAt is { } at && at > now ? at
            : now;
        var details = request.Details;
        var item = new FeedItem(
            request.IdempotencyKey, details.Title, details.Description, enclosure, media.SizeBytes, media.MimeType, pubDate,
            media.DurationSeconds, existing?.Episode, existing?.Season,
            details.ThumbnailPath is null ? existing?.ImageUrl : urls.Resolve(details.ThumbnailPath), existing?.Summary);
        await store.UpsertAsync(feedId, item, ct);
        progress?.Report(1);
        var scheduled = pubDate > now;
        return new PublishResult(item.Guid, enclosure.AbsoluteUri, scheduled ? null : pubDate, scheduled ? pubDate : null,
            scheduled ? "scheduled" : "published");
    }

    internal static bool IsAudioOrVideo(string mimeType) =>
        mimeType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase) || mimeType.StartsWith("video/", StringComparison.OrdinalIgnoreCase);
}
