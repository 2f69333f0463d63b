namespace MediaCreator.Modules.Core.Workflows.Engine;

/// <summary>
/// Enqueues one step's job exactly as a client's <c>createJob</c> would (same validation, typed errors, cost estimate
/// and budget check), as the run's owner, linked to the run and step. The API host implements it on its GraphQL schema.
/// </summary>
public interface IWorkflowStepDispatcher
{
    /// <param name="jobSpecJson">The step's <c>JobSpecInput</c> with bindings applied.</param>
    /// <param name="idempotencyKey">Same run, step and attempt = same key: a repeated dispatch finds the job it made.</param>
    Task<StepDispatch> DispatchAsync(WorkflowRun run, WorkflowStepState step, string jobSpecJson, Guid idempotencyKey, CancellationToken ct);
}

/// <summary>The job the step got, or the typed error <c>createJob</c> returned (<see cref="ErrorType"/> is its GraphQL type name).</summary>
public sealed record StepDispatch(Guid? JobId, string? ErrorType = null, string? ErrorCode = null, string? ErrorMessage = null)
{
    public bool IsBudgetExceeded => ErrorType == "BudgetExceededError";
}

/// <summary>Wakes the orchestrator when a run starts or resumes, so the first steps go out at once.</summary>
public sealed class WorkflowSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount > 0) return;
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
