namespace MediaCreator.Modules.Core.Costs;

public enum CostUnit { PerJob, PerOutput, PerSecond, PerMegapixel, Per1kTokens }

/// <summary>Cost of one job's provider usage (table <c>cost_records</c>).</summary>
public sealed class CostRecord : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid JobId { get; set; }
    public required string Provider { get; set; }
    public required string ModuleName { get; set; }
    public decimal TotalCost { get; set; }
    public required string Currency { get; set; }
    public double? Quantity { get; set; }
    public CostUnit? Unit { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>How a module or provider is priced.</summary>
public sealed class CostProfile
{
    public required string Currency { get; set; }
    public CostUnit Unit { get; set; }
    public decimal UnitCost { get; set; }
    public decimal? MinimumCost { get; set; }
}
