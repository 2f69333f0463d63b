using System.Text.Json;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Core.Workflows.Planning;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Workflows.Engine;

/// <summary>What starts a run: a checked plan plus how to treat failures and what to make of the result.</summary>
public sealed record StartWorkflowCommand(
    Project Project, string? Name, WorkflowPlan Plan, WorkflowFailurePolicy OnStepFailure, WorkflowRunOutcome? Outcome, Guid? DraftId,
    Guid? IdempotencyKey);

/// <summary>Starts, cancels and resumes workflow runs; the orchestrator does the rest.</summary>
public sealed class WorkflowRunService(CoreDbContext db, OwnerContext owner, WorkflowSignal signal, OutboxSignal outbox, TimeProvider clock)
{
    public async Task<MutationPayload> StartAsync(StartWorkflowCommand c, CancellationToken ct)
    {
        var ownerId = owner.RequireOwner();
        if (c.IdempotencyKey is { } key && await db.WorkflowRuns.FirstOrDefaultAsync(r => r.IdempotencyKey == key, ct) is { } existing)
            return MutationPayload.Ok(existing);
        if (!c.Plan.IsValid) return new MutationPayload(null, c.Plan.Errors);

        // The first steps go out at once: a budget that cannot pay even for them refuses the run instead of pausing it.
        var now = clock.GetUtcNow().UtcDateTime;
        var first = c.Plan.Steps.Where(s => s.Dependencies.Count == 0 && s.Estimate is not null).ToList();
        if (first.Count > 0)
        {
            var currency = first[0].Estimate!.Currency;
            var wave = new Money(first.Where(s => s.Estimate!.Currency == currency).Sum(s => s.Estimate!.Amount), currency);
            if (await BudgetCheck.RefuseAsync(db, c.Project, wave, now, ct) is { } refused) return MutationPayload.Fail(refused);
        }

        var total = c.Plan.Total;
        var run = new WorkflowRun
        {
            OwnerId = ownerId, ProjectId = c.Project.Id, Name = c.Name, Status = WorkflowRunStatus.Running, DraftId = c.DraftId,
            OnStepFailure = c.OnStepFailure, IdempotencyKey = c.IdempotencyKey, EstimatedCost = total?.Amount, Currency = total?.Currency,
            OutcomeJson = c.Outcome is null ? null : JsonSerializer.Serialize(c.Outcome, WorkflowAdvancer.Json),
            CreatedAt = now, StartedAt = now,
            Steps = [.. c.Plan.Steps.Select(s => new WorkflowStepState
            {
                Key = s.Spec.Key, Name = s.Spec.Name ?? s.Spec.Key, Kind = s.Kind.ToString(), ModuleName = s.ModuleName, TaskName = s.Target.TaskName,
                Provider = s.Provider, DependsOn = [.. s.Spec.DependsOn], ParametersJson = s.Job.ToJsonString(),
                Bindings = [.. s.Spec.Bindings.Select(b => new WorkflowStepBindingState { TargetField = b.TargetField, FromStep = b.FromStep, OutputIndex = b.OutputIndex })],
                MaxAttempts = s.Spec.MaxAttempts, RetryDelaySeconds = s.Spec.RetryDelaySeconds,
                EstimatedCost = s.Estimate?.Amount, Currency = s.Estimate?.Currency,
            })],
        };
        db.WorkflowRuns.Add(run);
        db.AddEvent(new WorkflowRunEvent(EventType.WorkflowStarted, ownerId, run.ProjectId, run.Id, run.Status));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (c.IdempotencyKey is not null)
        {
            // The same request started the run a moment ago (a client retry racing the first one).
            db.ChangeTracker.Clear();
            return MutationPayload.Ok(await db.WorkflowRuns.FirstAsync(r => r.IdempotencyKey == c.IdempotencyKey, ct));
        }
        outbox.Notify();
        signal.Notify();
        return MutationPayload.Ok(run);
    }

    public async Task<MutationPayload> CancelAsync(Guid runId, string globalId, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var run = await db.WorkflowRuns.FirstOrDefaultAsync(r => r.Id == runId, ct);
            if (run is null) return MutationPayload.Fail(NotFoundError.For("WorkflowRun", globalId));
            if (run.Status is not (WorkflowRunStatus.Pending or WorkflowRunStatus.Running or WorkflowRunStatus.Paused))
                return MutationPayload.Fail(new InvalidStateError($"A {Name(run.Status)} run cannot be cancelled.", Name(run.Status), ["PENDING", "RUNNING", "PAUSED"]));
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var step in run.Steps.Where(s => !WorkflowAdvancer.IsTerminal(s.Status)))
            {
                if (step.JobId is { } jobId && step.Status is WorkflowStepStatus.Queued or WorkflowStepStatus.Running)
                    await CancelJobAsync(db, jobId, now, ct);
                step.Status = WorkflowStepStatus.Cancelled;
                step.CompletedAt = now;
            }
            run.Status = WorkflowRunStatus.Cancelled;
            run.CompletedAt = now;
            run.PausedReason = null;
            run.Revision++;
            db.AddEvent(new WorkflowRunEvent(EventType.WorkflowCompleted, run.OwnerId, run.ProjectId, run.Id, run.Status));
            try
            {
                await db.SaveChangesAsync(ct);
                outbox.Notify();
                return MutationPayload.Ok(run);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Picks a PAUSED, FAILED or CANCELLED run up where it stopped: completed steps keep their outputs, the others get
    /// fresh attempts. Emits WORKFLOW_STARTED.
    /// </summary>
    public async Task<MutationPayload> ResumeAsync(Guid runId, string globalId, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var run = await db.WorkflowRuns.FirstOrDefaultAsync(r => r.Id == runId, ct);
            if (run is null) return MutationPayload.Fail(NotFoundError.For("WorkflowRun", globalId));
            if (run.Status is not (WorkflowRunStatus.Paused or WorkflowRunStatus.Failed or WorkflowRunStatus.Cancelled))
                return MutationPayload.Fail(new InvalidStateError($"A {Name(run.Status)} run cannot be resumed.", Name(run.Status), ["PAUSED", "FAILED", "CANCELLED"]));
            foreach (var step in run.Steps.Where(s => s.Status != WorkflowStepStatus.Completed))
            {
                if (step.Status is WorkflowStepStatus.Queued or WorkflowStepStatus.Running) continue;
                step.Status = WorkflowStepStatus.Pending;
                step.Progress = 0;
                step.RoundStartAttempt = step.Attempt;
                step.NextAttemptAt = null;
                step.ErrorCode = null;
                step.ErrorMessage = null;
                step.CompletedAt = null;
            }
            run.Status = WorkflowRunStatus.Running;
            run.PausedReason = null;
            run.ErrorMessage = null;
            run.CompletedAt = null;
            run.Revision++;
            db.AddEvent(new WorkflowRunEvent(EventType.WorkflowStarted, run.OwnerId, run.ProjectId, run.Id, run.Status));
            try
            {
                await db.SaveChangesAsync(ct);
                outbox.Notify();
                signal.Notify();
                return MutationPayload.Ok(run);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Cancels a step's job in the caller's unit of work (a running worker stops at its next heartbeat).</summary>
    internal static async Task CancelJobAsync(CoreDbContext db, Guid jobId, DateTime now, CancellationToken ct)
    {
        var job = await db.Jobs.FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null || job.Status is not (JobStatus.Queued or JobStatus.Running)) return;
        job.Status = JobStatus.Cancelled;
        job.CompletedAt = now;
        job.LeaseExpiresAt = null;
        job.Message = "cancelled with its workflow run";
        db.AddEvent(JobEvents.Of(job, EventType.JobFailed));
    }

    internal static string Name(WorkflowRunStatus status) => status.ToString().ToUpperInvariant();
}
