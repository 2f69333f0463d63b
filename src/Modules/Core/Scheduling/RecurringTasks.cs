using Coravel;
using Coravel.Invocable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Core.Scheduling;

/// <summary>When a recurring task runs: every <see cref="Interval"/>, or on a 5-field <see cref="Cron"/> expression (UTC).</summary>
public sealed record RecurringSchedule(TimeSpan? Interval, string? Cron)
{
    public static RecurringSchedule Every(TimeSpan interval) =>
        interval > TimeSpan.Zero ? new(interval, null) : throw new ArgumentOutOfRangeException(nameof(interval), "must be positive");

    public static RecurringSchedule OnCron(string cron) => new(null, cron);
}

/// <summary>A recurring task a module registered; the schedule is read at start-up, when options are final.</summary>
internal sealed record RecurringTaskRegistration(Type Invocable, string Name, Func<IServiceProvider, RecurringSchedule> Schedule);

/// <summary>
/// Recurring work (job recovery, scheduled publishing, metric sync...) runs on Coravel's scheduler: modules register
/// an <see cref="IInvocable"/> with <see cref="AddRecurringTask{T}"/>; runs of one task never overlap.
/// </summary>
public static class RecurringTaskRegistrationExtensions
{
    public static IServiceCollection AddRecurringTask<TInvocable>(this IServiceCollection services, string name,
        Func<IServiceProvider, RecurringSchedule> schedule)
        where TInvocable : class, IInvocable
    {
        if (!services.Any(d => d.ServiceType == typeof(RecurringTaskHost)))
        {
            services.AddScheduler();
            services.AddSingleton<RecurringTaskHost>();
            services.AddHostedService(sp => sp.GetRequiredService<RecurringTaskHost>());
        }
        services.TryAddTransient<TInvocable>();
        services.AddSingleton(new RecurringTaskRegistration(typeof(TInvocable), name, schedule));
        return services;
    }
}

/// <summary>Hands the registered recurring tasks to Coravel's scheduler when the host starts.</summary>
internal sealed class RecurringTaskHost(IServiceProvider services, IEnumerable<RecurringTaskRegistration> registrations,
    ILogger<RecurringTaskHost> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var tasks = registrations.ToList();
        services.UseScheduler(scheduler =>
        {
            foreach (var task in tasks)
            {
                var schedule = task.Schedule(services);
                var interval = scheduler.ScheduleInvocableType(task.Invocable);
                var configured = schedule.Cron is { } cron ? interval.Cron(cron) : Every(interval, schedule.Interval!.Value);
                configured.PreventOverlapping(task.Name);
                logger.LogDebug("Recurring task {Name} scheduled ({Schedule})", task.Name, schedule.Cron ?? schedule.Interval.ToString());
            }
        }).OnError(e => logger.LogError(e, "A recurring task failed"));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Coravel counts seconds below a minute and cron minutes above.</summary>
    private static Coravel.Scheduling.Schedule.Interfaces.IScheduledEventConfiguration Every(
        Coravel.Scheduling.Schedule.Interfaces.IScheduleInterval interval, TimeSpan every)
    {
        var seconds = (int)Math.Ceiling(every.TotalSeconds);
        if (seconds < 60) return interval.EverySeconds(Math.Max(1, seconds));
        var minutes = Math.Clamp((int)Math.Round(every.TotalMinutes), 1, 59);
        return interval.Cron($"*/{minutes} * * * *");
    }
}
