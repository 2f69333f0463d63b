using MediaCreator.Modules.Core;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>Revenue of a publication for a period (table <c>revenue_records</c>).</summary>
public sealed class RevenueRecord : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid PublicationId { get; set; }

    public PublicationRecord? Publication { get; set; }

    /// <summary>"adsense", "creator_fund", "product_sale", ...</summary>
    public required string Source { get; set; }

    public decimal Amount { get; set; }

    /// <summary>ISO 4217, e.g. "THB", "USD".</summary>
    public required string Currency { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public string? MetadataJson { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
