using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Publishing.Analytics;
using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Modules.Publishing.GraphQL.Analytics;

/// <summary>An overview of one channel (or all when <see cref="Channel"/> is null) over a range.</summary>
internal sealed record DashboardOverview(AnalyticsScope Scope, AnalyticsRange Range, ContentChannel? Channel)
{
    /// <summary>
    /// The overview of <paramref name="scope"/>, with what its selection will ask of the snapshots announced to
    /// <see cref="DashboardAnalytics"/> (so totals, rankings and timelines come from one scan).
    /// </summary>
    public static DashboardOverview For(IResolveFieldContext c, AnalyticsScope scope, AnalyticsRange range, ContentChannel? channel)
    {
        c.Service<DashboardAnalytics>().Expect(scope, range, AnalyticsArguments.Selects(c, "totals", "byPlatform", "topEpisodes", "topSeries"),
            AnalyticsArguments.SelectedIntervals(c, "timeline"));
        return new DashboardOverview(scope, range, channel);
    }
}

internal sealed class DashboardOverviewType : ObjectGraphType<DashboardOverview>
{
    public DashboardOverviewType()
    {
        Name = "DashboardOverview";
        Description = "Business dashboard (REST `GET /dashboard/overview`).";
        Field<ContentChannelType>("channel").Description("Null when aggregated over all channels.").Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<DateRangeType>>("range").Resolve(c => c.Source.Range);
        Field<NonNullGraphType<PerformanceTotalsType>>("totals").ResolveAsync(async c =>
            await Analytics(c).TotalsAsync(c.Source.Scope, c.Source.Range, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PerformancePointType>>>>("timeline")
            .IntervalArgument("DAY")
            .ResolveAsync(async c => await Analytics(c).TimelineAsync(c.Source.Scope, c.Source.Range, AnalyticsArguments.Interval(c), c.CancellationToken));
        Field<NonNullGraphType<FinanceReportType>>("finance").CurrencyArgument()
            .Resolve(c => new FinanceReport(c.Source.Scope, c.Source.Range, AnalyticsArguments.Currency(c)));
        Field<NonNullGraphType<EpisodeStatusCountsType>>("episodeCounts").ResolveAsync(async c =>
            await Analytics(c).EpisodeCountsAsync(c.Source.Scope, c.CancellationToken));
        Field<NonNullGraphType<PublicationStatusCountsType>>("publicationCounts").ResolveAsync(async c =>
            await Analytics(c).PublicationCountsAsync(c.Source.Scope, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlatformPerformanceType>>>>("byPlatform")
            .Description("Platforms the scope has publications on that the `Platform` enum names.")
            .ResolveAsync(async c =>
            {
                var known = c.Schema.AllTypes["Platform"] as EnumerationGraphType;
                return (await Analytics(c).ByPlatformAsync(c.Source.Scope, c.Source.Range, c.CancellationToken))
                    .Where(p => known?.Values.FindByName(PlatformPerformanceType.PlatformName(p.Platform)) is not null).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EpisodeRankingType>>>>("topEpisodes")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = 5)
            .Argument<NonNullGraphType<PerformanceMetricType>>("metric", a => a.DefaultValue = "VIEWS")
            .ResolveAsync(async c => await Analytics(c).TopEpisodesAsync(c.Source.Scope, c.Source.Range, AnalyticsArguments.Metric(c), First(c), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeriesRankingType>>>>("topSeries")
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = 5)
            .Argument<NonNullGraphType<PerformanceMetricType>>("metric", a => a.DefaultValue = "VIEWS")
            .ResolveAsync(async c => await Analytics(c).TopSeriesAsync(c.Source.Scope, c.Source.Range, AnalyticsArguments.Metric(c), First(c), c.CancellationToken));
        Advisor.AdvisorQueries.AddOverviewField(this, o => o.Channel?.Id);
    }

    private static DashboardAnalytics Analytics(IResolveFieldContext c) => c.Service<DashboardAnalytics>();

    private static int First(IResolveFieldContext c) => c.GetArgument<int>("first") is var first and >= 0 and <= 100
        ? first
        : throw new ExecutionError("'first' must be between 0 and 100.") { Code = "INVALID_PAGING_ARGUMENT" };
}
