using MediaCreator.Modules.Core.Jobs.Queue;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>
/// The database is the source of truth for jobs: at start-up QUEUED jobs are enqueued again (an in-process queue
/// died with its process), and every lease period (<see cref="JobRecoveryPass"/>, on Coravel's scheduler) RUNNING
/// jobs whose lease expired (their worker died) are handed back to the queue, and all waiting jobs too when the
/// queue transport lost its data (Redis restarted empty). Duplicate messages are harmless because claiming a job is
/// conditional.
/// </summary>
internal sealed class JobRecoveryService(IServiceScopeFactory scopes, IJobQueue queue, JobHandlerRegistry registry,
    IOptions<WorkerOptions> options, TimeProvider clock, ILogger<JobRecoveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        // The start-up pass must happen even when the database or the queue is briefly unreachable: retry it.
        for (var delay = TimeSpan.FromSeconds(1); ; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks)))
        {
            try
            {
                await queue.CheckIntactAsync(stoppingToken); // adopt the transport's current epoch
                await RequeueAsync(includeQueued: true, stoppingToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Start-up job recovery failed; retrying in {Delay}", delay);
                await Task.Delay(delay, clock, stoppingToken);
            }
        }
    }

    /// <summary>One periodic pass: expired leases always, every waiting job when the queue lost messages.</summary>
    internal async Task<int> RecoverAsync(CancellationToken ct)
    {
        if (!options.Value.Enabled) return 0;
        var intact = await queue.CheckIntactAsync(ct);
        return await RequeueAsync(includeQueued: !intact, ct);
    }

    internal async Task<int> RequeueAsync(bool includeQueued, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var tasks = registry.Definitions.Select(d => d.TaskName).ToList();
        var stale = await db.Jobs.IgnoreQueryFilters().AsNoTracking()
            .Where(j => tasks.Contains(j.TaskName)
                        && ((includeQueued && j.Status == JobStatus.Queued) || (j.Status == JobStatus.Running && j.LeaseExpiresAt < now)))
            .OrderBy(j => j.CreatedAt).Select(j => new { j.Id, j.TaskName }).Take(10_000).ToListAsync(ct);
        foreach (var job in stale)
        {
            registry.TryGet(job.TaskName, out var definition, out _);
            await queue.EnqueueAsync(new JobMessage(job.Id, definition.Queue), ct);
        }
        // Plugin workers run out of process: when their lease lapses the job simply waits to be claimed again.
        var plugins = await db.Jobs.IgnoreQueryFilters()
            .Where(j => j.Status == JobStatus.Running && j.LeaseExpiresAt < now && j.WorkerId != null && j.WorkerId.StartsWith("plugin:"))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Queued).SetProperty(j => j.WorkerId, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), ct);
        if (stale.Count + plugins > 0) logger.LogInformation("Re-queued {Count} job(s) from the database", stale.Count + plugins);
        return stale.Count + plugins;
    }
}

/// <summary>The periodic recovery pass, run by Coravel every lease period.</summary>
internal sealed class JobRecoveryPass(JobRecoveryService recovery) : Coravel.Invocable.IInvocable, Coravel.Invocable.ICancellableInvocable
{
    public CancellationToken CancellationToken { get; set; }

    public Task Invoke() => recovery.RecoverAsync(CancellationToken);
}
