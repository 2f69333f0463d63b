namespace MediaCreator.Modules.Core.Jobs.Queue.Redis;

/// <summary>Settings of <see cref="RedisStreamsJobQueue"/>, bound from the <c>Redis</c> configuration section.</summary>
public sealed class RedisQueueOptions
{
    /// <summary>StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c> (<c>Redis:Configuration</c>).</summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// How long a delivery stays with its consumer without a heartbeat (<see cref="JobDelivery.RenewLeaseAsync"/>)
    /// before another consumer may take it over. Heartbeat at a third of this.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest an idle consumer waits before it looks again for new, reclaimable and due entries. New entries wake
    /// consumers at once; this bounds how late expired leases and due retries are noticed.
    /// </summary>
    public TimeSpan BlockTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Prefix of every key; queue <c>q</c> is the stream <c>{KeyPrefix}jobs:{q}</c>.</summary>
    public string KeyPrefix { get; set; } = "mc:";
}
