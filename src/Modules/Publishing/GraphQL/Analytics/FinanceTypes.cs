using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Publishing.Analytics;

namespace MediaCreator.Modules.Publishing.GraphQL.Analytics;

internal sealed record FinanceReport(AnalyticsScope Scope, AnalyticsRange Range, string? Currency);

internal sealed class FinanceReportType : ObjectGraphType<FinanceReport>
{
    public FinanceReportType()
    {
        Name = "FinanceReport";
        Description = "Revenue, cost, profit and ROI. Amounts are grouped by currency and never converted implicitly. Revenue: the "
            + "RevenueRecords whose `periodStart` (00:00 UTC) lies in the range, each counted whole. Cost: CostRecords created in the "
            + "range of the projects behind the episodes (each project once).";
        Field<NonNullGraphType<DateRangeType>>("range").Resolve(c => c.Source.Range);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CurrencyFinanceType>>>>("byCurrency")
            .ResolveAsync(async c => (await Summary(c)).ByCurrency);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RevenueBySourceType>>>>("revenueBySource")
            .Description("Revenue per source and currency.")
            .ResolveAsync(async c => (await Summary(c)).RevenueBySource);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FinancePointType>>>>("timeline")
            .IntervalArgument("MONTH")
            .ResolveAsync(async c => await c.Service<FinanceAnalytics>().TimelineAsync(c.Source.Scope, c.Source.Range, AnalyticsArguments.Interval(c), c.CancellationToken));
        Field<CurrencyFinanceType>("converted")
            .Description("Everything converted into the `currency` argument with the rate in effect on each record's date (revenue: "
                + "periodStart, cost: createdAt); null without the argument or when a currency has no rate (see `conversionMissing`).")
            .ResolveAsync(async c => (await Summary(c)).Converted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("conversionMissing")
            .Description("Currencies that could not be converted into `currency` for lack of a stored exchange rate.")
            .ResolveAsync(async c => (await Summary(c)).ConversionMissing);
    }

    private static Task<FinanceSummary> Summary(IResolveFieldContext<FinanceReport> c) =>
        c.Service<FinanceAnalytics>().SummaryAsync(c.Source.Scope, c.Source.Range, c.Source.Currency, c.CancellationToken);
}

internal sealed class CurrencyFinanceType : ObjectGraphType<CurrencyFigures>
{
    public CurrencyFinanceType()
    {
        Name = "CurrencyFinance";
        Description = "Finance figures in one currency.";
        Field(x => x.Currency);
        Field<NonNullGraphType<DecimalGraphType>>("revenue").Description("Sum of RevenueRecords.").Resolve(c => c.Source.Revenue);
        Field<NonNullGraphType<DecimalGraphType>>("cost").Description("Sum of CostRecords of the projects behind the episodes.").Resolve(c => c.Source.Cost);
        Field<NonNullGraphType<DecimalGraphType>>("profit").Description("revenue - cost.").Resolve(c => c.Source.Profit);
        Field<FloatGraphType>("roi").Description("profit / cost; null when cost is 0.").Resolve(c => c.Source.Roi);
    }
}

internal sealed class RevenueBySourceType : ObjectGraphType<SourceRevenue>
{
    public RevenueBySourceType()
    {
        Name = "RevenueBySource";
        Description = "Revenue of one source.";
        Field("source", new NonNullGraphType(new GraphQLTypeReference("RevenueSource"))).Resolve(c => c.Source.Source.ToUpperInvariant());
        Field<NonNullGraphType<MoneyType>>("amount").Resolve(c => c.Source.Amount);
    }
}

internal sealed class FinancePointType : ObjectGraphType<FinancePeriod>
{
    public FinancePointType()
    {
        Name = "FinancePoint";
        Description = "Finance of one period bucket.";
        Field<NonNullGraphType<DateScalarType>>("periodStart").Resolve(c => c.Source.PeriodStart);
        Field<NonNullGraphType<DateScalarType>>("periodEnd").Description("Last day of the period (inclusive).").Resolve(c => c.Source.PeriodEnd);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CurrencyFinanceType>>>>("byCurrency").Resolve(c => c.Source.ByCurrency);
    }
}
