using Coravel.Invocable;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Sync;

/// <summary>
/// The periodic sync: one job per owner with published posts per time slot (the interval, counted from the Unix epoch
/// in UTC). The job's idempotency key is derived from task, owner and slot, so however many API and worker processes
/// run the pass, and however often within the slot, the owner gets one job; the unique key settles a race.
/// </summary>
internal abstract class PeriodicSyncPass(IServiceScopeFactory scopes, IOptions<SyncOptions> options, TimeProvider clock, ILogger logger) : IInvocable
{
    protected abstract string Task { get; }

    protected abstract TimeSpan Interval(SyncOptions options);

    public Task Invoke() => options.Value.Enabled ? RunAsync(CancellationToken.None) : System.Threading.Tasks.Task.CompletedTask;

    /// <summary>Enqueues this slot's job of every owner that has none yet; returns how many it enqueued.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var interval = Interval(options.Value);
        var slot = new DateTime(now.Ticks - now.Ticks % interval.Ticks, DateTimeKind.Utc);
        var owners = await OwnersAsync(ct);
        var enqueued = 0;
        foreach (var owner in owners)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(owner, [ApiKeyScopes.Full]);
            var key = DerivedKeys.From($"{Task}:{owner:N}:{slot:O}");
            var alreadyThere = await scope.ServiceProvider.GetRequiredService<Core.Persistence.CoreDbContext>().Jobs
                .AnyAsync(j => j.IdempotencyKey == key, ct);
            if (alreadyThere) continue;
            try
            {
                var (result, created) = await scope.ServiceProvider.GetRequiredService<SyncJobs>().EnqueueAsync(Task, new SyncInput(), "input", key, ct);
                if (result.Errors is { Count: > 0 } errors)
                    logger.LogWarning("Periodic {Task} of owner {Owner} not enqueued: {Error}", Task, owner, errors[0].Message);
                else if (created) enqueued++;
            }
            catch (DbUpdateException)
            {
                logger.LogDebug("Periodic {Task} of owner {Owner} for {Slot} was enqueued by another process", Task, owner, slot);
            }
        }
        return enqueued;
    }

    private async Task<List<Guid>> OwnersAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
        var publishers = scope.ServiceProvider.GetServices<IPlatformPublisher>();
        return await SyncScope.Syncable(db.Publications.IgnoreQueryFilters(), publishers, Task == SyncTasks.Revenue)
            .Select(p => p.OwnerId).Distinct().ToListAsync(ct);
    }
}

internal sealed class PeriodicMetricsSync(IServiceScopeFactory scopes, IOptions<SyncOptions> options, TimeProvider clock, ILogger<PeriodicMetricsSync> logger)
    : PeriodicSyncPass(scopes, options, clock, logger)
{
    protected override string Task => SyncTasks.Metrics;

    protected override TimeSpan Interval(SyncOptions options) => options.MetricsInterval;
}

internal sealed class PeriodicRevenueSync(IServiceScopeFactory scopes, IOptions<SyncOptions> options, TimeProvider clock, ILogger<PeriodicRevenueSync> logger)
    : PeriodicSyncPass(scopes, options, clock, logger)
{
    protected override string Task => SyncTasks.Revenue;

    protected override TimeSpan Interval(SyncOptions options) => options.RevenueInterval;
}
