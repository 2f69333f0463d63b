using MediaCreator.Modules.Core;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>
/// Metrics of a publication at a point in time (table <c>performance_snapshots</c>). Counters are the platform's
/// lifetime totals at <see cref="Timestamp"/>. Each snapshot also keeps what it added over the publication's previous
/// snapshot (the <c>…Gain</c> columns, set when it is saved), so a range's figures are one indexed <c>SUM</c>.
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

    /// <summary><see cref="Views"/> minus the previous snapshot's (by time; 0 before the first).</summary>
    public long ViewsGain { get; set; }

    public long LikesGain { get; set; }

    public long CommentsGain { get; set; }

    public long SharesGain { get; set; }

    public double WatchTimeGain { get; set; }

    /// <summary>
    /// <see cref="EstimatedRevenue"/> minus the previous snapshot's when both are in the same currency (all of it when the
    /// currency changed or there was none); null without revenue.
    /// </summary>
    public decimal? RevenueGain { get; set; }

    /// <summary>Sets the gains over <paramref name="previous"/>, the publication's snapshot before this one (null: none).</summary>
    internal void SetGainsOver(PerformanceSnapshot? previous)
    {
        ViewsGain = Views - (previous?.Views ?? 0);
        LikesGain = Likes - (previous?.Likes ?? 0);
        CommentsGain = Comments - (previous?.Comments ?? 0);
        SharesGain = Shares - (previous?.Shares ?? 0);
        WatchTimeGain = WatchTimeSeconds - (previous?.WatchTimeSeconds ?? 0);
        RevenueGain = EstimatedRevenue - (previous is not null && previous.Currency == Currency ? previous.EstimatedRevenue ?? 0 : 0);
    }
}
