namespace MediaCreator.Modules.Core.Jobs;

/// <summary>A unit of work executed by a worker (table <c>jobs</c>).</summary>
public sealed class Job : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid ProjectId { get; set; }
    public Guid ModuleId { get; set; }
    public JobKind Kind { get; set; }
    public required string TaskName { get; set; }
    public string? Provider { get; set; }
    public JobStatus Status { get; set; } = JobStatus.Queued;
    public double Progress { get; set; }
    public string? Message { get; set; }
    public string InputPayloadJson { get; set; } = "{}";
    public string? OutputPayloadJson { get; set; }
    public string? FailureCode { get; set; }
    public string? FailureMessage { get; set; }
    public bool FailureRetryable { get; set; }
    public string? FailureProvider { get; set; }

    /// <summary>Why the last attempt failed (columns <c>failure_*</c>); null while nothing failed.</summary>
    public JobFailure? Failure => FailureCode is null ? null
        : new JobFailure { Code = FailureCode, Message = FailureMessage ?? "", Retryable = FailureRetryable, Provider = FailureProvider };
    public int Attempt { get; set; }
    public int MaxAttempts { get; set; } = 3;
    public decimal? EstimatedCost { get; set; }
    public string? EstimatedCostCurrency { get; set; }
    public Guid? WorkflowRunId { get; set; }
    public string? WorkflowStepKey { get; set; }

    /// <summary>The job that started this one as a step of its own work (e.g. a video job's scene images).</summary>
    public Guid? ParentJobId { get; set; }
    public DateTime? RunAfter { get; set; }
    public Guid? IdempotencyKey { get; set; }
    /// <summary>Worker process running the job; its lease is renewed by heartbeats while it works.</summary>
    public string? WorkerId { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}

/// <summary>Why a job failed.</summary>
public sealed class JobFailure
{
    public required string Code { get; set; }
    public required string Message { get; set; }
    public bool Retryable { get; set; }
    public string? Provider { get; set; }
}
