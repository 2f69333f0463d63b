using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Modules.Publishing.Analytics;

/// <summary>
/// Converts with stored rates only: the rate in effect on a date is the one with the latest effective date on or before
/// it, direct (base → quote: multiply) or inverse (quote → base: divide); on the same date the direct rate wins.
/// </summary>
public sealed class ExchangeRateBook(IEnumerable<ExchangeRate> rates)
{
    private readonly List<ExchangeRate> _rates = rates.Where(r => r.Rate > 0).OrderByDescending(r => r.EffectiveDate).ToList();

    /// <summary>The amount in <paramref name="to"/>, or null when no rate between the two currencies applies on <paramref name="date"/>.</summary>
    public decimal? Convert(decimal amount, string from, string to, DateOnly date)
    {
        if (string.Equals(from, to, StringComparison.Ordinal)) return amount;
        var direct = _rates.FirstOrDefault(r => r.BaseCurrency == from && r.QuoteCurrency == to && r.EffectiveDate <= date);
        var inverse = _rates.FirstOrDefault(r => r.BaseCurrency == to && r.QuoteCurrency == from && r.EffectiveDate <= date);
        if (direct is not null && (inverse is null || direct.EffectiveDate >= inverse.EffectiveDate)) return amount * direct.Rate;
        return inverse is null ? null : amount / inverse.Rate;
    }
}
