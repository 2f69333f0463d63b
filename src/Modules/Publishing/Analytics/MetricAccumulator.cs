using MediaCreator.Modules.Core.Costs;

namespace MediaCreator.Modules.Publishing.Analytics;

/// <summary>Sums snapshot deltas into <see cref="MetricTotals"/>.</summary>
internal sealed class MetricAccumulator
{
    private long _views, _likes, _comments, _shares;
    private double _watch, _ctrWeighted, _ctrWeight, _engagementWeighted, _engagementWeight;
    private readonly SortedDictionary<string, decimal> _revenue = new(StringComparer.Ordinal);

    public void Add(SnapshotDelta d)
    {
        _views += d.Views;
        _likes += d.Likes;
        _comments += d.Comments;
        _shares += d.Shares;
        _watch += d.WatchTimeSeconds;
        _ctrWeighted += d.CtrWeighted;
        _ctrWeight += d.CtrWeight;
        _engagementWeighted += d.EngagementWeighted;
        _engagementWeight += d.EngagementWeight;
        if (d.Revenue is { } revenue && d.Currency is { } currency)
            _revenue[currency] = _revenue.GetValueOrDefault(currency) + revenue;
    }

    public MetricTotals ToTotals() => new(_views, _likes, _comments, _shares, _watch,
        _ctrWeight > 0 ? _ctrWeighted / _ctrWeight : null,
        _engagementWeight > 0 ? _engagementWeighted / _engagementWeight : null,
        _revenue.Select(r => new Money(Math.Round(r.Value, 6), r.Key)).ToList());

    public static MetricTotals Sum(IEnumerable<SnapshotDelta> deltas)
    {
        var sum = new MetricAccumulator();
        foreach (var d in deltas) sum.Add(d);
        return sum.ToTotals();
    }

    public static IReadOnlyList<MetricPoint> Timeline(IEnumerable<SnapshotDelta> deltas, AnalyticsRange range, TimeBucket bucket, DateTime? firstData)
    {
        // ALL_TIME starts at the first data, not at the epoch.
        var from = range.Preset == RangePreset.AllTime ? firstData ?? range.To : range.From;
        var starts = TimeBuckets.Starts(from, range.To, bucket);
        var sums = starts.ToDictionary(s => s, _ => new MetricAccumulator());
        foreach (var d in deltas)
            if (sums.TryGetValue(TimeBuckets.Start(d.Timestamp, bucket), out var sum)) sum.Add(d);
        return starts.Select(s => new MetricPoint(s, sums[s].ToTotals())).ToList();
    }
}
