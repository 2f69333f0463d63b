using MediaCreator.Modules.Core;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>Revenue of a publication for a period (table <c>revenue_records</c>).</summary>
public sealed class RevenueRecord : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid PublicationId { get; set; }

    public PublicationRecord? Publication { get; set; }

    /// <summary>The publication's channel, copied for finance queries.</summary>
    public Guid ChannelId { get; set; }

    /// <summary>"adsense", "creator_fund", "product_sale", "other".</summary>
    public required string Source { get; set; }

    public decimal Amount { get; set; }

    /// <summary>ISO 4217, e.g. "THB", "USD".</summary>
    public required string Currency { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    /// <summary>"sync" when a platform reported it, "manual" when entered by mutation.</summary>
    public string Origin { get; set; } = "manual";

    public string? MetadataJson { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>
/// A stored exchange rate (table <c>exchange_rates</c>): 1 <see cref="BaseCurrency"/> = <see cref="Rate"/>
/// <see cref="QuoteCurrency"/> from <see cref="EffectiveDate"/> on. Finance converts only with these, never implicitly.
/// </summary>
public sealed class ExchangeRate : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public required string BaseCurrency { get; set; }

    public required string QuoteCurrency { get; set; }

    public decimal Rate { get; set; }

    public DateOnly EffectiveDate { get; set; }

    /// <summary>Where the rate came from (e.g. "manual", "bank of thailand").</summary>
    public string? Source { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
