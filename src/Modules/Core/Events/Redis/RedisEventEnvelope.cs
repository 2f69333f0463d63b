namespace MediaCreator.Modules.Core.Events.Redis;

/// <summary>What travels on a channel: the event and the bus that published it, so that bus ignores its own echo.</summary>
internal sealed record RedisEventEnvelope(Guid Origin, DomainEvent Event);
