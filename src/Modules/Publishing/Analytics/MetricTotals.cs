using MediaCreator.Modules.Core.Costs;

namespace MediaCreator.Modules.Publishing.Analytics;

/// <summary>
/// Metrics gained over a range or bucket. Counters are differences of lifetime snapshots; <see cref="AverageCtr"/> and
/// <see cref="AverageEngagementRate"/> average each snapshot's rate weighted by the views gained up to it (null without
/// views); estimated revenue is per currency, never summed across currencies.
/// </summary>
public sealed record MetricTotals(
    long Views, long Likes, long Comments, long Shares, double WatchTimeSeconds,
    double? AverageCtr, double? AverageEngagementRate, IReadOnlyList<Money> EstimatedRevenue)
{
    public static readonly MetricTotals Empty = new(0, 0, 0, 0, 0, null, null, []);
}

/// <summary>Metrics of one bucket starting at <see cref="Start"/>.</summary>
public sealed record MetricPoint(DateTime Start, MetricTotals Totals);

public enum RankingMetric
{
    Views, Likes, Comments, Shares, WatchTime, Ctr, EngagementRate, EstimatedRevenue,
}

public sealed record PlatformTotals(string Platform, int PublicationCount, MetricTotals Totals);

/// <summary>An episode or series (<see cref="Id"/>) ranked by a metric's range total.</summary>
public sealed record Ranking(int Rank, Guid Id, double Value, MetricTotals Totals);

public sealed record PublicationMetrics(Guid PublicationId, MetricTotals Totals, IReadOnlyList<MetricPoint> Timeline);

public sealed record EpisodeCounts(int Draft, int Ready, int Publishing, int Published);

public sealed record PublicationCounts(int Scheduled, int Uploading, int Published, int Failed, int Cancelled);

/// <summary>
/// Publications posted at <see cref="DayOfWeek"/> <see cref="Hour"/> (UTC) and their average views in the first 7 days;
/// <see cref="RelativeToAverage"/> is that average over the average of all slots' publications (1.2 = 20% better).
/// </summary>
public sealed record PostingTimeSlot(DayOfWeek DayOfWeek, int Hour, int Publications, double AverageViews, double? RelativeToAverage);
