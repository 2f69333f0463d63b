namespace MediaCreator.Modules.Core.Events.Redis;

/// <summary>Settings of <see cref="RedisEventBus"/>, bound from the <c>Redis</c> configuration section.</summary>
public sealed class RedisEventBusOptions
{
    /// <summary>StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c> (<c>Redis:Configuration</c>).</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every channel; events of topic <c>t</c> travel on <c>{KeyPrefix}events:{t}</c>.</summary>
    public string KeyPrefix { get; set; } = "mc:";
}
