using System.Collections.Concurrent;
using MediaCreator.Modules.Core.Events;

namespace MediaCreator.Modules.Core.Tests.Redis;

/// <summary>An observer that records events and lets a test await a count of them.</summary>
internal sealed class EventRecorder : IObserver<DomainEvent>
{
    private readonly ConcurrentQueue<DomainEvent> _events = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public IReadOnlyList<DomainEvent> Events => [.. _events];

    public void OnNext(DomainEvent value)
    {
        _events.Enqueue(value);
        _arrived.Release();
    }

    public void OnError(Exception error) => throw new InvalidOperationException("The bus signalled an error.", error);

    public void OnCompleted() => throw new InvalidOperationException("The bus completed a topic.");

    public async Task<IReadOnlyList<DomainEvent>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        for (var i = 0; i < count; i++) await _arrived.WaitAsync(cts.Token);
        _arrived.Release(count);
        return Events;
    }
}
