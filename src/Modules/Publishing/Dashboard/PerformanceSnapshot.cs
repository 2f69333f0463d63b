using MediaCreator.Modules.Core;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>
/// Metrics of a publication at a point in time (table <c>performance_snapshots</c>). Counters are the platform's
/// lifetime totals at <see cref="Timestamp"/>; the dashboard takes differences between snapshots for a range.
/// </summary>
public sealed class PerformanceSnapshot : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid PublicationId { get; set; }

    public PublicationRecord? Publication { get; set; }

    /// <summary>The publication's channel, copied for the dashboard's range scans.</summary>
    public Guid ChannelId { get; set; }

    /// <summary>The publication's episode, copied for the dashboard's range scans.</summary>
    public Guid EpisodeId { get; set; }

    public DateTime Timestamp { get; set; } = DateTime.UtcNow;

    public long Views { get; set; }

    public long Likes { get; set; }

    public long Comments { get; set; }

    public long Shares { get; set; }

    public double WatchTimeSeconds { get; set; }

    public double? Ctr { get; set; }

    public double? EngagementRate { get; set; }

    /// <summary>Lifetime estimated revenue in <see cref="Currency"/>, when the platform reports it.</summary>
    public decimal? EstimatedRevenue { get; set; }

    /// <summary>ISO 4217 currency of <see cref="EstimatedRevenue"/>.</summary>
    public string? Currency { get; set; }

    public string? MetadataJson { get; set; }
}
