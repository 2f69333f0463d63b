using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Publishing.Analytics;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL.Analytics;

internal sealed record EpisodePerformance(Episode Episode, AnalyticsRange Range, TimeBucket Interval)
{
    public AnalyticsScope Scope => AnalyticsScope.Episode(Episode.Id);
}

internal sealed class EpisodePerformanceType : ObjectGraphType<EpisodePerformance>
{
    public EpisodePerformanceType()
    {
        Name = "EpisodePerformance";
        Description = "Performance time series of an episode across its publications.";
        Field<NonNullGraphType<EpisodeType>>("episode").Resolve(c => c.Source.Episode);
        Field<NonNullGraphType<DateRangeType>>("range").Resolve(c => c.Source.Range);
        Field<NonNullGraphType<TimeIntervalType>>("interval").Resolve(c => c.Source.Interval.ToString().ToUpperInvariant());
        Field<NonNullGraphType<PerformanceTotalsType>>("totals").ResolveAsync(async c =>
            await c.Service<DashboardAnalytics>().TotalsAsync(c.Source.Scope, c.Source.Range, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PerformancePointType>>>>("timeline").ResolveAsync(async c =>
            await c.Service<DashboardAnalytics>().TimelineAsync(c.Source.Scope, c.Source.Range, c.Source.Interval, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublicationPerformanceType>>>>("byPublication")
            .Description("Every publication of the episode, also those without metrics in the range.")
            .ResolveAsync(async c => await c.Service<DashboardAnalytics>().ByPublicationAsync(c.Source.Scope, c.Source.Range, c.Source.Interval, c.CancellationToken));
    }
}

internal sealed class PublicationPerformanceType : ObjectGraphType<PublicationMetrics>
{
    public PublicationPerformanceType()
    {
        Name = "PublicationPerformance";
        Description = "Performance of one publication.";
        Field("publication", new NonNullGraphType(new GraphQLTypeReference("PublicationRecord"))).ResolveAsync(async c =>
            await c.Db().Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == c.Source.PublicationId, c.CancellationToken));
        Field<NonNullGraphType<PerformanceTotalsType>>("totals").Resolve(c => c.Source.Totals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PerformancePointType>>>>("timeline").Resolve(c => c.Source.Timeline);
    }
}
