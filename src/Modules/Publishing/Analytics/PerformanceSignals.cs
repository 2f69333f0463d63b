using MediaCreator.Modules.Core.Analytics;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Analytics;

/// <summary>
/// Two queries: the publications with their episode, series, channel and latest snapshot; then their revenue summed
/// per currency. Runs without a request, so the owner is checked explicitly.
/// </summary>
internal sealed class PerformanceSignals(PublishingDbContext db) : IPerformanceSignals
{
    private const string DefaultCurrency = "USD";

    public async Task<IReadOnlyList<ContentPerformance>> ReadAsync(Guid ownerId, DateTime since, CancellationToken ct)
    {
        var rows = await db.Publications.IgnoreQueryFilters()
            .Where(p => p.OwnerId == ownerId && p.PublishedTime != null && p.PublishedTime >= since)
            .OrderBy(p => p.PublishedTime).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.EpisodeId, p.Platform, p.PublishedTime,
                p.Episode!.Title, p.Episode.Description, p.Episode.MetadataJson,
                SeriesName = p.Episode.Series!.Name, ChannelName = p.Episode.Series.Channel!.Name,
                Latest = p.Snapshots.OrderByDescending(s => s.Timestamp).ThenByDescending(s => s.Id)
                    .Select(s => new { s.Views, s.Likes, s.Comments, s.Shares, s.WatchTimeSeconds, s.Ctr, s.EngagementRate })
                    .FirstOrDefault(),
            })
            .AsNoTracking().ToListAsync(ct);
        if (rows.Count == 0) return [];
        var ids = rows.Select(r => r.Id).ToList();
        var revenue = (await db.RevenueRecords.IgnoreQueryFilters()
                .Where(r => r.OwnerId == ownerId && ids.Contains(r.PublicationId))
                .GroupBy(r => new { r.PublicationId, r.Currency })
                .Select(g => new { g.Key.PublicationId, g.Key.Currency, Amount = g.Sum(r => r.Amount), Latest = g.Max(r => r.PeriodEnd) })
                .ToListAsync(ct))
            .ToLookup(r => r.PublicationId);
        return rows.Select(r =>
        {
            var metadata = EpisodeMetadata.Parse(r.MetadataJson);
            // One currency per row: when a publication earned in several, the one of its latest period counts.
            var money = revenue[r.Id].OrderByDescending(m => m.Latest).FirstOrDefault();
            var latest = r.Latest;
            return new ContentPerformance(
                r.EpisodeId, r.Title, r.Description, r.SeriesName, r.ChannelName, r.Platform.ToLowerInvariant(),
                EpisodeMetadata.Text(metadata, "contentType"), EpisodeMetadata.Text(metadata, "aspectRatio"),
                EpisodeMetadata.Number(metadata, "durationSeconds"), EpisodeMetadata.Tags(metadata), r.PublishedTime,
                latest?.Views ?? 0, latest?.Likes ?? 0, latest?.Comments ?? 0, latest?.Shares ?? 0, latest?.WatchTimeSeconds ?? 0,
                latest?.Ctr, latest?.EngagementRate, money?.Amount ?? 0m, money?.Currency ?? DefaultCurrency);
        }).ToList();
    }
}
