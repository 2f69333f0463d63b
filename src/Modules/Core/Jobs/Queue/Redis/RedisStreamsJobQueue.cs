using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MediaCreator.Modules.Core.Jobs.Queue.Redis;

/// <summary>
/// An <see cref="IJobQueue"/> over Redis Streams, shared by any number of worker processes: one stream per queue
/// (<c>{prefix}jobs:{queue}</c>) with one consumer group. A delivery stays pending on its consumer until settled;
/// one idle longer than <see cref="RedisQueueOptions.LeaseDuration"/> is taken over by a live consumer
/// (XAUTOCLAIM). Retries wait in a sorted set (<c>…:delayed</c>) until due; dead letters go to <c>…:dead</c>.
/// </summary>
/// <remarks>
/// StackExchange.Redis multiplexes one connection, so it cannot issue XREADGROUP BLOCK (it would stall every other
/// command). Consumers read without blocking instead and, when idle, wait for a wake-up published on
/// <c>…:wake</c> by <see cref="EnqueueAsync"/> or for <see cref="RedisQueueOptions.BlockTime"/>, whichever is first.
/// </remarks>
public sealed class RedisStreamsJobQueue(IConnectionMultiplexer redis, IOptions<RedisQueueOptions> options, ILogger<RedisStreamsJobQueue> logger)
    : IJobQueue
{
    private const int PromoteBatch = 100;
    private readonly RedisQueueOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, Task> _groups = new(StringComparer.Ordinal);
    private RedisValue _epoch = RedisValue.Null;

    public async Task EnqueueAsync(JobMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        var keys = Keys(message.Queue);
        var db = redis.GetDatabase();
        await db.StreamAddAsync(keys.Stream, [new("job", message.JobId.ToString("N")), new("deliveries", 0)]).WaitAsync(ct);
        await redis.GetSubscriber().PublishAsync(keys.Wake, RedisValue.EmptyString, CommandFlags.FireAndForget);
    }

    public async IAsyncEnumerable<JobDelivery> ConsumeAsync(string queue, string consumer, [EnumeratorCancellation] CancellationToken ct)
    {
        var keys = Keys(queue);
        var wake = await SubscribeWakeAsync(keys, ct);
        try
        {
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var delivery = await NextAsync(keys, consumer, ct);
                if (delivery is not null)
                {
                    yield return delivery;
                    continue;
                }
                await WaitAsync(wake, ct);
            }
        }
        finally
        {
            if (wake is not null) await wake.UnsubscribeAsync(CommandFlags.FireAndForget);
        }
    }

    /// <summary>
    /// Keeps an epoch marker (<c>{prefix}jobs:epoch</c>) in Redis. A missing marker, or one another process replaced,
    /// means Redis lost its data since this process last looked (a restart without persistence, a fail-over to an
    /// empty node): the streams may have lost messages, so this returns false once and adopts the new epoch.
    /// </summary>
    public async Task<bool> CheckIntactAsync(CancellationToken ct)
    {
        var db = redis.GetDatabase();
        var key = (RedisKey)$"{_options.KeyPrefix}jobs:epoch";
        var current = await db.StringGetAsync(key).WaitAsync(ct);
        if (current.IsNull)
        {
            var fresh = (RedisValue)Guid.NewGuid().ToString("N");
            current = await db.StringSetAsync(key, fresh, when: When.NotExists).WaitAsync(ct) ? fresh : await db.StringGetAsync(key).WaitAsync(ct);
            // The very first look of a process on a fresh Redis has nothing to have lost.
            if (_epoch.IsNull)
            {
                _epoch = current;
                return true;
            }
        }
        if (_epoch.IsNull || _epoch == current)
        {
            _epoch = current;
            return true;
        }
        logger.LogWarning("Redis job queues lost their data (epoch {Old} -> {New}); waiting jobs are re-queued from the database", _epoch, current);
        _epoch = current;
        _groups.Clear();
        return false;
    }

    /// <summary>The newest dead letters of <paramref name="queue"/>, newest first.</summary>
    public async Task<IReadOnlyList<DeadLetter>> ReadDeadLettersAsync(string queue, int count, CancellationToken ct)
    {
        var entries = await redis.GetDatabase().StreamRangeAsync(Keys(queue).Dead, count: count, messageOrder: Order.Descending).WaitAsync(ct);
        return [.. entries.Select(e => new DeadLetter(
            new JobMessage(Guid.Parse((string)e["job"]!), queue), (string)e["error"]!, (int)e["deliveries"],
            DateTime.Parse((string)e["at"]!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)))];
    }

    internal RedisQueueKeys Keys(string queue) => RedisQueueKeys.For(_options.KeyPrefix, queue);

    private async Task<JobDelivery?> NextAsync(RedisQueueKeys keys, string consumer, CancellationToken ct)
    {
        try
        {
            await EnsureGroupAsync(keys).WaitAsync(ct);
            var db = redis.GetDatabase();
            await db.ScriptEvaluateAsync(RedisQueueScripts.PromoteDue, [keys.Delayed, keys.Stream], [PromoteBatch]).WaitAsync(ct);
            return await ReclaimAsync(db, keys, consumer).WaitAsync(ct) ?? await ReadNewAsync(db, keys, consumer).WaitAsync(ct);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            // The stream or group is gone (e.g. Redis restarted without persistence): create them again.
            _groups.TryRemove(keys.Queue, out _);
            return null;
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException && !ct.IsCancellationRequested)
        {
            // StackExchange.Redis reconnects by itself; keep the consumer alive and try again after a pause.
            logger.LogWarning(ex, "Queue {Queue}: Redis unavailable, consumer {Consumer} retries", keys.Queue, consumer);
            return null;
        }
    }

    private async Task<JobDelivery?> ReclaimAsync(IDatabase db, RedisQueueKeys keys, string consumer)
    {
        var lease = (long)_options.LeaseDuration.TotalMilliseconds;
        var claimed = await db.StreamAutoClaimAsync(keys.Stream, RedisQueueKeys.Group, consumer, lease, "0-0", 1);
        // default(StreamEntry) does not report IsNull, so test the id.
        var entry = claimed.ClaimedEntries.FirstOrDefault(e => !e.Id.IsNull);
        if (entry.Id.IsNull) return null;

        // XAUTOCLAIM counted this delivery; the entry's counter includes the deliveries before the lease ran out.
        var pending = await db.StreamPendingMessagesAsync(keys.Stream, RedisQueueKeys.Group, 1, consumer, entry.Id, entry.Id);
        var counter = pending.Length == 1 ? pending[0].DeliveryCount : 2; // settled meanwhile: 2 is the least it can be
        logger.LogInformation("Queue {Queue}: consumer {Consumer} took over entry {EntryId} after its lease expired", keys.Queue, consumer, entry.Id);
        return Delivery(db, keys, consumer, entry, counter);
    }

    private async Task<JobDelivery?> ReadNewAsync(IDatabase db, RedisQueueKeys keys, string consumer)
    {
        // One at a time: an entry read ahead would sit pending here, its lease running, while nobody works on it.
        var entries = await db.StreamReadGroupAsync(keys.Stream, RedisQueueKeys.Group, consumer, StreamPosition.NewMessages, 1);
        return entries.Length == 0 ? null : Delivery(db, keys, consumer, entries[0], 1);
    }

    private RedisJobDelivery Delivery(IDatabase db, RedisQueueKeys keys, string consumer, StreamEntry entry, long counter)
    {
        var message = new JobMessage(Guid.Parse((string)entry["job"]!), keys.Queue);
        var previous = entry["deliveries"].TryParse(out int before) ? before : 0;
        return new RedisJobDelivery(db, keys, consumer, entry.Id, message, previous + (int)counter, logger);
    }

    private async Task EnsureGroupAsync(RedisQueueKeys keys)
    {
        var creating = _groups.GetOrAdd(keys.Queue, _ => CreateGroupAsync(keys));
        try
        {
            await creating;
        }
        catch (Exception)
        {
            _groups.TryRemove(new KeyValuePair<string, Task>(keys.Queue, creating));
            throw;
        }
    }

    private async Task CreateGroupAsync(RedisQueueKeys keys)
    {
        try
        {
            // From "0": entries enqueued before any consumer existed are delivered too.
            await redis.GetDatabase().StreamCreateConsumerGroupAsync(keys.Stream, RedisQueueKeys.Group, "0", createStream: true);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            logger.LogDebug("Queue {Queue}: consumer group exists", keys.Queue);
        }
    }

    private async Task<ChannelMessageQueue?> SubscribeWakeAsync(RedisQueueKeys keys, CancellationToken ct)
    {
        try
        {
            return await redis.GetSubscriber().SubscribeAsync(keys.Wake).WaitAsync(ct);
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException)
        {
            logger.LogWarning(ex, "Queue {Queue}: no wake-up subscription, the consumer polls every {BlockTime}", keys.Queue, _options.BlockTime);
            return null;
        }
    }

    private async Task WaitAsync(ChannelMessageQueue? wake, CancellationToken ct)
    {
        if (wake is null)
        {
            await Task.Delay(_options.BlockTime, ct);
            return;
        }
        // Wake-ups that came while the consumer was reading are covered by that read.
        while (wake.TryRead(out _)) { }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.BlockTime);
        try
        {
            await wake.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogTrace("Queue wait of {BlockTime} elapsed", _options.BlockTime);
        }
    }
}
