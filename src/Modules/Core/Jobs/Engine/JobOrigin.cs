namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>
/// Where the jobs enqueued in this scope come from: the workflow orchestrator sets the run and step before it
/// dispatches a step's job spec, and <see cref="JobEnqueuer"/> links the job to them in the same transaction, so the
/// job's first event already reaches the run's subscribers.
/// </summary>
public sealed class JobOrigin
{
    public Guid? WorkflowRunId { get; private set; }
    public string? WorkflowStepKey { get; private set; }

    public void SetWorkflowStep(Guid runId, string stepKey)
    {
        WorkflowRunId = runId;
        WorkflowStepKey = stepKey;
    }
}
