using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Core.Jobs.Queue.InProcess;

/// <summary>
/// The embedded <see cref="IJobQueue"/>: one channel per queue in this process; each message goes to exactly one of
/// the queue's consumers. Nothing survives the process, and a lease needs no renewing because a crash takes the
/// consumers with it; at start-up the job engine re-queues QUEUED and expired RUNNING jobs from the database.
/// </summary>
public sealed class InProcessJobQueue(ILogger<InProcessJobQueue> logger, TimeProvider? time = null) : IJobQueue
{
    private readonly ConcurrentDictionary<string, Channel<InProcessJobDelivery>> _queues = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<DeadLetter> _deadLetters = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Messages given up on since start, oldest first (kept in memory only).</summary>
    public IReadOnlyCollection<DeadLetter> DeadLetters => _deadLetters;

    public Task EnqueueAsync(JobMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Write(message, 1, ct);
    }

    public async IAsyncEnumerable<JobDelivery> ConsumeAsync(string queue, string consumer, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var delivery in Queue(queue).Reader.ReadAllAsync(ct)) yield return delivery;
    }

    // Not awaited: the retry waits out its delay on its own, the delivery is settled at once.
    internal void Redeliver(JobMessage message, int deliveryCount, TimeSpan delay) => _ = WriteLaterAsync(message, deliveryCount, delay);

    internal void DeadLetter(JobMessage message, string error, int deliveryCount)
    {
        _deadLetters.Enqueue(new DeadLetter(message, error, deliveryCount, _time.GetUtcNow().UtcDateTime));
        logger.LogWarning("Queue {Queue}: job {JobId} dead-lettered after {DeliveryCount} deliveries: {Error}",
            message.Queue, message.JobId, deliveryCount, error);
    }

    private async Task WriteLaterAsync(JobMessage message, int deliveryCount, TimeSpan delay)
    {
        if (delay > TimeSpan.Zero) await Task.Delay(delay, _time);
        await Write(message, deliveryCount, CancellationToken.None);
    }

    private Task Write(JobMessage message, int deliveryCount, CancellationToken ct) =>
        Queue(message.Queue).Writer.WriteAsync(new InProcessJobDelivery(this, message, deliveryCount), ct).AsTask();

    private Channel<InProcessJobDelivery> Queue(string name) =>
        _queues.GetOrAdd(name, _ => Channel.CreateUnbounded<InProcessJobDelivery>(new UnboundedChannelOptions { SingleReader = false }));
}
