using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Sync;

/// <summary>
/// The publications a sync covers: PUBLISHED ones with a post id, of the caller (query filter), restricted to one
/// publication or channel when asked, on platforms whose publisher can report metrics (or revenue).
/// </summary>
internal static class SyncScope
{
    public static IQueryable<PublicationRecord> Syncable(IQueryable<PublicationRecord> publications, IEnumerable<IPlatformPublisher> publishers, bool revenue)
    {
        var platforms = publishers.Where(p => revenue ? p.Capabilities.Revenue : p.Capabilities.Metrics).Select(p => p.Platform).Distinct().ToList();
        return publications.AsNoTracking()
            .Where(p => p.Status == PublicationStatus.Published && p.ExternalPostId != null && platforms.Contains(p.Platform));
    }

    public static IQueryable<PublicationRecord> Of(PublishingDbContext db, IEnumerable<IPlatformPublisher> publishers, SyncInput input, bool revenue)
    {
        var query = Syncable(db.Publications, publishers, revenue);
        if (input.PublicationId is { } publication) query = query.Where(p => p.Id == publication);
        else if (input.ChannelId is { } channel) query = query.Where(p => p.ChannelId == channel);
        return query;
    }

    /// <summary>
    /// The project a sync job is filed under (jobs belong to a project): the project of the episode of the most recently
    /// published publication in scope; null when nothing is in scope.
    /// </summary>
    public static async Task<Guid?> ProjectAsync(PublishingDbContext db, IQueryable<PublicationRecord> scope, CancellationToken ct)
    {
        var episode = await scope.OrderByDescending(p => p.PublishedTime).ThenByDescending(p => p.Id).Select(p => (Guid?)p.EpisodeId).FirstOrDefaultAsync(ct);
        return episode is null ? null
            : await db.Episodes.AsNoTracking().Where(e => e.Id == episode).Select(e => (Guid?)e.ProjectId).FirstOrDefaultAsync(ct);
    }
}
