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
