using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace MediaCreator.Modules.Core.Jobs.Queue.Redis;

/// <summary>The process's one <see cref="IConnectionMultiplexer"/>, shared by the event bus and the job queue.</summary>
internal static class RedisConnection
{
    public const string Section = "Redis";
    public const string ConfigurationKey = Section + ":Configuration";

    /// <summary>Registers a multiplexer from <c>Redis:Configuration</c> unless the host registered its own.</summary>
    public static void TryAdd(IServiceCollection services) => services.TryAddSingleton<IConnectionMultiplexer>(sp =>
    {
        var configuration = sp.GetRequiredService<IConfiguration>()[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(configuration))
        {
            throw new InvalidOperationException($"Redis messaging needs '{ConfigurationKey}' (e.g. 127.0.0.1:6379).");
        }
        var options = ConfigurationOptions.Parse(configuration);
        // Start even while Redis is down; the multiplexer keeps reconnecting in the background.
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    });
}
