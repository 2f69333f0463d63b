using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Publishing.Analytics;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL.Analytics;

internal sealed class AnalyticsQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<DashboardOverviewType>>("dashboardOverview")
            .Description("Business dashboard for one channel, or all channels when `channelId` is null (REST `GET /dashboard/overview`).")
            .Argument<IdGraphType>("channelId")
            .RangeArgument()
            .ResolveAsync(async c =>
            {
                c.Owner().RequireOwner();
                var range = AnalyticsArguments.Range(c);
                if (AnalyticsArguments.OptionalId(c, "channelId", "ContentChannel") is not { } id)
                    return DashboardOverview.For(c, AnalyticsScope.AllChannels, range, null);
                var channel = await c.Db().Channels.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, c.CancellationToken)
                    ?? throw new EntityNotFoundError("ContentChannel", c.GetArgument<string>("channelId"));
                return DashboardOverview.For(c, AnalyticsScope.Channel(id), range, channel);
            });
        root.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PostingTimeSlotType>>>>("bestPostingTimes")
            .Description("Weekday and hour (UTC) slots of past publications, best average 7-day views first; publications younger than 7 days "
                + "or without a snapshot in their first 7 days are left out.")
            .Argument<IdGraphType>("channelId")
            .Argument<PlatformType>("platform")
            .Argument<DateRangeInputType>("range", "Publishing times considered (default LAST_365D).")
            .ResolveAsync(async c =>
            {
                c.Owner().RequireOwner();
                var range = c.GetArgument<Dictionary<string, object?>?>("range") is null
                    ? AnalyticsRange.For(RangePreset.Last365D, DateTime.UtcNow)
                    : AnalyticsArguments.Range(c);
                var scope = AnalyticsScope.AllChannels;
                if (AnalyticsArguments.OptionalId(c, "channelId", "ContentChannel") is { } id)
                {
                    if (!await c.Db().Channels.AnyAsync(x => x.Id == id, c.CancellationToken))
                        throw new EntityNotFoundError("ContentChannel", c.GetArgument<string>("channelId"));
                    scope = AnalyticsScope.Channel(id);
                }
                var platform = c.GetArgument<string?>("platform")?.ToLowerInvariant();
                return await c.Service<DashboardAnalytics>().BestPostingTimesAsync(scope, platform, range, DateTime.UtcNow, c.CancellationToken);
            });
        root.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExchangeRateType>>>>("exchangeRates")
            .Description("The caller's stored exchange rates, newest effective date first, optionally those involving one currency.")
            .Argument<StringGraphType>("currency")
            .ResolveAsync(async c =>
            {
                c.Owner().RequireOwner();
                var rates = c.Db().ExchangeRates.AsNoTracking();
                if (AnalyticsArguments.Currency(c) is { } currency)
                    rates = rates.Where(r => r.BaseCurrency == currency || r.QuoteCurrency == currency);
                return await rates.OrderByDescending(r => r.EffectiveDate).ThenBy(r => r.BaseCurrency).ThenBy(r => r.QuoteCurrency).ToListAsync(c.CancellationToken);
            });
    }
}
