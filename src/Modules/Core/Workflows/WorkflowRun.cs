namespace MediaCreator.Modules.Core.Workflows;

public enum WorkflowRunStatus { Pending, Running, Completed, Failed, Cancelled }

public enum WorkflowStepStatus { Pending, Queued, Running, Completed, Failed, Skipped, Cancelled }

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
    public decimal? EstimatedCost { get; set; }
    public string? Currency { get; set; }
    public string? ErrorMessage { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}

/// <summary>One step of a run; one step is one job.</summary>
public sealed class WorkflowStepState
{
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string Kind { get; set; } = "Generic";
    public string? ModuleName { get; set; }
    public string? Provider { get; set; }
    public List<string> DependsOn { get; set; } = [];
    public List<WorkflowStepBindingState> Bindings { get; set; } = [];
    public string? ParametersJson { get; set; }
    public WorkflowStepStatus Status { get; set; } = WorkflowStepStatus.Pending;
    public double Progress { get; set; }
    public Guid? JobId { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}

public sealed class WorkflowStepBindingState
{
    public required string TargetField { get; set; }
    public required string FromStep { get; set; }
    public int? OutputIndex { get; set; }
}
