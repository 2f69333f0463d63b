namespace MediaCreator.Modules.Core.Jobs.Queue;

/// <summary>A job's queue message: which job to run. The Job row in the database holds everything else.</summary>
/// <param name="Queue">One of <see cref="JobQueues"/>: image, video, audio, music, publishing, generic.</param>
public sealed record JobMessage(Guid JobId, string Queue);

/// <summary>
/// Moves job messages from the API (or the outbox relay) to workers. Two transports implement it: in-process
/// (the embedded default) and Redis Streams (consumer groups per queue, shared by many worker processes).
/// Delivery is at-least-once: a handler must tolerate a message it already processed.
/// </summary>
public interface IJobQueue
{
    Task EnqueueAsync(JobMessage message, CancellationToken ct);

    /// <summary>
    /// Deliveries for <paramref name="queue"/> to the consumer named <paramref name="consumer"/> (unique per worker
    /// process). Unacknowledged deliveries of a consumer that stopped are handed to another after the lease expires.
    /// </summary>
    IAsyncEnumerable<JobDelivery> ConsumeAsync(string queue, string consumer, CancellationToken ct);

    /// <summary>
    /// False when the transport may have lost messages since this process last asked (e.g. Redis came back from a
    /// restart without its data); the caller then re-enqueues every waiting job from the database. Transports that
    /// live and die with the process (in-process) are always intact: their loss is a restart, handled at start-up.
    /// </summary>
    Task<bool> CheckIntactAsync(CancellationToken ct) => Task.FromResult(true);
}

/// <summary>One delivery of a <see cref="JobMessage"/>; settle it exactly once.</summary>
public abstract class JobDelivery(JobMessage message, int deliveryCount)
{
    public JobMessage Message { get; } = message;

    /// <summary>1 on the first delivery; higher when the message was reclaimed or retried.</summary>
    public int DeliveryCount { get; } = deliveryCount;

    /// <summary>The job reached a final state (completed, failed for good, cancelled): forget the message.</summary>
    public abstract Task AckAsync(CancellationToken ct);

    /// <summary>Deliver the message again after <paramref name="delay"/> (retry with backoff).</summary>
    public abstract Task RetryAsync(TimeSpan delay, string error, CancellationToken ct);

    /// <summary>The job has exhausted its attempts: keep a dead-letter record with the last error and forget the message.</summary>
    public abstract Task DeadLetterAsync(string error, CancellationToken ct);

    /// <summary>Extend this consumer's lease while the handler is still working (heartbeat).</summary>
    public abstract Task RenewLeaseAsync(CancellationToken ct);
}

public static class JobQueues
{
    public const string Image = "image";
    public const string Video = "video";
    public const string Audio = "audio";
    public const string Music = "music";
    public const string Publishing = "publishing";
    public const string Generic = "generic";

    public static readonly IReadOnlyList<string> All = [Image, Video, Audio, Music, Publishing, Generic];
}

/// <summary>A message given up on (<see cref="JobDelivery.DeadLetterAsync"/>): the last error and how often it was delivered.</summary>
public sealed record DeadLetter(JobMessage Message, string Error, int DeliveryCount, DateTime FailedAt);
