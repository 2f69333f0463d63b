using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MediaCreator.Modules.Core.Events.Redis;

/// <summary>
/// An <see cref="IEventBus"/> over Redis pub/sub: events reach subscribers of every process connected to the same
/// Redis. A topic has one Redis subscription per process, shared by its local observers and dropped with the last
/// one; StackExchange.Redis re-subscribes after a reconnect. Events published here are delivered to local
/// observers directly (on the publisher's thread) and their Redis echo is ignored, so each arrives once.
/// Remote events are delivered in order per topic on a background loop; observers must not block.
/// </summary>
public sealed class RedisEventBus(IConnectionMultiplexer redis, IOptions<RedisEventBusOptions> options, ILogger<RedisEventBus> logger)
    : IEventBus, IDisposable
{
    private readonly Guid _origin = Guid.NewGuid();
    private readonly string _channelPrefix = options.Value.KeyPrefix + "events:";
    private readonly Dictionary<string, Topic> _topics = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async Task PublishAsync(DomainEvent domainEvent, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var topics = domainEvent.Topics.Distinct().ToList();
        if (topics.Count == 0) return;

        var payload = JsonSerializer.Serialize(new RedisEventEnvelope(_origin, domainEvent), DomainEventJson.Options);
        var subscriber = redis.GetSubscriber();
        try
        {
            await Task.WhenAll(topics.Select(t => subscriber.PublishAsync(Channel(t), payload))).WaitAsync(ct);
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException)
        {
            // Pub/sub delivers at most once: an event published while Redis is down reaches no other process. It
            // must not fail the work that raised it (the state is in the database; clients re-query on reconnect).
            logger.LogWarning(ex, "Event {Type} not published to other processes: Redis unavailable", domainEvent.Type);
        }
        foreach (var topic in topics) Deliver(topic, domainEvent);
    }

    public IObservable<DomainEvent> Subscribe(string topic) => new TopicObservable(this, topic);

    public void Dispose()
    {
        List<Topic> open;
        lock (_gate)
        {
            open = [.. _topics.Values];
            _topics.Clear();
        }
        foreach (var topic in open)
        {
            if (topic.Opening.IsCompletedSuccessfully) topic.Opening.Result.Unsubscribe(CommandFlags.FireAndForget);
        }
    }

    private RedisChannel Channel(string topic) => RedisChannel.Literal(_channelPrefix + topic);

    private void Deliver(string topic, DomainEvent domainEvent, Topic? only = null)
    {
        ImmutableList<IObserver<DomainEvent>> observers;
        lock (_gate)
        {
            // A closing subscription may still drain messages; they belong to observers that have left.
            if (!_topics.TryGetValue(topic, out var state) || (only is not null && only != state)) return;
            observers = state.Observers;
        }
        foreach (var observer in observers)
        {
            try
            {
                observer.OnNext(domainEvent);
            }
            catch (Exception ex)
            {
                // One failing observer must not starve the others or stop the topic's receive loop.
                logger.LogError(ex, "Event observer of topic {Topic} failed on {EventType} {EventId}", topic, domainEvent.Type, domainEvent.EventId);
            }
        }
    }

    private void OnMessage(Topic state, ChannelMessage message)
    {
        RedisEventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<RedisEventEnvelope>((string)message.Message!, DomainEventJson.Options);
        }
        catch (JsonException ex)
        {
            // E.g. an event type this (older) process does not know yet.
            logger.LogWarning(ex, "Dropped an unreadable event on topic {Topic}", state.Name);
            return;
        }
        if (envelope is null || envelope.Origin == _origin) return;
        Deliver(state.Name, envelope.Event, state);
    }

    private IDisposable Add(string topic, IObserver<DomainEvent> observer)
    {
        Topic state;
        lock (_gate)
        {
            if (_topics.TryGetValue(topic, out var existing))
            {
                state = existing;
                state.Observers = state.Observers.Add(observer);
            }
            else
            {
                state = new Topic(topic, [observer], OpenAsync);
                _topics[topic] = state;
            }
        }
        try
        {
            // "From now on" includes other processes: wait until Redis confirms the SUBSCRIBE.
            state.Opening.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            lock (_gate)
            {
                state.Observers = state.Observers.Remove(observer);
                if (_topics.TryGetValue(topic, out var current) && current == state) _topics.Remove(topic);
            }
            throw;
        }
        return new Unsubscriber(this, topic, observer);
    }

    private async Task<ChannelMessageQueue> OpenAsync(Topic state)
    {
        var queue = await redis.GetSubscriber().SubscribeAsync(Channel(state.Name)).ConfigureAwait(false);
        queue.OnMessage(message => OnMessage(state, message));
        return queue;
    }

    private void Remove(string topic, IObserver<DomainEvent> observer)
    {
        Topic? emptied = null;
        lock (_gate)
        {
            if (!_topics.TryGetValue(topic, out var state)) return;
            state.Observers = state.Observers.Remove(observer);
            if (state.Observers.IsEmpty)
            {
                _topics.Remove(topic);
                emptied = state;
            }
        }
        if (emptied is not null) _ = CloseAsync(emptied);
    }

    private async Task CloseAsync(Topic state)
    {
        try
        {
            var queue = await state.Opening.ConfigureAwait(false);
            await queue.UnsubscribeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // After a failed UNSUBSCRIBE the channel stays subscribed; its messages find no topic and are dropped.
            logger.LogWarning(ex, "Could not unsubscribe from topic {Topic}", state.Name);
        }
    }

    private sealed class Topic
    {
        public Topic(string name, ImmutableList<IObserver<DomainEvent>> observers, Func<Topic, Task<ChannelMessageQueue>> open)
        {
            Name = name;
            Observers = observers;
            Opening = open(this);
        }

        public string Name { get; }

        /// <summary>Replaced (never mutated) under the bus's lock, so delivery can iterate a snapshot.</summary>
        public ImmutableList<IObserver<DomainEvent>> Observers { get; set; }

        public Task<ChannelMessageQueue> Opening { get; }
    }

    private sealed class TopicObservable(RedisEventBus bus, string topic) : IObservable<DomainEvent>
    {
        public IDisposable Subscribe(IObserver<DomainEvent> observer) => bus.Add(topic, observer);
    }

    private sealed class Unsubscriber(RedisEventBus bus, string topic, IObserver<DomainEvent> observer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) bus.Remove(topic, observer);
        }
    }
}
