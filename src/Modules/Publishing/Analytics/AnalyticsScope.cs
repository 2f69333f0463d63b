using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;

namespace MediaCreator.Modules.Publishing.Analytics;

/// <summary>What the figures cover: the caller's channels (all), one channel, one series or one episode.</summary>
public sealed record AnalyticsScope(Guid? ChannelId = null, Guid? SeriesId = null, Guid? EpisodeId = null)
{
    public static readonly AnalyticsScope AllChannels = new();

    public static AnalyticsScope Channel(Guid id) => new(ChannelId: id);

    public static AnalyticsScope Series(Guid id) => new(SeriesId: id);

    public static AnalyticsScope Episode(Guid id) => new(EpisodeId: id);

    // Each filter uses the denormalized ids, so the (ChannelId|EpisodeId, Timestamp) indexes serve the range scans.
    internal IQueryable<PerformanceSnapshot> Snapshots(PublishingDbContext db) => this switch
    {
        { EpisodeId: { } e } => db.Snapshots.Where(s => s.EpisodeId == e),
        { SeriesId: { } s } => db.Snapshots.Where(x => db.Episodes.Where(e => e.SeriesId == s).Select(e => e.Id).Contains(x.EpisodeId)),
        { ChannelId: { } c } => db.Snapshots.Where(s => s.ChannelId == c),
        _ => db.Snapshots,
    };

    internal IQueryable<PublicationRecord> Publications(PublishingDbContext db) => this switch
    {
        { EpisodeId: { } e } => db.Publications.Where(p => p.EpisodeId == e),
        { SeriesId: { } s } => db.Publications.Where(p => db.Episodes.Where(e => e.SeriesId == s).Select(e => e.Id).Contains(p.EpisodeId)),
        { ChannelId: { } c } => db.Publications.Where(p => p.ChannelId == c),
        _ => db.Publications,
    };

    internal IQueryable<Episode> Episodes(PublishingDbContext db) => this switch
    {
        { EpisodeId: { } e } => db.Episodes.Where(x => x.Id == e),
        { SeriesId: { } s } => db.Episodes.Where(x => x.SeriesId == s),
        { ChannelId: { } c } => db.Episodes.Where(x => db.Series.Where(s => s.ChannelId == c).Select(s => s.Id).Contains(x.SeriesId)),
        _ => db.Episodes,
    };

    internal IQueryable<RevenueRecord> Revenue(PublishingDbContext db) => this switch
    {
        { EpisodeId: { } e } => db.RevenueRecords.Where(r => db.Publications.Where(p => p.EpisodeId == e).Select(p => p.Id).Contains(r.PublicationId)),
        { SeriesId: not null } => db.RevenueRecords.Where(r => Publications(db).Select(p => p.Id).Contains(r.PublicationId)),
        { ChannelId: { } c } => db.RevenueRecords.Where(r => r.ChannelId == c),
        _ => db.RevenueRecords,
    };
}
