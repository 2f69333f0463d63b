using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Events.Redis;
using MediaCreator.Modules.Core.Jobs.Queue.InProcess;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.Core.Jobs.Queue.Redis;

public static class RedisJobQueueRegistration
{
    /// <summary>
    /// Makes <see cref="RedisStreamsJobQueue"/> the <see cref="IJobQueue"/>, replacing any other; options bind from
    /// the <c>Redis</c> section (<see cref="RedisQueueOptions"/>).
    /// </summary>
    public static IServiceCollection AddRedisJobQueue(this IServiceCollection services)
    {
        services.AddOptions<RedisQueueOptions>().BindConfiguration(RedisConnection.Section);
        RedisConnection.TryAdd(services);
        services.TryAddSingleton<RedisStreamsJobQueue>();
        services.RemoveAll<IJobQueue>();
        services.AddSingleton<IJobQueue>(sp => sp.GetRequiredService<RedisStreamsJobQueue>());
        return services;
    }

    /// <summary>
    /// Event bus and job queue for this host: over Redis when <c>Redis:Configuration</c> is set (API and worker
    /// processes share events and jobs), else in this process only (the embedded default).
    /// Call it after other registrations of <see cref="IEventBus"/>, which it replaces.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<InProcessEventBus>();
        services.AddInProcessJobQueue();
        services.AddRedisEventBus();
        services.TryAddSingleton<RedisEventBus>();
        services.AddRedisJobQueue();
        // Decided when first resolved, so every configuration source (a test host's included) counts.
        services.RemoveAll<IEventBus>();
        services.RemoveAll<IJobQueue>();
        services.AddSingleton<IEventBus>(sp => UsesRedis(sp) ? sp.GetRequiredService<RedisEventBus>() : sp.GetRequiredService<InProcessEventBus>());
        services.AddSingleton<IJobQueue>(sp => UsesRedis(sp) ? sp.GetRequiredService<RedisStreamsJobQueue>() : sp.GetRequiredService<InProcessJobQueue>());
        return builder;
    }

    private static bool UsesRedis(IServiceProvider services) =>
        !string.IsNullOrWhiteSpace(services.GetRequiredService<IConfiguration>()[RedisConnection.ConfigurationKey]);
}
