using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Jobs.Queue;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>One claimed run of a job: the handler, its heartbeat (lease renewal, cancel check) and the settlement.</summary>
internal sealed class JobExecution(
    Job job, JobTaskDefinition definition, Type handlerType, JobDelivery delivery, IServiceProvider services,
    IEventBus events, TimeProvider clock, WorkerOptions options, ILogger logger)
{
    private readonly CoreDbContext _db = services.GetRequiredService<CoreDbContext>();
    private bool _cancelledByUser;

    private IQueryable<Job> Mine => _db.Jobs.IgnoreQueryFilters()
        .Where(j => j.Id == job.Id && j.WorkerId == options.WorkerId && j.Status == JobStatus.Running);

    public async Task RunAsync(CancellationToken stopping)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var heartbeat = new CancellationTokenSource();
        var beating = HeartbeatAsync(run, heartbeat.Token);
        try
        {
            var handler = (IJobHandler)services.GetRequiredService(handlerType);
            var context = new JobContext(job, definition, services, _db, events, clock, () => LoseClaimAsync(run));
            var output = await handler.HandleAsync(context, run.Token);
            await heartbeat.CancelAsync();
            await beating;
            await CompleteAsync(output, stopping);
        }
        catch (OperationCanceledException) when (_cancelledByUser)
        {
            await delivery.AckAsync(CancellationToken.None);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await ReleaseAsync();
        }
        catch (JobFailedException e)
        {
            await FailAsync(e.Code, e.Message, e.Retryable, e.Provider ?? job.Provider, stopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Job {JobId} ({Task}) threw", job.Id, job.TaskName);
            await FailAsync("HANDLER_ERROR", e.Message, retryable: true, job.Provider, stopping);
        }
        finally
        {
            await heartbeat.CancelAsync();
            await beating;
        }
    }

    /// <summary>Renews the lease (database and queue) and stops the handler when the job was cancelled.</summary>
    private async Task HeartbeatAsync(CancellationTokenSource run, CancellationToken ct)
    {
        var period = options.LeaseDuration / 3;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(period < TimeSpan.FromMilliseconds(200) ? TimeSpan.FromMilliseconds(200) : period, clock, ct);
                var lease = clock.GetUtcNow().UtcDateTime + options.LeaseDuration;
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
                var renewed = await db.Jobs.IgnoreQueryFilters()
                    .Where(j => j.Id == job.Id && j.WorkerId == options.WorkerId && j.Status == JobStatus.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, lease), ct);
                if (renewed == 0)
                {
                    await LoseClaimAsync(run);
                    return;
                }
                await delivery.RenewLeaseAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The run ended; the heartbeat stops with it.
        }
    }

    private async Task LoseClaimAsync(CancellationTokenSource run)
    {
        _cancelledByUser = true;
        await run.CancelAsync();
    }

    private async Task CompleteAsync(string? output, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var done = await Mine.ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, JobStatus.Completed).SetProperty(j => j.OutputPayloadJson, output)
            .SetProperty(j => j.Progress, 1.0).SetProperty(j => j.CompletedAt, now)
            .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null).SetProperty(j => j.FailureCode, (string?)null), ct);
        if (done == 1) await PublishAsync(EventType.JobCompleted, ct);
        await delivery.AckAsync(ct);
    }

    private async Task FailAsync(string code, string message, bool retryable, string? provider, CancellationToken ct)
    {
        message = Truncate(message);
        if (retryable && job.Attempt < job.MaxAttempts)
        {
            var updated = await Mine.ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Queued).SetFailure(code, message, retryable, provider)
                .SetProperty(j => j.Message, $"attempt {job.Attempt} failed ({code}); retrying")
                .SetProperty(j => j.WorkerId, (string?)null).SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), ct);
            if (updated == 1) await PublishAsync(EventType.JobProgress, ct);
            var delay = options.RetryBaseDelay * Math.Pow(2, job.Attempt - 1);
            await delivery.RetryAsync(delay, $"{code}: {message}", ct);
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var failed = await Mine.ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, JobStatus.Failed).SetFailure(code, message, retryable, provider).SetProperty(j => j.CompletedAt, now)
            .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null), ct);
        if (failed == 1) await PublishAsync(EventType.JobFailed, ct);
        await delivery.DeadLetterAsync($"{code}: {message}", ct);
    }

    /// <summary>Graceful shutdown: hand the job back so another worker starts it at once.</summary>
    private async Task ReleaseAsync()
    {
        await Mine.ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, JobStatus.Queued).SetProperty(j => j.WorkerId, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null).SetProperty(j => j.Attempt, j => j.Attempt - 1), CancellationToken.None);
        await delivery.RetryAsync(TimeSpan.Zero, "worker shutting down", CancellationToken.None);
    }

    private async Task PublishAsync(EventType type, CancellationToken ct)
    {
        var current = await _db.Jobs.IgnoreQueryFilters().AsNoTracking().FirstAsync(j => j.Id == job.Id, ct);
        await events.PublishAsync(JobEvents.Of(current, type), ct);
    }

    private static string Truncate(string message) => message.Length <= 2000 ? message : message[..2000];
}
