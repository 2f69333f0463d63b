using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Jobs;

/// <summary>cancelJob and retryJob: state changes guarded by the job's current status, announced through the outbox.</summary>
public sealed class JobControlHandler(CoreDbContext db, JobHandlerRegistry handlers, OutboxSignal signal, TimeProvider clock)
{
    public async Task<MutationPayload> CancelAsync(Guid jobId, string globalId, CancellationToken ct)
    {
        var job = await db.Jobs.FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null) return MutationPayload.Fail(NotFoundError.For("Job", globalId));
        if (job.Status is not (JobStatus.Queued or JobStatus.Running))
            return MutationPayload.Fail(new InvalidStateError($"A {job.Status} job cannot be cancelled.", Name(job.Status), ["QUEUED", "RUNNING"]));
        // A running worker sees the change at its next heartbeat and stops the handler (and any child process).
        job.Status = JobStatus.Cancelled;
        job.CompletedAt = clock.GetUtcNow().UtcDateTime;
        job.LeaseExpiresAt = null;
        job.Message = "cancelled";
        db.AddEvent(JobEvents.Of(job, EventType.JobFailed));
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return MutationPayload.Ok(job);
    }

    public async Task<MutationPayload> RetryAsync(Guid jobId, string globalId, string? provider, CancellationToken ct)
    {
        var job = await db.Jobs.FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null) return MutationPayload.Fail(NotFoundError.For("Job", globalId));
        if (job.Status is not (JobStatus.Failed or JobStatus.Cancelled))
            return MutationPayload.Fail(new InvalidStateError($"A {job.Status} job cannot be retried.", Name(job.Status), ["FAILED", "CANCELLED"]));
        if (provider is not null && provider != job.Provider)
        {
            var module = await db.Modules.AsNoTracking().FirstAsync(m => m.Id == job.ModuleId, ct);
            var task = JobTask.Resolve(module, job.TaskName, handlers);
            if (task is null || !task.Providers.ContainsKey(provider))
                return MutationPayload.Fail(new ProviderUnavailableError($"Provider '{provider}' does not offer {job.TaskName}.", provider, job.TaskName));
            job.Provider = provider;
        }
        job.Status = JobStatus.Queued;
        job.Attempt = 0;
        job.Progress = 0;
        job.Message = "retry requested";
        job.CompletedAt = null;
        job.WorkerId = null;
        if (handlers.TryGet(job.TaskName, out var definition, out _)) db.AddJobMessage(new Queue.JobMessage(job.Id, definition.Queue));
        db.AddEvent(JobEvents.Of(job, EventType.JobProgress));
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return MutationPayload.Ok(job);
    }

    private static string Name(JobStatus status) => status.ToString().ToUpperInvariant();
}
