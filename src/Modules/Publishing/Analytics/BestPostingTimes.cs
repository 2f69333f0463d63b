using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Analytics;

public sealed partial class DashboardAnalytics
{
    /// <summary>Days after publishing whose views measure a posting time.</summary>
    public const int PostingWindowDays = 7;

    /// <summary>
    /// Published publications of the scope (optionally one platform, lower-case key) whose publishing time lies in the
    /// range, grouped by UTC day of week and hour. A publication counts once its first 7 days are over and it has a
    /// snapshot within them; its views are the latest snapshot's at or before publishing + 7 days. Best slot first.
    /// </summary>
    public async Task<IReadOnlyList<PostingTimeSlot>> BestPostingTimesAsync(AnalyticsScope scope, string? platform, AnalyticsRange range, DateTime now, CancellationToken ct)
    {
        var (from, to, matured) = (range.From, range.To, now.AddDays(-PostingWindowDays));
        var publications = scope.Publications(db).AsNoTracking()
            .Where(p => p.Status == PublicationStatus.Published && p.PublishedTime >= from && p.PublishedTime < to && p.PublishedTime <= matured);
        if (platform is not null) publications = publications.Where(p => p.Platform == platform);
        var rows = await publications.Select(p => new
        {
            Published = p.PublishedTime!.Value,
            Views = db.Snapshots.Where(s => s.PublicationId == p.Id && s.Timestamp <= p.PublishedTime!.Value.AddDays(PostingWindowDays))
                .OrderByDescending(s => s.Timestamp).ThenByDescending(s => s.Id).Select(s => (long?)s.Views).FirstOrDefault(),
        }).ToListAsync(ct);
        var measured = rows.Where(r => r.Views is not null).Select(r => (At: DateTime.SpecifyKind(r.Published, DateTimeKind.Utc), Views: r.Views!.Value)).ToList();
        if (measured.Count == 0) return [];
        var average = measured.Average(r => (double)r.Views);
        return measured.GroupBy(r => (r.At.DayOfWeek, r.At.Hour))
            .Select(g => new PostingTimeSlot(g.Key.DayOfWeek, g.Key.Hour, g.Count(), g.Average(r => (double)r.Views),
                average > 0 ? g.Average(r => (double)r.Views) / average : null))
            .OrderByDescending(s => s.AverageViews).ThenByDescending(s => s.Publications)
            .ThenBy(s => ((int)s.DayOfWeek + 6) % 7).ThenBy(s => s.Hour).ToList();
    }
}
