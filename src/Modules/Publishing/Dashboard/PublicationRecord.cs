using MediaCreator.Modules.Core;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>Spec statuses scheduled, published, failed, plus uploading and cancelled.</summary>
public enum PublicationStatus
{
    Scheduled, Uploading, Published, Failed, Cancelled,
}

public enum PublicationVisibility
{
    Public, Unlisted, Private,
}

/// <summary>One post of an episode on one platform account (table <c>publication_records</c>).</summary>
public sealed class PublicationRecord : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid EpisodeId { get; set; }

    public Episode? Episode { get; set; }

    /// <summary>The episode's channel, copied so dashboard queries filter snapshots and publications without joins.</summary>
    public Guid ChannelId { get; set; }

    public Guid PlatformAccountId { get; set; }

    public PlatformAccount? PlatformAccount { get; set; }

    public required string Platform { get; set; }

    public string? ExternalPostId { get; set; }

    public string? PostUrl { get; set; }

    public PublicationStatus Status { get; set; } = PublicationStatus.Scheduled;

    public DateTime? ScheduledTime { get; set; }

    public DateTime? PublishedTime { get; set; }

    public string? FailReason { get; set; }

    /// <summary>Machine-readable code of the failure (e.g. RATE_LIMITED, AUTH_EXPIRED, CHECK_FAILED).</summary>
    public string? FailCode { get; set; }

    /// <summary>The asset uploaded (defaults to the episode's primary asset).</summary>
    public Guid? AssetId { get; set; }

    /// <summary>Post details sent to the platform (title, description, tags, visibility, thumbnail, platform options), JSON.</summary>
    public string? DetailsJson { get; set; }

    /// <summary>The current <c>publishing.upload</c> job.</summary>
    public Guid? UploadJobId { get; set; }

    /// <summary>
    /// Sent to the platform (or webhook) with the post, and unique per owner: one publication never posts twice, also
    /// after a crash between the platform's answer and our commit.
    /// </summary>
    public Guid IdempotencyKey { get; set; } = Guid.NewGuid();

    /// <summary>Upload progress the worker keeps to resume instead of re-posting (e.g. a resumable session URL), JSON.</summary>
    public string? UploadStateJson { get; set; }

    /// <summary>When true the publication waits, SCHEDULED, until an owner approves it.</summary>
    public bool RequiresApproval { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public string? MetadataJson { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? UpdatedAt { get; set; }

    public List<PerformanceSnapshot> Snapshots { get; set; } = [];

    public List<RevenueRecord> RevenueRecords { get; set; } = [];
}
