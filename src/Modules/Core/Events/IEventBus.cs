namespace MediaCreator.Modules.Core.Events;

/// <summary>
/// Publishes domain events to subscribers by topic. The in-process bus serves one server; a Redis-backed bus
/// (job engine issue) carries events between worker and API processes through the same interface.
/// </summary>
public interface IEventBus
{
    Task PublishAsync(DomainEvent domainEvent, CancellationToken ct = default);

    /// <summary>Events published on <paramref name="topic"/> from now on, until the subscription is disposed.</summary>
    IObservable<DomainEvent> Subscribe(string topic);
}
