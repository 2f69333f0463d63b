using System.Text.RegularExpressions;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Analytics;

public sealed record SetExchangeRateInput(string BaseCurrency, string QuoteCurrency, decimal Rate, DateOnly EffectiveDate, string? Source);

/// <summary>Stores 1 base = rate quote from the effective date on; the same pair and date again replaces the rate.</summary>
public sealed partial class SetExchangeRateHandler(PublishingDbContext db)
{
    public async Task<(ExchangeRate? Rate, IReadOnlyList<IMutationError> Errors)> HandleAsync(Guid owner, SetExchangeRateInput input, CancellationToken ct)
    {
        var errors = Validate(input);
        if (errors.Count > 0) return (null, errors);
        var rate = await db.ExchangeRates.FirstOrDefaultAsync(r => r.BaseCurrency == input.BaseCurrency && r.QuoteCurrency == input.QuoteCurrency
            && r.EffectiveDate == input.EffectiveDate, ct);
        if (rate is null)
        {
            rate = new ExchangeRate { OwnerId = owner, BaseCurrency = input.BaseCurrency, QuoteCurrency = input.QuoteCurrency, EffectiveDate = input.EffectiveDate };
            db.ExchangeRates.Add(rate);
        }
        rate.Rate = input.Rate;
        rate.Source = string.IsNullOrWhiteSpace(input.Source) ? "manual" : input.Source.Trim();
        await db.SaveChangesAsync(ct);
        return (rate, []);
    }

    private static List<IMutationError> Validate(SetExchangeRateInput input)
    {
        var errors = new List<IMutationError>();
        if (!CurrencyCode().IsMatch(input.BaseCurrency))
            errors.Add(new ValidationError("The base currency must be an ISO 4217 code of 3 upper-case letters, e.g. USD.", "input.baseCurrency", "INVALID_CURRENCY"));
        if (!CurrencyCode().IsMatch(input.QuoteCurrency))
            errors.Add(new ValidationError("The quote currency must be an ISO 4217 code of 3 upper-case letters, e.g. THB.", "input.quoteCurrency", "INVALID_CURRENCY"));
        else if (input.QuoteCurrency == input.BaseCurrency)
            errors.Add(new ValidationError("The quote currency must differ from the base currency.", "input.quoteCurrency", "SAME_CURRENCY"));
        if (input.Rate <= 0)
            errors.Add(new ValidationError("The rate must be greater than 0.", "input.rate", "OUT_OF_RANGE"));
        if (input.Source is { Length: > 200 })
            errors.Add(new ValidationError("The source must have at most 200 characters.", "input.source", "INVALID_LENGTH"));
        return errors;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    public static partial Regex CurrencyCode();
}
