using System.Text.Json;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Jobs.Queue;
using MediaCreator.Modules.Core.Persistence;

namespace MediaCreator.Modules.Core.Outbox;

/// <summary>Adds outbox messages to the caller's unit of work; they are saved with it, or not at all.</summary>
public static class OutboxWriter
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void AddJobMessage(this CoreDbContext db, JobMessage message) =>
        db.OutboxMessages.Add(new OutboxMessage { Kind = OutboxKind.JobMessage, PayloadJson = JsonSerializer.Serialize(message, Json) });

    /// <summary>Events keep their concrete type (assembly-qualified, written by us only) so any module's event round-trips.</summary>
    public static void AddEvent(this CoreDbContext db, DomainEvent domainEvent) =>
        db.OutboxMessages.Add(new OutboxMessage
        {
            Kind = OutboxKind.DomainEvent,
            EventType = domainEvent.GetType().AssemblyQualifiedName,
            PayloadJson = JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), Json),
        });
}
