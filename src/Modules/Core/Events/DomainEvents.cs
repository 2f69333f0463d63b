using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Workflows;

namespace MediaCreator.Modules.Core.Events;

/// <summary>The spec's event types, plus JOB_PROGRESS.</summary>
public enum EventType
{
    JobCreated, JobProgress, JobCompleted, JobFailed, AssetCreated, WorkflowStarted, WorkflowCompleted,
    EpisodeReady, PublicationScheduled, PublicationPublished, MetricsUpdated,

    /// <summary>A workflow run stopped for the owner (a step would exceed the budget); resuming emits WORKFLOW_STARTED.</summary>
    WorkflowPaused,
}

/// <summary>
/// Something that happened, addressed to one owner. Events notify; the database stays the source of truth, so
/// subscribers re-read entities when resolving an event.
/// </summary>
public abstract record DomainEvent(EventType Type, Guid OwnerId, Guid? ProjectId)
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();
    public DateTime OccurredAt { get; init; } = DateTime.UtcNow;

    /// <summary>The topics the event is published on, e.g. <c>project:{id}</c>.</summary>
    public virtual IEnumerable<string> Topics => ProjectId is { } p ? [EventTopics.Project(p)] : [];
}

public sealed record JobEvent(EventType Type, Guid OwnerId, Guid? ProjectId, Guid JobId, JobStatus Status, double Progress, string? Message,
    Guid? WorkflowRunId = null, string? WorkflowStepKey = null, Guid? ParentJobId = null) : DomainEvent(Type, OwnerId, ProjectId)
{
    public override IEnumerable<string> Topics => WorkflowRunId is { } run
        ? [.. base.Topics, EventTopics.Job(JobId), EventTopics.WorkflowRun(run)]
        : [.. base.Topics, EventTopics.Job(JobId)];
}

public sealed record AssetEvent(Guid OwnerId, Guid? ProjectId, Guid AssetId) : DomainEvent(EventType.AssetCreated, OwnerId, ProjectId);

public sealed record WorkflowRunEvent(EventType Type, Guid OwnerId, Guid? ProjectId, Guid WorkflowRunId, WorkflowRunStatus Status,
    string? StepKey = null, Guid? JobId = null) : DomainEvent(Type, OwnerId, ProjectId)
{
    public override IEnumerable<string> Topics => [.. base.Topics, EventTopics.WorkflowRun(WorkflowRunId)];
}

/// <summary>EPISODE_READY: an episode's content is ready to publish.</summary>
public sealed record EpisodeEvent(Guid OwnerId, Guid? ProjectId, Guid EpisodeId, Guid? WorkflowRunId = null)
    : DomainEvent(EventType.EpisodeReady, OwnerId, ProjectId);

public static class EventTopics
{
    public static string Project(Guid id) => $"project:{id:N}";

    public static string Job(Guid id) => $"job:{id:N}";

    public static string WorkflowRun(Guid id) => $"workflow:{id:N}";
}
