using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.Core.Jobs.Engine;

internal static class JobEngineModule
{
    /// <summary>The job engine: outbox relay, workers (when <c>Workers:Enabled</c>), recovery, createJob/cancelJob/retryJob.</summary>
    public static IHostApplicationBuilder AddJobEngine(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WorkerOptions>().BindConfiguration("Workers");
        services.AddSingleton<JobHandlerRegistry>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<JobEnqueuer>();
        services.AddScoped<JobOrigin>();
        services.AddSingleton<Workflows.Engine.WorkflowSignal>();
        services.AddScoped<Workflows.Planning.WorkflowPlanner>();
        services.AddScoped<Workflows.Engine.WorkflowRunService>();
        services.AddScoped<JobControlHandler>();
        services.AddHostedService<OutboxRelay>();
        services.AddHostedService<WorkerService>();
        services.AddSingleton<JobRecoveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRecoveryService>());
        services.AddRecurringTask<JobRecoveryPass>("job-recovery",
            sp => RecurringSchedule.Every(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WorkerOptions>>().Value.LeaseDuration));
        services.AddJobHandler<EchoJobHandler>(EchoJobHandler.Task);
        services.AddSingleton<IMutationFields, JobMutations>();
        services.AddScoped<Plugins.PluginJobHandler>();
        services.AddSingleton<IMutationFields, Plugins.PluginJobMutations>();
        return builder;
    }
}
