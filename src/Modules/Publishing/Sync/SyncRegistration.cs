using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Sync;

public static class SyncRegistration
{
    /// <summary>
    /// The sync tasks and their handler, the manual revenue handler, and the periodic passes on Coravel's scheduler.
    /// A pass looks for a due slot every interval, or every <see cref="SyncOptions.MaxTick"/> when that is shorter.
    /// </summary>
    public static IServiceCollection AddPublishingSync(this IServiceCollection services)
    {
        services.AddOptions<SyncOptions>().BindConfiguration(SyncOptions.Section)
            .Validate(o => o.MetricsInterval > TimeSpan.Zero && o.RevenueInterval > TimeSpan.Zero, "Sync intervals must be positive.");
        services.AddScoped<PublicationSyncer>();
        services.AddScoped<SyncJobs>();
        services.AddScoped<RevenueEntries>();
        services.AddJobHandler<SyncJobHandler>(SyncTasks.MetricsTask);
        services.AddJobHandler<SyncJobHandler>(SyncTasks.RevenueTask);
        services.AddRecurringTask<PeriodicMetricsSync>("publishing-sync-metrics", sp => Tick(sp, o => o.MetricsInterval));
        services.AddRecurringTask<PeriodicRevenueSync>("publishing-sync-revenue", sp => Tick(sp, o => o.RevenueInterval));
        return services;
    }

    private static RecurringSchedule Tick(IServiceProvider services, Func<SyncOptions, TimeSpan> interval)
    {
        var options = services.GetRequiredService<IOptions<SyncOptions>>().Value;
        var every = interval(options);
        return RecurringSchedule.Every(every < options.MaxTick ? every : options.MaxTick);
    }
}
