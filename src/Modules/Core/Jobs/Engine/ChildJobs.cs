using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>A finished child job and the assets it produced (in output order).</summary>
public sealed record ChildJobResult(Job Job, IReadOnlyList<Asset> Outputs);

/// <summary>
/// Lets a running job use another module's task as a step of its own work (a video job's scene images, its music, the
/// music analysis it cuts on) through the job engine, never through that module's code. The step is a real job:
/// QUEUED on its module's queue, visible with its own progress, outputs and cost, linked by <c>parentJob</c>.
/// Each step has a key; the child's idempotency key is derived from the parent and the key, so a parent that is
/// retried or taken over after a crash finds the step it already started instead of running it twice.
/// Steps run on other queues than the parent's, so a parent waiting for its children never starves them.
/// </summary>
public static class ChildJobs
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Starts (or finds) the step <paramref name="stepKey"/> as a job of <paramref name="taskName"/> and waits for
    /// it. Its progress is passed to <paramref name="progress"/> (0..1). A failed or cancelled step fails the parent
    /// with the step's code and reason; cancelling the parent cancels the step.
    /// </summary>
    public static async Task<ChildJobResult> RunChildAsync(this JobContext context, string taskName, string? provider, string payloadJson,
        string stepKey, IProgress<double>? progress, CancellationToken ct)
    {
        var child = await StartChildAsync(context, taskName, provider, payloadJson, stepKey, ct);
        return await WaitAsync(context, child, stepKey, progress, ct);
    }

    /// <summary>Starts (or finds) a step without waiting, so several steps can run side by side; wait with <see cref="WaitAsync"/>.</summary>
    public static async Task<Job> StartChildAsync(this JobContext context, string taskName, string? provider, string payloadJson, string stepKey,
        CancellationToken ct)
    {
        var services = context.Services;
        var db = services.GetRequiredService<CoreDbContext>();
        var parent = context.Job;
        var key = StepKey(parent.Id, stepKey);
        var existing = await db.Jobs.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(j => j.OwnerId == parent.OwnerId && j.IdempotencyKey == key, ct);
        if (existing is not null) return existing;

        var registry = services.GetRequiredService<JobHandlerRegistry>();
        if (!registry.TryGet(taskName, out var definition, out _))
            throw new JobFailedException("UNKNOWN_TASK", $"Step '{stepKey}' needs task '{taskName}', which no module of this server runs.", retryable: false);
        var module = await db.Modules.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(m => m.Name == definition.ModuleName && m.Enabled, ct)
            ?? throw new JobFailedException("UNKNOWN_MODULE", $"Step '{stepKey}' needs module '{definition.ModuleName}', which is not enabled.", retryable: false);
        provider ??= definition.Provider;
        if (definition.AllProviders.All(p => p.Key != provider))
            throw new JobFailedException("PROVIDER_UNAVAILABLE", $"Step '{stepKey}': provider '{provider}' does not offer {taskName}.", retryable: false);

        var clock = services.GetRequiredService<TimeProvider>();
        var job = new Job
        {
            OwnerId = parent.OwnerId, ProjectId = parent.ProjectId, ModuleId = module.Id, Kind = definition.Kind, TaskName = taskName,
            Provider = provider, InputPayloadJson = payloadJson, IdempotencyKey = key, ParentJobId = parent.Id,
            WorkflowRunId = parent.WorkflowRunId, WorkflowStepKey = parent.WorkflowStepKey, CreatedAt = clock.GetUtcNow().UtcDateTime,
            Message = $"step {stepKey} of {parent.TaskName}",
        };
        db.Jobs.Add(job);
        db.AddEvent(JobEvents.Of(job, EventType.JobCreated));
        db.AddJobMessage(new Queue.JobMessage(job.Id, definition.Queue));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another delivery of the parent started the same step first: follow that one.
            db.ChangeTracker.Clear();
            return await db.Jobs.IgnoreQueryFilters().AsNoTracking().FirstAsync(j => j.OwnerId == parent.OwnerId && j.IdempotencyKey == key, ct);
        }
        db.Entry(job).State = EntityState.Detached;
        services.GetRequiredService<OutboxSignal>().Notify();
        return job;
    }

    /// <summary>Waits for a step started with <see cref="StartChildAsync"/>; see <see cref="RunChildAsync"/>.</summary>
    public static async Task<ChildJobResult> WaitAsync(this JobContext context, Job child, string stepKey, IProgress<double>? progress, CancellationToken ct)
    {
        var db = context.Services.GetRequiredService<CoreDbContext>();
        try
        {
            while (true)
            {
                var current = await db.Jobs.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(j => j.Id == child.Id, ct)
                    ?? throw new JobFailedException("STEP_LOST", $"Step '{stepKey}' ({child.TaskName}) was deleted.", retryable: false);
                switch (current.Status)
                {
                    case JobStatus.Completed:
                        progress?.Report(1);
                        var outputs = await db.Assets.IgnoreQueryFilters().AsNoTracking().Where(a => a.SourceJobId == current.Id)
                            .OrderBy(a => a.OutputIndex).ToListAsync(ct);
                        return new ChildJobResult(current, outputs);
                    case JobStatus.Failed:
                        throw new JobFailedException(current.FailureCode ?? "STEP_FAILED",
                            $"Step '{stepKey}' ({current.TaskName}) failed: {current.FailureMessage ?? "no reason recorded"}", retryable: false,
                            current.FailureProvider);
                    case JobStatus.Cancelled:
                        throw new JobFailedException("STEP_CANCELLED", $"Step '{stepKey}' ({current.TaskName}) was cancelled.", retryable: false);
                }
                progress?.Report(current.Progress);
                await Task.Delay(PollInterval, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await CancelAsync(context, child.Id);
            throw;
        }
    }

    /// <summary>The parent stopped (cancelled or shutting down for good): a step nobody waits for any more is cancelled.</summary>
    private static async Task CancelAsync(JobContext context, Guid childId)
    {
        using var scope = context.Services.GetRequiredService<IServiceScopeFactory>().CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var parentStatus = await db.Jobs.IgnoreQueryFilters().AsNoTracking().Where(j => j.Id == context.Job.Id).Select(j => j.Status).FirstOrDefaultAsync();
        // A parent that is merely losing its worker (shutdown, lease lost) keeps its steps: its next run waits for them again.
        if (parentStatus != JobStatus.Cancelled) return;
        var child = await db.Jobs.IgnoreQueryFilters().FirstOrDefaultAsync(j => j.Id == childId);
        if (child is null || child.Status is not (JobStatus.Queued or JobStatus.Running)) return;
        child.Status = JobStatus.Cancelled;
        child.CompletedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        child.LeaseExpiresAt = null;
        child.Message = "cancelled with its parent job";
        db.AddEvent(JobEvents.Of(child, EventType.JobFailed));
        await db.SaveChangesAsync();
        scope.ServiceProvider.GetRequiredService<OutboxSignal>().Notify();
    }

    /// <summary>A stable UUID for (parent, step): the step's idempotency key.</summary>
    internal static Guid StepKey(Guid parentId, string stepKey) => DerivedKeys.From($"{parentId:N}/{stepKey}");
}
