using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Jobs.Queue;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>
/// Runs one delivery: claims the job in the database (QUEUED, or RUNNING with an expired lease), runs its handler
/// with heartbeats, and settles job row, events and delivery. The conditional claim makes duplicate deliveries harmless.
/// </summary>
public sealed class JobRunner(
    IServiceScopeFactory scopes, JobHandlerRegistry registry, IEventBus events, TimeProvider clock,
    IOptions<WorkerOptions> options, ILogger<JobRunner> logger)
{
    public async Task RunAsync(JobDelivery delivery, CancellationToken stopping)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var jobs = db.Jobs.IgnoreQueryFilters();
        var id = delivery.Message.JobId;
        var job = await jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, stopping);
        if (job is null || job.Status is JobStatus.Completed or JobStatus.Failed or JobStatus.Cancelled)
        {
            await delivery.AckAsync(stopping);
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (job.RunAfter > now)
        {
            await delivery.RetryAsync(job.RunAfter.Value - now, "scheduled for later", stopping);
            return;
        }
        if (!registry.TryGet(job.TaskName, out var definition, out var handlerType))
        {
            await delivery.RetryAsync(options.Value.LeaseDuration, $"no handler for {job.TaskName} in this worker", stopping);
            return;
        }
        var me = options.Value.WorkerId;
        var lease = now + options.Value.LeaseDuration;
        var claimed = await jobs.Where(j => j.Id == id
                && (j.Status == JobStatus.Queued || (j.Status == JobStatus.Running && j.LeaseExpiresAt < now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Running).SetProperty(j => j.WorkerId, me).SetProperty(j => j.LeaseExpiresAt, lease)
                .SetProperty(j => j.Attempt, j => j.Attempt + 1).SetProperty(j => j.StartedAt, now), stopping);
        if (claimed == 0)
        {
            // Running elsewhere under a live lease: look again once that lease could have expired.
            await delivery.RetryAsync(options.Value.LeaseDuration, "running on another worker", stopping);
            return;
        }
        job = await jobs.AsNoTracking().FirstAsync(j => j.Id == id, stopping);
        scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(job.OwnerId, [ApiKeyScopes.Full]);
        await events.PublishAsync(JobEvents.Of(job, EventType.JobProgress), stopping);
        await new JobExecution(job, definition, handlerType, delivery, scope.ServiceProvider, events, clock, options.Value, logger)
            .RunAsync(stopping);
    }
}
