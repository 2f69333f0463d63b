using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Persistence;

/// <summary>
/// Keeps <see cref="PerformanceSnapshot"/> gains true when snapshots are saved: each new snapshot's gains are taken over
/// the publication's previous snapshot by (timestamp, id), and a snapshot saved out of order also corrects the gains of
/// the ones after it. One probe on (publication_id, timestamp) per publication in the save.
/// </summary>
internal static class SnapshotGains
{
    public static async Task SetAsync(PublishingDbContext db, CancellationToken ct)
    {
        var added = db.ChangeTracker.Entries<PerformanceSnapshot>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        foreach (var publication in added.GroupBy(s => s.PublicationId))
        {
            var from = publication.Min(s => s.Timestamp);
            var stored = db.Snapshots.IgnoreQueryFilters().Where(s => s.PublicationId == publication.Key);
            var previous = await stored.Where(s => s.Timestamp < from).OrderByDescending(s => s.Timestamp).ThenByDescending(s => s.Id)
                .AsNoTracking().FirstOrDefaultAsync(ct);
            // Usually none: a sync appends. The ones found are tracked, so their corrected gains are saved too.
            var later = await stored.Where(s => s.Timestamp >= from).ToListAsync(ct);
            foreach (var snapshot in publication.Concat(later).OrderBy(s => s.Timestamp).ThenBy(s => s.Id))
            {
                snapshot.SetGainsOver(previous);
                previous = snapshot;
            }
        }
    }
}

/// <summary>The <c>SnapshotGains</c> migrations' backfill: the gains of the snapshots stored before the columns existed.</summary>
internal static class SnapshotGainsBackfill
{
    /// <param name="nullSafeEquals">The dialect's null-safe equality: <c>IS NOT DISTINCT FROM</c> (PostgreSQL), <c>IS</c> (SQLite).</param>
    public static string Sql(string nullSafeEquals) => $"""
        UPDATE performance_snapshots
        SET views_gain = performance_snapshots.views - COALESCE(p.views, 0),
            likes_gain = performance_snapshots.likes - COALESCE(p.likes, 0),
            comments_gain = performance_snapshots.comments - COALESCE(p.comments, 0),
            shares_gain = performance_snapshots.shares - COALESCE(p.shares, 0),
            watch_time_gain = performance_snapshots.watch_time_seconds - COALESCE(p.watch_time_seconds, 0),
            revenue_gain = performance_snapshots.estimated_revenue
                - CASE WHEN p.id IS NOT NULL AND p.currency {nullSafeEquals} performance_snapshots.currency THEN COALESCE(p.estimated_revenue, 0) ELSE 0 END
        FROM (SELECT id, LAG(id) OVER (PARTITION BY publication_id ORDER BY "timestamp", id) AS previous_id FROM performance_snapshots) o
        LEFT JOIN performance_snapshots p ON p.id = o.previous_id
        WHERE o.id = performance_snapshots.id;
        """;
}
