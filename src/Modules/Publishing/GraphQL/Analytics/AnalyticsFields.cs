using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Publishing.Analytics;
using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Modules.Publishing.GraphQL.Analytics;

/// <summary>The analytics fields of ContentChannel, Series and Episode.</summary>
internal static class AnalyticsFields
{
    public static void AddAnalytics(this ObjectGraphType<ContentChannel> channel)
    {
        channel.Field<NonNullGraphType<DashboardOverviewType>>("overview").Description("Dashboard overview of this channel.")
            .RangeArgument()
            .Resolve(c => DashboardOverview.For(c, AnalyticsScope.Channel(c.Source.Id), AnalyticsArguments.Range(c), c.Source));
        channel.Field<NonNullGraphType<FinanceReportType>>("finance")
            .Description("Revenue, cost, profit, ROI by currency (REST `GET /dashboard/channels/{id}/finance`).")
            .RangeArgument().CurrencyArgument()
            .Resolve(c => new FinanceReport(AnalyticsScope.Channel(c.Source.Id), AnalyticsArguments.Range(c), AnalyticsArguments.Currency(c)));
    }

    public static void AddAnalytics(this ObjectGraphType<Series> series) =>
        series.Field<NonNullGraphType<FinanceReportType>>("finance")
            .Description("Revenue, cost, profit, ROI by currency (REST `GET /dashboard/series/{id}/finance`).")
            .RangeArgument().CurrencyArgument()
            .Resolve(c => new FinanceReport(AnalyticsScope.Series(c.Source.Id), AnalyticsArguments.Range(c), AnalyticsArguments.Currency(c)));

    public static void AddAnalytics(this ObjectGraphType<Episode> episode)
    {
        episode.Field<NonNullGraphType<EpisodePerformanceType>>("performance")
            .Description("Performance time series (REST `GET /dashboard/episodes/{id}/performance`).")
            .RangeArgument().IntervalArgument("DAY")
            .Resolve(c => new EpisodePerformance(c.Source, AnalyticsArguments.Range(c), AnalyticsArguments.Interval(c)));
        episode.Field<NonNullGraphType<FinanceReportType>>("finance")
            .Description("Revenue vs. production cost of this episode (the whole cost of its project).")
            .RangeArgument().CurrencyArgument()
            .Resolve(c => new FinanceReport(AnalyticsScope.Episode(c.Source.Id), AnalyticsArguments.Range(c), AnalyticsArguments.Currency(c)));
    }
}
