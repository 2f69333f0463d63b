using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Analytics;

/// <summary>
/// Revenue vs. cost of a scope. Revenue: the scope's RevenueRecords whose <c>periodStart</c> (00:00 UTC) lies in the
/// range, each counted whole in the range and bucket of its start. Cost: Core CostRecords created in the range of the
/// projects behind the scope's episodes (each project once). Currencies are never mixed unless converted explicitly.
/// </summary>
public sealed class FinanceAnalytics(PublishingDbContext db, CoreDbContext core)
{
    public async Task<FinanceSummary> SummaryAsync(AnalyticsScope scope, AnalyticsRange range, string? currency, CancellationToken ct)
    {
        var items = await ItemsAsync(scope, range, ct);
        var bySource = items.Where(i => !i.IsCost).GroupBy(i => (i.Source!, i.Currency))
            .OrderBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
            .Select(g => new SourceRevenue(g.Key.Item1, new Money(Round(g.Sum(i => i.Amount)), g.Key.Currency))).ToList();
        if (currency is null) return new FinanceSummary(ByCurrency(items), bySource, null, []);
        var book = new ExchangeRateBook(await db.ExchangeRates.AsNoTracking()
            .Where(r => r.BaseCurrency == currency || r.QuoteCurrency == currency).ToListAsync(ct));
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var converted = items.Select(i =>
        {
            var amount = book.Convert(i.Amount, i.Currency, currency, DateOnly.FromDateTime(i.At));
            if (amount is null) missing.Add(i.Currency);
            return i with { Amount = amount ?? 0, Currency = currency };
        }).ToList();
        return new FinanceSummary(ByCurrency(items), bySource,
            missing.Count > 0 ? null : ByCurrency(converted).SingleOrDefault() ?? new CurrencyFigures(currency, 0, 0), missing.ToList());
    }

    public async Task<IReadOnlyList<FinancePeriod>> TimelineAsync(AnalyticsScope scope, AnalyticsRange range, TimeBucket bucket, CancellationToken ct)
    {
        var items = await ItemsAsync(scope, range, ct);
        var from = range.Preset == RangePreset.AllTime ? (items.Count > 0 ? items.Min(i => i.At) : range.To) : range.From;
        var byBucket = items.ToLookup(i => TimeBuckets.Start(i.At, bucket));
        return TimeBuckets.Starts(from, range.To, bucket).Select(start => new FinancePeriod(
            DateOnly.FromDateTime(start), DateOnly.FromDateTime(TimeBuckets.Next(start, bucket).AddTicks(-1)), ByCurrency(byBucket[start]))).ToList();
    }

    private static List<CurrencyFigures> ByCurrency(IEnumerable<MoneyItem> items) => items.GroupBy(i => i.Currency)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new CurrencyFigures(g.Key, Round(g.Where(i => !i.IsCost).Sum(i => i.Amount)), Round(g.Where(i => i.IsCost).Sum(i => i.Amount))))
        .ToList();

    private static decimal Round(decimal amount) => Math.Round(amount, 6);

    private readonly Dictionary<(AnalyticsScope, DateTime, DateTime), List<MoneyItem>> _items = [];

    private async Task<List<MoneyItem>> ItemsAsync(AnalyticsScope scope, AnalyticsRange range, CancellationToken ct)
    {
        if (_items.TryGetValue((scope, range.From, range.To), out var cached)) return cached;
        var (firstDay, endDay) = (CeilingDay(range.From), CeilingDay(range.To));
        var revenue = await scope.Revenue(db).AsNoTracking().Where(r => r.PeriodStart >= firstDay && r.PeriodStart < endDay)
            .Select(r => new { r.Source, r.Amount, r.Currency, r.PeriodStart }).ToListAsync(ct);
        var projects = await scope.Episodes(db).Select(e => e.ProjectId).Distinct().ToListAsync(ct);
        var (from, to) = (range.From, range.To);
        var costs = projects.Count == 0 ? [] : await core.CostRecords.AsNoTracking()
            .Where(c => projects.Contains(c.ProjectId) && c.CreatedAt >= from && c.CreatedAt < to)
            .Select(c => new { c.TotalCost, c.Currency, c.CreatedAt }).ToListAsync(ct);
        var items = revenue.Select(r => new MoneyItem(false, r.Source, r.Amount, r.Currency, r.PeriodStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)))
            .Concat(costs.Select(c => new MoneyItem(true, null, c.TotalCost, c.Currency, DateTime.SpecifyKind(c.CreatedAt, DateTimeKind.Utc))))
            .ToList();
        _items[(scope, range.From, range.To)] = items;
        return items;
    }

    /// <summary>The first date whose midnight is at or after <paramref name="instant"/>.</summary>
    private static DateOnly CeilingDay(DateTime instant) =>
        DateOnly.FromDateTime(instant.TimeOfDay == TimeSpan.Zero ? instant : instant.Date.AddDays(1));
}
