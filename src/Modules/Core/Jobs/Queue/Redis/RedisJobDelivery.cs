using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace MediaCreator.Modules.Core.Jobs.Queue.Redis;

/// <summary>A stream entry pending on <paramref name="consumer"/>; settled by the scripts of <see cref="RedisQueueScripts"/>.</summary>
internal sealed class RedisJobDelivery(IDatabase db, RedisQueueKeys keys, string consumer, RedisValue entryId, JobMessage message,
    int deliveryCount, ILogger logger) : JobDelivery(message, deliveryCount)
{
    private int _settled;

    public RedisValue EntryId { get; } = entryId;

    public override Task AckAsync(CancellationToken ct) => SettleAsync(RedisQueueScripts.Ack, [keys.Stream], [], ct);

    public override Task RetryAsync(TimeSpan delay, string error, CancellationToken ct)
    {
        var member = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["job"] = Message.JobId.ToString("N"),
            ["deliveries"] = DeliveryCount.ToString(CultureInfo.InvariantCulture),
            ["error"] = error,
            ["id"] = EntryId.ToString(), // keeps members unique
        });
        var delayMs = (long)Math.Max(0, delay.TotalMilliseconds);
        return SettleAsync(RedisQueueScripts.Retry, [keys.Stream, keys.Delayed], [delayMs, member], ct);
    }

    public override Task DeadLetterAsync(string error, CancellationToken ct)
    {
        logger.LogWarning("Queue {Queue}: job {JobId} dead-lettered after {DeliveryCount} deliveries: {Error}",
            keys.Queue, Message.JobId, DeliveryCount, error);
        return SettleAsync(RedisQueueScripts.DeadLetter, [keys.Stream, keys.Dead],
            [Message.JobId.ToString("N"), error, DeliveryCount, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)], ct);
    }

    public override async Task RenewLeaseAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _settled) != 0) throw new InvalidOperationException("The delivery is already settled.");
        await RunAsync(RedisQueueScripts.Renew, [keys.Stream], [], ct);
    }

    private async Task SettleAsync(string script, RedisKey[] scriptKeys, RedisValue[] args, CancellationToken ct)
    {
        if (Interlocked.Exchange(ref _settled, 1) != 0) throw new InvalidOperationException("The delivery is already settled.");
        try
        {
            await RunAsync(script, scriptKeys, args, ct);
        }
        catch (Exception)
        {
            // Not settled after all (e.g. Redis unreachable): the caller may try again.
            Volatile.Write(ref _settled, 0);
            throw;
        }
    }

    private async Task RunAsync(string script, RedisKey[] scriptKeys, RedisValue[] args, CancellationToken ct)
    {
        RedisValue[] all = [RedisQueueKeys.Group, consumer, EntryId, .. args];
        int owned;
        try
        {
            owned = (int)await db.ScriptEvaluateAsync(script, scriptKeys, all).WaitAsync(ct);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            // Redis lost the stream (restarted without its data): there is nothing left to settle. The database
            // still holds the job, and the recovery pass re-queues waiting jobs once it notices the loss.
            logger.LogWarning("Queue {Queue}: entry {EntryId} of job {JobId} vanished with its stream", keys.Queue, EntryId, Message.JobId);
            return;
        }
        if (owned == 0)
        {
            // The lease expired and another consumer took the entry over: that delivery is the live one now.
            logger.LogWarning("Queue {Queue}: consumer {Consumer} no longer holds entry {EntryId} of job {JobId}",
                keys.Queue, consumer, EntryId, Message.JobId);
        }
    }
}
