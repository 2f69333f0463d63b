using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Analytics;

/// <summary>What one snapshot added to its publication's lifetime counters since the one before it.</summary>
public sealed record SnapshotDelta(
    Guid PublicationId, Guid EpisodeId, DateTime Timestamp, long Views, long Likes, long Comments, long Shares,
    double WatchTimeSeconds, double? Ctr, double? EngagementRate, decimal? Revenue, string? Currency);

internal sealed record SnapshotRow(
    Guid Id, Guid PublicationId, Guid EpisodeId, DateTime Timestamp, long Views, long Likes, long Comments, long Shares,
    double WatchTimeSeconds, double? Ctr, double? EngagementRate, decimal? Revenue, string? Currency);

/// <summary>
/// Loads the snapshots of a scope inside a range plus, per publication, the latest one before the range (its baseline),
/// and turns them into deltas. Summing the deltas of a bucket gives "latest snapshot before the bucket's end minus latest
/// snapshot before its start (0 when none)" per publication, so buckets add up to the range total exactly.
/// </summary>
internal static class SnapshotDeltas
{
    public static async Task<IReadOnlyList<SnapshotDelta>> LoadAsync(PublishingDbContext db, AnalyticsScope scope, AnalyticsRange range, CancellationToken ct)
    {
        var (from, to) = (range.From, range.To);
        var inRange = await Rows(scope.Snapshots(db).Where(s => s.Timestamp >= from && s.Timestamp < to)).ToListAsync(ct);
        // One index probe per publication on (PublicationId, Timestamp): the newest snapshot before the range.
        var baselineIds = scope.Publications(db).Select(p => db.Snapshots
            .Where(s => s.PublicationId == p.Id && s.Timestamp < from)
            .OrderByDescending(s => s.Timestamp).ThenByDescending(s => s.Id)
            .Select(s => (Guid?)s.Id).FirstOrDefault());
        var baselines = range.From <= AnalyticsRange.Epoch
            ? []
            : await Rows(db.Snapshots.Where(s => baselineIds.Contains(s.Id))).ToDictionaryAsync(r => r.PublicationId, ct);
        return Deltas(inRange, baselines);
    }

    private static IQueryable<SnapshotRow> Rows(IQueryable<PerformanceSnapshot> snapshots) => snapshots.AsNoTracking()
        .Select(s => new SnapshotRow(s.Id, s.PublicationId, s.EpisodeId, s.Timestamp, s.Views, s.Likes, s.Comments, s.Shares,
            s.WatchTimeSeconds, s.Ctr, s.EngagementRate, s.EstimatedRevenue, s.Currency));

    private static List<SnapshotDelta> Deltas(List<SnapshotRow> rows, Dictionary<Guid, SnapshotRow> baselines)
    {
        var deltas = new List<SnapshotDelta>(rows.Count);
        foreach (var publication in rows.GroupBy(r => r.PublicationId).OrderBy(g => g.Key))
        {
            var previous = baselines.GetValueOrDefault(publication.Key);
            foreach (var row in publication.OrderBy(r => r.Timestamp).ThenBy(r => r.Id))
            {
                deltas.Add(Delta(row, previous));
                previous = row;
            }
        }
        return deltas;
    }

    private static SnapshotDelta Delta(SnapshotRow row, SnapshotRow? before)
    {
        // Revenue continues only in the same currency; a switch starts the lifetime total over.
        decimal? revenue = row.Revenue is { } r
            ? r - (before?.Revenue is { } b && before.Currency == row.Currency ? b : 0m)
            : null;
        return new SnapshotDelta(row.PublicationId, row.EpisodeId, DateTime.SpecifyKind(row.Timestamp, DateTimeKind.Utc),
            row.Views - (before?.Views ?? 0), row.Likes - (before?.Likes ?? 0), row.Comments - (before?.Comments ?? 0),
            row.Shares - (before?.Shares ?? 0), row.WatchTimeSeconds - (before?.WatchTimeSeconds ?? 0),
            row.Ctr, row.EngagementRate, revenue, row.Currency);
    }
}
