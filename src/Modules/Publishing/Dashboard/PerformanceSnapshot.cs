using MediaCreator.Modules.Core;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>Metrics of a publication at a point in time (table <c>performance_snapshots</c>).</summary>
public sealed class PerformanceSnapshot : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid PublicationId { get; set; }

    public PublicationRecord? Publication { get; set; }

    public DateTime Timestamp { get; set; } = DateTime.UtcNow;

    public long Views { get; set; }

    public long Likes { get; set; }

    public long Comments { get; set; }

    public long Shares { get; set; }

    public double WatchTimeSeconds { get; set; }

    public double? Ctr { get; set; }

    public double? EngagementRate { get; set; }

    public decimal? EstimatedRevenue { get; set; }

    public string? MetadataJson { get; set; }
}
