using MediaCreator.Modules.Core.Costs;

namespace MediaCreator.Modules.Publishing.Analytics;

/// <summary>Revenue, cost, profit and ROI (profit / cost, null when cost is 0) in one currency.</summary>
public sealed record CurrencyFigures(string Currency, decimal Revenue, decimal Cost)
{
    public decimal Profit => Revenue - Cost;

    public double? Roi => Cost == 0 ? null : (double)(Profit / Cost);
}

public sealed record SourceRevenue(string Source, Money Amount);

public sealed record FinancePeriod(DateOnly PeriodStart, DateOnly PeriodEnd, IReadOnlyList<CurrencyFigures> ByCurrency);

/// <summary>
/// Finance of a scope and range: per currency as recorded, and, when a target currency was asked for, everything
/// converted into it (<see cref="Converted"/> is null when a currency in <see cref="ConversionMissing"/> has no rate).
/// </summary>
public sealed record FinanceSummary(
    IReadOnlyList<CurrencyFigures> ByCurrency, IReadOnlyList<SourceRevenue> RevenueBySource,
    CurrencyFigures? Converted, IReadOnlyList<string> ConversionMissing);

/// <summary>One amount of revenue (<see cref="IsCost"/> false) or cost on the date it counts for.</summary>
internal sealed record MoneyItem(bool IsCost, string? Source, decimal Amount, string Currency, DateTime At);
