using MediaCreator.Modules.Core.Jobs.Queue.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaCreator.Modules.Core.Events.Redis;

public static class RedisEventBusRegistration
{
    /// <summary>
    /// Makes <see cref="RedisEventBus"/> the <see cref="IEventBus"/>, replacing any other; options bind from the
    /// <c>Redis</c> section (<see cref="RedisEventBusOptions"/>).
    /// </summary>
    public static IServiceCollection AddRedisEventBus(this IServiceCollection services)
    {
        services.AddOptions<RedisEventBusOptions>().BindConfiguration(RedisConnection.Section);
        RedisConnection.TryAdd(services);
        services.RemoveAll<IEventBus>();
        services.AddSingleton<IEventBus, RedisEventBus>();
        return services;
    }
}
