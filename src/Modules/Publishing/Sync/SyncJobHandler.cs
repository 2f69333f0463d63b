using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Sync;

/// <summary>
/// <c>publishing.sync_metrics</c> and <c>publishing.sync_revenue</c>: each publication in scope in turn, progress per
/// publication. A publication the platform refuses (auth expired, post deleted) is listed in the result's failures and
/// the others go on; rate limits and outages make the job retry (with the engine's backoff) once the others are done,
/// and on the last attempt are listed too. When every publication failed, the job fails with the first reason.
/// </summary>
internal sealed class SyncJobHandler(PublishingDbContext db, IEnumerable<IPlatformPublisher> publishers, IServiceScopeFactory scopes,
    IOptions<SyncOptions> options, TimeProvider clock) : JobHandler<SyncInput, SyncOutput>
{
    protected override async Task<SyncOutput> HandleAsync(SyncInput input, JobContext context, CancellationToken ct)
    {
        var revenue = context.Definition.TaskName == SyncTasks.Revenue;
        var job = context.Job;
        var ids = await SyncScope.Of(db, publishers, input, revenue).OrderBy(p => p.PublishedTime).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        var periods = input is { PeriodStart: { } start, PeriodEnd: { } end }
            ? [(start, end)]
            : RevenuePeriods.Default(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), options.Value.RevenueSettleDays);
        var (snapshots, created, updated) = (0, 0, 0);
        var failures = new List<SyncFailure>();
        var transient = new List<SyncFailure>();
        for (var i = 0; i < ids.Count; i++)
        {
            await context.ReportProgressAsync((double)i / ids.Count, $"publication {i + 1} of {ids.Count}", ct);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(job.OwnerId, [ApiKeyScopes.Full]);
                var syncer = scope.ServiceProvider.GetRequiredService<PublicationSyncer>();
                if (revenue)
                {
                    var (c, u) = await syncer.SyncRevenueAsync(ids[i], periods, ct);
                    (created, updated) = (created + c, updated + u);
                }
                else
                {
                    await syncer.SyncMetricsAsync(ids[i], job.CreatedAt, ct);
                    snapshots++;
                }
            }
            catch (PublishingException e)
            {
                (IsTransient(e) ? transient : failures).Add(new SyncFailure(ids[i], e.Code, e.Message));
            }
            catch (HttpRequestException e)
            {
                transient.Add(new SyncFailure(ids[i], PublishingErrorCodes.Unavailable, e.Message));
            }
        }
        if (transient.Count > 0 && job.Attempt < job.MaxAttempts)
        {
            throw new JobFailedException(transient[0].Code,
                $"{transient.Count} of {ids.Count} publications hit a temporary platform error ({transient[0].Message}); retrying them.", retryable: true);
        }
        failures.AddRange(transient);
        if (ids.Count > 0 && failures.Count == ids.Count)
            throw new JobFailedException(failures[0].Code, failures[0].Message, retryable: false);
        await context.ReportProgressAsync(1, $"{ids.Count - failures.Count} of {ids.Count} publications synced", ct);
        return new SyncOutput(ids, snapshots, created, updated, clock.GetUtcNow().UtcDateTime, failures);
    }

    private static bool IsTransient(PublishingException e) =>
        e.Retryable || e.Code is PublishingErrorCodes.RateLimited or PublishingErrorCodes.Unavailable or PublishingErrorCodes.Timeout;
}
