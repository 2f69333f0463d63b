using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Analytics;

/// <summary>
/// Performance figures of the caller's content (owner-scoped by the DbContext). Scoped: the summed snapshot gains of a
/// (scope, range, bucket) are loaded once per request and shared by totals, timeline, platforms and rankings.
/// </summary>
public sealed partial class DashboardAnalytics(PublishingDbContext db, OwnerContext owner)
{
    private readonly Dictionary<(AnalyticsScope, DateTime, DateTime, DeltaSet), IReadOnlyList<SnapshotDelta>> _deltas = [];
    private readonly Dictionary<(AnalyticsScope, DateTime, DateTime), HashSet<DeltaSet>> _expected = [];
    private readonly Dictionary<AnalyticsScope, IReadOnlyList<PublicationInfo>> _publications = [];

    private sealed record PublicationInfo(Guid Id, Guid EpisodeId, string Platform, PublicationStatus Status);

    /// <summary>
    /// Gains per publication and bucket (per publication over the whole range when <paramref name="bucket"/> is null);
    /// with <paramref name="perPublication"/> false, per bucket for the whole scope (publication and episode ids empty).
    /// </summary>
    public async Task<IReadOnlyList<SnapshotDelta>> DeltasAsync(AnalyticsScope scope, AnalyticsRange range, CancellationToken ct, TimeBucket? bucket = null,
        bool perPublication = true)
    {
        var set = new DeltaSet(bucket, perPublication);
        if (_deltas.TryGetValue((scope, range.From, range.To, set), out var deltas)) return deltas;
        // Whatever else this request said it will ask of the same scope and range comes from the same scan.
        var sets = new HashSet<DeltaSet> { set };
        if (_expected.Remove((scope, range.From, range.To), out var expected))
            sets.UnionWith(expected.Where(x => !_deltas.ContainsKey((scope, range.From, range.To, x))));
        foreach (var (loaded, list) in await SnapshotDeltas.LoadAsync(db, owner.OwnerId ?? Guid.Empty, scope, range, sets, ct))
            _deltas[(scope, range.From, range.To, loaded)] = list;
        return _deltas[(scope, range.From, range.To, set)];
    }

    /// <summary>
    /// Says which figures a request will ask of a scope and range: range totals per publication
    /// (<paramref name="rangeTotals"/>: totals, platforms, rankings) and scope timelines of <paramref name="timelineBuckets"/>,
    /// so the first of them loads them all from one scan of the snapshots.
    /// </summary>
    public void Expect(AnalyticsScope scope, AnalyticsRange range, bool rangeTotals, IEnumerable<TimeBucket> timelineBuckets)
    {
        if (!_expected.TryGetValue((scope, range.From, range.To), out var sets)) _expected[(scope, range.From, range.To)] = sets = [];
        if (rangeTotals) sets.Add(new DeltaSet(null, true));
        foreach (var bucket in timelineBuckets) sets.Add(new DeltaSet(bucket, false));
    }

    public async Task<MetricTotals> TotalsAsync(AnalyticsScope scope, AnalyticsRange range, CancellationToken ct) =>
        MetricAccumulator.Sum(await DeltasAsync(scope, range, ct));

    public async Task<IReadOnlyList<MetricPoint>> TimelineAsync(AnalyticsScope scope, AnalyticsRange range, TimeBucket bucket, CancellationToken ct)
    {
        var deltas = await DeltasAsync(scope, range, ct, bucket, perPublication: false);
        return MetricAccumulator.Timeline(deltas, range, bucket, deltas.Count > 0 ? deltas.Min(d => d.Timestamp) : null);
    }

    /// <summary>Every platform the scope has publications on, with their count and the range's metrics.</summary>
    public async Task<IReadOnlyList<PlatformTotals>> ByPlatformAsync(AnalyticsScope scope, AnalyticsRange range, CancellationToken ct)
    {
        var publications = await PublicationsAsync(scope, ct);
        var platformOf = publications.ToDictionary(p => p.Id, p => p.Platform);
        var deltas = (await DeltasAsync(scope, range, ct)).ToLookup(d => platformOf.GetValueOrDefault(d.PublicationId));
        return publications.GroupBy(p => p.Platform).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PlatformTotals(g.Key, g.Count(), MetricAccumulator.Sum(deltas[g.Key]))).ToList();
    }

    /// <summary>Per publication of the scope (all of them, also those without metrics), totals and timeline.</summary>
    public async Task<IReadOnlyList<PublicationMetrics>> ByPublicationAsync(AnalyticsScope scope, AnalyticsRange range, TimeBucket bucket, CancellationToken ct)
    {
        var publications = await PublicationsAsync(scope, ct);
        var deltas = (await DeltasAsync(scope, range, ct, bucket)).ToLookup(d => d.PublicationId);
        var firstData = deltas.SelectMany(g => g).Select(d => (DateTime?)d.Timestamp).Min();
        return publications.Select(p => new PublicationMetrics(p.Id, MetricAccumulator.Sum(deltas[p.Id]),
            MetricAccumulator.Timeline(deltas[p.Id], range, bucket, firstData))).ToList();
    }

    /// <summary>Episodes with metrics in the range, best first by the metric's range total (ties by id).</summary>
    public async Task<IReadOnlyList<Ranking>> TopEpisodesAsync(AnalyticsScope scope, AnalyticsRange range, RankingMetric metric, int first, CancellationToken ct) =>
        Rank((await DeltasAsync(scope, range, ct)).GroupBy(d => d.EpisodeId), metric, first);

    /// <summary>Series with metrics in the range, best first by the metric's range total (ties by id).</summary>
    public async Task<IReadOnlyList<Ranking>> TopSeriesAsync(AnalyticsScope scope, AnalyticsRange range, RankingMetric metric, int first, CancellationToken ct)
    {
        var deltas = await DeltasAsync(scope, range, ct);
        var episodeIds = deltas.Select(d => d.EpisodeId).Distinct().ToList();
        var seriesOf = await db.Episodes.AsNoTracking().Where(e => episodeIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.SeriesId, ct);
        return Rank(deltas.Where(d => seriesOf.ContainsKey(d.EpisodeId)).GroupBy(d => seriesOf[d.EpisodeId]), metric, first);
    }

    public async Task<EpisodeCounts> EpisodeCountsAsync(AnalyticsScope scope, CancellationToken ct)
    {
        var counts = await scope.Episodes(db).GroupBy(e => e.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return new EpisodeCounts(counts.GetValueOrDefault(EpisodeStatus.Draft), counts.GetValueOrDefault(EpisodeStatus.Ready),
            counts.GetValueOrDefault(EpisodeStatus.Publishing), counts.GetValueOrDefault(EpisodeStatus.Published));
    }

    public async Task<PublicationCounts> PublicationCountsAsync(AnalyticsScope scope, CancellationToken ct)
    {
        var counts = (await PublicationsAsync(scope, ct)).GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count());
        return new PublicationCounts(counts.GetValueOrDefault(PublicationStatus.Scheduled), counts.GetValueOrDefault(PublicationStatus.Uploading),
            counts.GetValueOrDefault(PublicationStatus.Published), counts.GetValueOrDefault(PublicationStatus.Failed), counts.GetValueOrDefault(PublicationStatus.Cancelled));
    }

    private async Task<IReadOnlyList<PublicationInfo>> PublicationsAsync(AnalyticsScope scope, CancellationToken ct)
    {
        if (!_publications.TryGetValue(scope, out var list))
            _publications[scope] = list = await scope.Publications(db).AsNoTracking().OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
                .Select(p => new PublicationInfo(p.Id, p.EpisodeId, p.Platform, p.Status)).ToListAsync(ct);
        return list;
    }

    private static List<Ranking> Rank(IEnumerable<IGrouping<Guid, SnapshotDelta>> groups, RankingMetric metric, int first)
    {
        var totals = groups.Select(g => (Id: g.Key, Totals: MetricAccumulator.Sum(g))).ToList();
        var currency = PrimaryCurrency(totals.Select(t => t.Totals));
        return totals.Select(t => (t.Id, t.Totals, Value: Value(t.Totals, metric, currency)))
            .OrderByDescending(t => t.Value).ThenBy(t => t.Id).Take(Math.Max(first, 0))
            .Select((t, i) => new Ranking(i + 1, t.Id, t.Value, t.Totals)).ToList();
    }

    /// <summary>Revenue rankings compare one currency: the one with the largest total in the scope.</summary>
    private static string? PrimaryCurrency(IEnumerable<MetricTotals> totals) => totals.SelectMany(t => t.EstimatedRevenue)
        .GroupBy(m => m.Currency).OrderByDescending(g => g.Sum(m => m.Amount)).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key).FirstOrDefault();

    public static double Value(MetricTotals t, RankingMetric metric, string? revenueCurrency = null) => metric switch
    {
        RankingMetric.Views => t.Views,
        RankingMetric.Likes => t.Likes,
        RankingMetric.Comments => t.Comments,
        RankingMetric.Shares => t.Shares,
        RankingMetric.WatchTime => t.WatchTimeSeconds,
        RankingMetric.Ctr => t.AverageCtr ?? 0,
        RankingMetric.EngagementRate => t.AverageEngagementRate ?? 0,
        _ => (double)t.EstimatedRevenue.Where(m => m.Currency == revenueCurrency).Sum(m => m.Amount),
    };
}
