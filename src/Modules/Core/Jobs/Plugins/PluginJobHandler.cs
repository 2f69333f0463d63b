using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.Jobs.Plugins;

/// <summary>
/// The worker side of plugin jobs, for out-of-process plugins (any language) holding a module-scoped API key:
/// claim the oldest QUEUED job of the module, report progress (which renews the lease), complete or fail it.
/// </summary>
public sealed class PluginJobHandler(CoreDbContext db, OwnerContext owner, IEventBus events, TimeProvider clock, IOptions<WorkerOptions> options)
{
    private string WorkerId => $"plugin:{owner.ApiKeyModule}:{owner.OwnerId:N}";

    public async Task<MutationPayload> ClaimAsync(string moduleName, IReadOnlyList<string>? taskNames, CancellationToken ct)
    {
        if (owner.ApiKeyModule != moduleName)
            throw new NotAuthorizedError($"Only a plugin key of module '{moduleName}' can claim its jobs.");
        var now = clock.GetUtcNow().UtcDateTime;
        var module = await db.Modules.AsNoTracking().FirstAsync(m => m.Name == moduleName, ct);
        for (var tries = 0; tries < 5; tries++)
        {
            var candidate = await db.Jobs.AsNoTracking()
                .Where(j => j.ModuleId == module.Id && j.Status == JobStatus.Queued && (j.RunAfter == null || j.RunAfter <= now)
                            && (taskNames == null || taskNames.Contains(j.TaskName)))
                .OrderBy(j => j.CreatedAt).ThenBy(j => j.Id).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(ct);
            if (candidate is not { } id) return MutationPayload.Ok(null);
            var lease = now + options.Value.LeaseDuration;
            var claimed = await db.Jobs.Where(j => j.Id == id && j.Status == JobStatus.Queued).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Running).SetProperty(j => j.WorkerId, WorkerId).SetProperty(j => j.LeaseExpiresAt, lease)
                .SetProperty(j => j.Attempt, j => j.Attempt + 1).SetProperty(j => j.StartedAt, now), ct);
            if (claimed == 1) return MutationPayload.Ok(await PublishAsync(id, EventType.JobProgress, ct));
        }
        return MutationPayload.Ok(null);
    }

    public async Task<MutationPayload> ReportProgressAsync(Guid jobId, string globalId, double progress, string? message, CancellationToken ct)
    {
        var lease = clock.GetUtcNow().UtcDateTime + options.Value.LeaseDuration;
        var fraction = Math.Clamp(progress, 0, 1);
        var updated = await Mine(jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Progress, fraction).SetProperty(j => j.Message, message).SetProperty(j => j.LeaseExpiresAt, lease), ct);
        if (updated == 0) return await NotRunningAsync(jobId, globalId, ct);
        return MutationPayload.Ok(await PublishAsync(jobId, EventType.JobProgress, ct));
    }

    public async Task<MutationPayload> CompleteAsync(Guid jobId, string globalId, string? outputJson, double? costQuantity, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var job = await Mine(jobId).FirstOrDefaultAsync(ct);
        if (job is null) return await NotRunningAsync(jobId, globalId, ct);
        job.Status = JobStatus.Completed;
        job.OutputPayloadJson = outputJson;
        job.Progress = 1;
        job.CompletedAt = now;
        job.LeaseExpiresAt = null;
        job.FailureCode = null;
        var module = await db.Modules.AsNoTracking().FirstAsync(m => m.Id == job.ModuleId, ct);
        var profile = module.Providers.FirstOrDefault(p => p.Key == job.Provider)?.CostProfile ?? module.CostProfile;
        if (profile is not null)
        {
            var quantity = costQuantity ?? 1;
            db.CostRecords.Add(new CostRecord
            {
                OwnerId = job.OwnerId, ProjectId = job.ProjectId, JobId = job.Id, Provider = job.Provider ?? module.Name, ModuleName = module.Name,
                TotalCost = Math.Max(profile.MinimumCost ?? 0m, profile.UnitCost * (decimal)quantity), Currency = profile.Currency,
                Quantity = quantity, Unit = profile.Unit, CreatedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
        return MutationPayload.Ok(await PublishAsync(jobId, EventType.JobCompleted, ct));
    }

    public async Task<MutationPayload> FailAsync(Guid jobId, string globalId, string code, string message, bool retryable, CancellationToken ct)
    {
        var job = await Mine(jobId).FirstOrDefaultAsync(ct);
        if (job is null) return await NotRunningAsync(jobId, globalId, ct);
        job.FailureCode = code;
        job.FailureMessage = message.Length > 2000 ? message[..2000] : message;
        job.FailureRetryable = retryable;
        job.FailureProvider = job.Provider;
        job.LeaseExpiresAt = null;
        job.WorkerId = null;
        var again = retryable && job.Attempt < job.MaxAttempts;
        job.Status = again ? JobStatus.Queued : JobStatus.Failed;
        if (!again) job.CompletedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return MutationPayload.Ok(await PublishAsync(jobId, again ? EventType.JobProgress : EventType.JobFailed, ct));
    }

    private IQueryable<Job> Mine(Guid jobId) => db.Jobs.Where(j => j.Id == jobId && j.Status == JobStatus.Running && j.WorkerId == WorkerId);

    private async Task<MutationPayload> NotRunningAsync(Guid jobId, string globalId, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, ct);
        return job is null
            ? MutationPayload.Fail(NotFoundError.For("Job", globalId))
            : MutationPayload.Fail(new InvalidStateError($"The job is {job.Status} and not running on this plugin worker (cancelled, or its lease expired).",
                job.Status.ToString().ToUpperInvariant(), ["RUNNING"]));
    }

    private async Task<Job> PublishAsync(Guid jobId, EventType type, CancellationToken ct)
    {
        var job = await db.Jobs.AsNoTracking().FirstAsync(j => j.Id == jobId, ct);
        await events.PublishAsync(JobEvents.Of(job, type), ct);
        return job;
    }
}
