namespace MediaCreator.Modules.Core.Workflows;

/// <summary>Run lifecycle; PAUSED waits for the owner (a step would exceed the budget) and resumes where it stopped.</summary>
public enum WorkflowRunStatus { Pending, Running, Paused, Completed, Failed, Cancelled }

public enum WorkflowStepStatus { Pending, Queued, Running, Completed, Failed, Skipped, Cancelled }

/// <summary>What a failed step (after its retries) does to the rest of the run.</summary>
public enum WorkflowFailurePolicy
{
    /// <summary>Cancel the running steps and fail the run.</summary>
    Stop,

    /// <summary>Skip the steps that depend on the failed one; independent steps go on. The run still ends FAILED.</summary>
    Continue,
}

/// <summary>An execution of a multi-step workflow (table <c>workflow_runs</c>).</summary>
public sealed class WorkflowRun : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid ProjectId { get; set; }
    public string? Name { get; set; }
    public WorkflowRunStatus Status { get; set; } = WorkflowRunStatus.Pending;
    public double Progress { get; set; }
    /// <summary>The step graph with live status, as <see cref="WorkflowStepState"/> records.</summary>
    public List<WorkflowStepState> Steps { get; set; } = [];
    public Guid? DraftId { get; set; }
    public WorkflowFailurePolicy OnStepFailure { get; set; } = WorkflowFailurePolicy.Stop;
    /// <summary>What to make of the result (<see cref="WorkflowRunOutcome"/> as JSON): the episode, its primary step.</summary>
    public string? OutcomeJson { get; set; }
    /// <summary>The episode the run created or updated when it completed.</summary>
    public Guid? EpisodeId { get; set; }
    public Guid? IdempotencyKey { get; set; }
    public decimal? EstimatedCost { get; set; }
    public string? Currency { get; set; }
    public string? ErrorMessage { get; set; }
    /// <summary>Why the run is PAUSED (e.g. BUDGET_EXCEEDED), null otherwise.</summary>
    public string? PausedReason { get; set; }
    /// <summary>Optimistic concurrency: two orchestrators never both move the same run forward.</summary>
    public int Revision { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}

/// <summary>One step of a run; one step is one job (a new job per attempt).</summary>
public sealed class WorkflowStepState
{
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string Kind { get; set; } = "Generic";
    public string? ModuleName { get; set; }
    public string? TaskName { get; set; }
    public string? Provider { get; set; }
    public List<string> DependsOn { get; set; } = [];
    public List<WorkflowStepBindingState> Bindings { get; set; } = [];
    /// <summary>The step's <c>JobSpecInput</c> as JSON (GraphQL input shape), before bindings are applied.</summary>
    public string? ParametersJson { get; set; }
    public int MaxAttempts { get; set; } = 1;
    public int RetryDelaySeconds { get; set; } = 5;
    /// <summary>Attempts started so far.</summary>
    public int Attempt { get; set; }
    /// <summary>Attempts made before the run was last resumed: a resumed step gets <see cref="MaxAttempts"/> fresh attempts.</summary>
    public int RoundStartAttempt { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public decimal? EstimatedCost { get; set; }
    public string? Currency { get; set; }
    public WorkflowStepStatus Status { get; set; } = WorkflowStepStatus.Pending;
    public double Progress { get; set; }
    public Guid? JobId { get; set; }
    /// <summary>Every job of the step, one per attempt.</summary>
    public List<Guid> JobIds { get; set; } = [];
    public string? ErrorCode { get; set; }
    public string? ErrorMessage { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}

public sealed class WorkflowStepBindingState
{
    public required string TargetField { get; set; }
    public required string FromStep { get; set; }
    public int? OutputIndex { get; set; }
}

/// <summary>What a completed run produces besides its assets (stored as <see cref="WorkflowRun.OutcomeJson"/>).</summary>
/// <param name="PrimaryStep">Step whose first output is the episode's primary asset; null = the last step in order.</param>
/// <param name="Episode">Create (or update) an episode; null = no episode.</param>
public sealed record WorkflowRunOutcome(string? PrimaryStep, WorkflowEpisodeOutcome? Episode);

public sealed record WorkflowEpisodeOutcome(string Title, string? Description, Guid? SeriesId, Guid? EpisodeId, string? MetadataJson);
