using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>What a handler can do while it runs: report progress, record cost, reach its scope's services.</summary>
public sealed class JobContext(Job job, JobTaskDefinition definition, IServiceProvider services, CoreDbContext db, IEventBus events, TimeProvider clock,
    Func<Task> onClaimLost)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);
    private DateTimeOffset _lastProgress = DateTimeOffset.MinValue;

    public Job Job { get; } = job;

    public JobTaskDefinition Definition { get; } = definition;

    /// <summary>The job's DI scope.</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>
    /// Records progress (0..1) and a message. Updates are throttled to about two a second (the last one, 1.0,
    /// always passes) and published as JOB_PROGRESS. Throws <see cref="OperationCanceledException"/> when the job
    /// was cancelled meanwhile.
    /// </summary>
    public async Task ReportProgressAsync(double fraction, string? message, CancellationToken ct)
    {
        fraction = Math.Clamp(double.IsNaN(fraction) ? 0 : fraction, 0, 1);
        var now = clock.GetUtcNow();
        if (fraction < 1 && now - _lastProgress < ProgressInterval) return;
        _lastProgress = now;
        // Progress may be reported from another thread while the handler uses its own DbContext (a DbContext allows one
        // operation at a time), so each update goes through a context of its own.
        using var scope = Services.GetRequiredService<IServiceScopeFactory>().CreateScope();
        var progressDb = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var updated = await progressDb.Jobs.IgnoreQueryFilters()
            .Where(j => j.Id == Job.Id && j.Status == JobStatus.Running && j.WorkerId == Job.WorkerId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, fraction).SetProperty(j => j.Message, message), ct);
        if (updated == 0)
        {
            // Cancelled (or taken over after a lost lease): stop at once rather than at the next heartbeat.
            await onClaimLost();
            ct.ThrowIfCancellationRequested();
        }
        Job.Progress = fraction;
        Job.Message = message;
        await events.PublishAsync(new JobEvent(EventType.JobProgress, Job.OwnerId, Job.ProjectId, Job.Id, JobStatus.Running, fraction, message,
            Job.WorkflowRunId, Job.WorkflowStepKey), ct);
    }

    /// <summary>
    /// Records the job's cost: <paramref name="quantity"/> units of the task's cost profile (nothing without a
    /// profile). One CostRecord per job and provider: a retried attempt (e.g. after its worker was killed) replaces
    /// the record of the attempt before rather than adding a second charge.
    /// </summary>
    public async Task RecordCostAsync(double quantity, CancellationToken ct)
    {
        var provider = Job.Provider ?? Definition.Provider;
        var profile = Definition.AllProviders.FirstOrDefault(p => p.Key == provider)?.CostProfile ?? Definition.CostProfile;
        if (profile is null) return;
        var cost = Math.Max(profile.MinimumCost ?? 0m, profile.UnitCost * (decimal)quantity);
        var record = await db.CostRecords.IgnoreQueryFilters().FirstOrDefaultAsync(c => c.JobId == Job.Id && c.Provider == provider, ct);
        if (record is null)
        {
            record = new CostRecord { OwnerId = Job.OwnerId, ProjectId = Job.ProjectId, JobId = Job.Id, Provider = provider, ModuleName = Definition.ModuleName, Currency = profile.Currency };
            db.CostRecords.Add(record);
        }
        record.TotalCost = cost;
        record.Currency = profile.Currency;
        record.Quantity = quantity;
        record.Unit = profile.Unit;
        record.CreatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
