using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace MediaCreator.Modules.Core.Events;

/// <summary>Fan-out to the subscribers of this process. Observers are called on the publisher's thread and must not block.</summary>
public sealed class InProcessEventBus : IEventBus
{
    private readonly ConcurrentDictionary<string, ImmutableList<IObserver<DomainEvent>>> _topics = new(StringComparer.Ordinal);

    public Task PublishAsync(DomainEvent domainEvent, CancellationToken ct = default)
    {
        foreach (var topic in domainEvent.Topics.Distinct())
        {
            if (!_topics.TryGetValue(topic, out var observers)) continue;
            foreach (var observer in observers) observer.OnNext(domainEvent);
        }
        return Task.CompletedTask;
    }

    public IObservable<DomainEvent> Subscribe(string topic) => new TopicObservable(this, topic);

    private sealed class TopicObservable(InProcessEventBus bus, string topic) : IObservable<DomainEvent>
    {
        public IDisposable Subscribe(IObserver<DomainEvent> observer)
        {
            bus._topics.AddOrUpdate(topic, _ => [observer], (_, list) => list.Add(observer));
            return new Unsubscriber(bus, topic, observer);
        }
    }

    private sealed class Unsubscriber(InProcessEventBus bus, string topic, IObserver<DomainEvent> observer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
            while (bus._topics.TryGetValue(topic, out var list))
            {
                var updated = list.Remove(observer);
                var done = updated.IsEmpty
                    ? bus._topics.TryRemove(new KeyValuePair<string, ImmutableList<IObserver<DomainEvent>>>(topic, list))
                    : bus._topics.TryUpdate(topic, updated, list);
                if (done) return;
            }
        }
    }
}
