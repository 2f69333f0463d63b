using MediaCreator.Modules.Core.Jobs.Queue;

namespace MediaCreator.Modules.Core.Tests.Queue;

/// <summary>
/// Drives one <see cref="IJobQueue.ConsumeAsync"/> the way a worker does, one delivery at a time. A wait that times
/// out leaves the read pending, and the next <see cref="NextAsync"/> continues it.
/// </summary>
internal sealed class QueueConsumer(IJobQueue queue, string queueName, string name) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private IAsyncEnumerator<JobDelivery>? _deliveries;
    private Task<bool>? _pending;

    public string Name { get; } = name;

    /// <summary>The next delivery, or null when none arrives within <paramref name="timeout"/>.</summary>
    public async Task<JobDelivery?> NextAsync(TimeSpan timeout)
    {
        _deliveries ??= queue.ConsumeAsync(queueName, Name, _stop.Token).GetAsyncEnumerator(_stop.Token);
        _pending ??= _deliveries.MoveNextAsync().AsTask();
        if (await Task.WhenAny(_pending, Task.Delay(timeout)) != _pending) return null;
        var moved = await _pending;
        _pending = null;
        return moved ? _deliveries.Current : null;
    }

    public async Task<JobDelivery> RequireNextAsync(TimeSpan? timeout = null) =>
        await NextAsync(timeout ?? TimeSpan.FromSeconds(10)) ?? throw new TimeoutException($"{Name}: no delivery arrived");

    /// <summary>
    /// Lets <paramref name="consumers"/> take deliveries at once, each acking after a little work, until together they
    /// have seen <paramref name="expected"/> messages (or <paramref name="deadline"/> passes), then one quiet period
    /// more so any extra (duplicate) delivery shows up too. Returns what each consumer saw. Stopping on the count rather
    /// than on an idle timeout keeps a slow, loaded machine from ending a drain while a read is still in flight.
    /// </summary>
    public static async Task<List<Guid>[]> DrainTogetherAsync(
        IReadOnlyList<QueueConsumer> consumers, int expected, TimeSpan work, TimeSpan quiet, TimeSpan deadline)
    {
        var total = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        async Task<List<Guid>> DrainOneAsync(QueueConsumer consumer)
        {
            var seen = new List<Guid>();
            while (Volatile.Read(ref total) < expected && clock.Elapsed < deadline)
            {
                if (await consumer.NextAsync(quiet) is not { } delivery) continue;
                await Task.Delay(work);
                seen.Add(delivery.Message.JobId);
                Interlocked.Increment(ref total);
                await delivery.AckAsync(default);
            }
            while (await consumer.NextAsync(quiet) is { } extra)
            {
                seen.Add(extra.Message.JobId);
                await extra.AckAsync(default);
            }
            return seen;
        }
        return await Task.WhenAll(consumers.Select(DrainOneAsync));
    }

    /// <summary>Stops consuming, as a worker that shuts down (or dies) does; unsettled deliveries stay unsettled.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_pending is not null)
        {
            try
            {
                await _pending;
            }
            catch (OperationCanceledException)
            {
                // The expected end of a read cut short by the stop.
            }
        }
        if (_deliveries is not null) await _deliveries.DisposeAsync();
        _stop.Dispose();
    }
}
