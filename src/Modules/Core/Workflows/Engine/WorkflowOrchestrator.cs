using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Core.Workflows.Engine;

/// <summary>
/// JARVIS's workflow brain: keeps every RUNNING run moving. State lives in the database only, so an API restart
/// mid-run loses nothing: the next pass reads the runs and their step jobs and carries on (jobs kept running in the
/// workers meanwhile). Runs on the API host, which has the schema the steps are dispatched through.
/// </summary>
internal sealed class WorkflowOrchestrator(IServiceScopeFactory scopes, WorkflowSignal signal, ILogger<WorkflowOrchestrator> logger) : BackgroundService
{
    private static readonly TimeSpan Busy = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (migrations run in a hosted service too).
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var active = false;
            try
            {
                active = await PassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Workflow orchestrator pass failed; trying again.");
            }
            try
            {
                await signal.WaitAsync(active ? Busy : Idle, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> PassAsync(CancellationToken ct)
    {
        List<(Guid Id, Guid OwnerId)> runs;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            runs = [.. (await db.WorkflowRuns.IgnoreQueryFilters().AsNoTracking().Where(r => r.Status == WorkflowRunStatus.Running)
                .OrderBy(r => r.CreatedAt).Select(r => new { r.Id, r.OwnerId }).Take(500).ToListAsync(ct)).Select(r => (r.Id, r.OwnerId))];
        }
        var active = false;
        foreach (var (id, ownerId) in runs)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(ownerId, [ApiKeyScopes.Full]);
            try
            {
                active |= await scope.ServiceProvider.GetRequiredService<WorkflowAdvancer>().AdvanceAsync(id, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Advancing workflow run {Run} failed; it is tried again on the next pass.", id);
                active = true;
            }
        }
        return active;
    }
}

public static class WorkflowOrchestration
{
    /// <summary>Runs the orchestrator in this host; <typeparamref name="TDispatcher"/> enqueues the steps' jobs.</summary>
    public static IServiceCollection AddWorkflowOrchestrator<TDispatcher>(this IServiceCollection services)
        where TDispatcher : class, IWorkflowStepDispatcher
    {
        services.AddScoped<IWorkflowStepDispatcher, TDispatcher>();
        services.AddScoped<WorkflowAdvancer>();
        services.AddHostedService<WorkflowOrchestrator>();
        return services;
    }
}
