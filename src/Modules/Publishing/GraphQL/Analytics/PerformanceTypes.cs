using GraphQL.Types;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Publishing.Analytics;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL.Analytics;

internal sealed class PerformanceTotalsType : ObjectGraphType<MetricTotals>
{
    public PerformanceTotalsType()
    {
        Name = "PerformanceTotals";
        Description = "Metrics gained over a range: per publication, the latest snapshot before the range's end minus the latest before its start (0 when none), summed.";
        Field<NonNullGraphType<LongScalarType>>("views").Resolve(c => c.Source.Views);
        Field<NonNullGraphType<LongScalarType>>("likes").Resolve(c => c.Source.Likes);
        Field<NonNullGraphType<LongScalarType>>("comments").Resolve(c => c.Source.Comments);
        Field<NonNullGraphType<LongScalarType>>("shares").Resolve(c => c.Source.Shares);
        Field<NonNullGraphType<FloatGraphType>>("watchTimeSeconds").Resolve(c => c.Source.WatchTimeSeconds);
        Field<FloatGraphType>("averageCtr").Description("Snapshots' CTR weighted by the views each added in the range; null without views.")
            .Resolve(c => c.Source.AverageCtr);
        Field<FloatGraphType>("averageEngagementRate").Description("Snapshots' engagement rate weighted by the views each added in the range; null without views.")
            .Resolve(c => c.Source.AverageEngagementRate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyType>>>>("estimatedRevenue").Description("Estimated revenue per currency.")
            .Resolve(c => c.Source.EstimatedRevenue);
    }
}

internal sealed class PerformancePointType : ObjectGraphType<MetricPoint>
{
    public PerformancePointType()
    {
        Name = "PerformancePoint";
        Description = "Metrics of one time bucket (the first and last buckets are clipped to the range).";
        Field<NonNullGraphType<DateTimeScalarType>>("timestamp").Description("Bucket start.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<LongScalarType>>("views").Resolve(c => c.Source.Totals.Views);
        Field<NonNullGraphType<LongScalarType>>("likes").Resolve(c => c.Source.Totals.Likes);
        Field<NonNullGraphType<LongScalarType>>("comments").Resolve(c => c.Source.Totals.Comments);
        Field<NonNullGraphType<LongScalarType>>("shares").Resolve(c => c.Source.Totals.Shares);
        Field<NonNullGraphType<FloatGraphType>>("watchTimeSeconds").Resolve(c => c.Source.Totals.WatchTimeSeconds);
        Field<FloatGraphType>("ctr").Description("View-weighted, as `PerformanceTotals.averageCtr`.").Resolve(c => c.Source.Totals.AverageCtr);
        Field<FloatGraphType>("engagementRate").Description("View-weighted.").Resolve(c => c.Source.Totals.AverageEngagementRate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyType>>>>("estimatedRevenue").Resolve(c => c.Source.Totals.EstimatedRevenue);
    }
}

internal sealed class EpisodeStatusCountsType : ObjectGraphType<EpisodeCounts>
{
    public EpisodeStatusCountsType()
    {
        Name = "EpisodeStatusCounts";
        Description = "Episode counts by status (current, not limited to the range).";
        Field(x => x.Draft);
        Field(x => x.Ready);
        Field(x => x.Publishing);
        Field(x => x.Published);
    }
}

internal sealed class PublicationStatusCountsType : ObjectGraphType<PublicationCounts>
{
    public PublicationStatusCountsType()
    {
        Name = "PublicationStatusCounts";
        Description = "Publication counts by status (current, not limited to the range).";
        Field(x => x.Scheduled);
        Field(x => x.Uploading);
        Field(x => x.Published);
        Field(x => x.Failed);
        Field(x => x.Cancelled);
    }
}

internal sealed class PlatformPerformanceType : ObjectGraphType<PlatformTotals>
{
    public PlatformPerformanceType()
    {
        Name = "PlatformPerformance";
        Description = "Totals per platform.";
        Field<NonNullGraphType<PlatformType>>("platform").Resolve(c => PlatformName(c.Source.Platform));
        Field(x => x.PublicationCount);
        Field<NonNullGraphType<PerformanceTotalsType>>("totals").Resolve(c => c.Source.Totals);
    }

    /// <summary>The <c>Platform</c> enum name of a publisher key ("rss_feed" → RSS_FEED).</summary>
    public static string PlatformName(string key) => key.ToUpperInvariant();
}

internal sealed class EpisodeRankingType : ObjectGraphType<Ranking>
{
    public EpisodeRankingType()
    {
        Name = "EpisodeRanking";
        Description = "An episode ranked by a metric's range total (ESTIMATED_REVENUE compares the scope's largest currency).";
        Field(x => x.Rank);
        Field<NonNullGraphType<EpisodeType>>("episode").ResolveAsync(async c => await c.Db().Episodes.AsNoTracking().FirstOrDefaultAsync(e => e.Id == c.Source.Id, c.CancellationToken));
        Field(x => x.Value);
        Field<NonNullGraphType<PerformanceTotalsType>>("totals").Resolve(c => c.Source.Totals);
    }
}

internal sealed class SeriesRankingType : ObjectGraphType<Ranking>
{
    public SeriesRankingType()
    {
        Name = "SeriesRanking";
        Description = "A series ranked by a metric's range total (ESTIMATED_REVENUE compares the scope's largest currency).";
        Field(x => x.Rank);
        Field<NonNullGraphType<SeriesType>>("series").ResolveAsync(async c => await c.Db().Series.AsNoTracking().FirstOrDefaultAsync(s => s.Id == c.Source.Id, c.CancellationToken));
        Field(x => x.Value);
        Field<NonNullGraphType<PerformanceTotalsType>>("totals").Resolve(c => c.Source.Totals);
    }
}
