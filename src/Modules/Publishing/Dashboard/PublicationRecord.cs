using MediaCreator.Modules.Core;

namespace MediaCreator.Modules.Publishing.Dashboard;

public enum PublicationStatus
{
    Scheduled, Uploading, Published, Failed, Cancelled,
}

/// <summary>One post of an episode on one platform account (table <c>publication_records</c>).</summary>
public sealed class PublicationRecord : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid EpisodeId { get; set; }

    public Episode? Episode { get; set; }

    public Guid PlatformAccountId { get; set; }

    public PlatformAccount? PlatformAccount { get; set; }

    public required string Platform { get; set; }

    public string? ExternalPostId { get; set; }

    public PublicationStatus Status { get; set; } = PublicationStatus.Scheduled;

    public DateTime? ScheduledTime { get; set; }

    public DateTime? PublishedTime { get; set; }

    public string? FailReason { get; set; }

    public string? MetadataJson { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public List<PerformanceSnapshot> Snapshots { get; set; } = [];

    public List<RevenueRecord> RevenueRecords { get; set; } = [];
}
