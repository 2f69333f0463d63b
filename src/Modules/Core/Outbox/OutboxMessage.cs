namespace MediaCreator.Modules.Core.Outbox;

public enum OutboxKind { JobMessage, DomainEvent }

/// <summary>
/// A message written in the same transaction as the state change it announces (table <c>outbox_messages</c>);
/// the relay delivers it to the queue or the event bus afterwards, so a crash between the two loses nothing.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public OutboxKind Kind { get; set; }
    public required string PayloadJson { get; set; }
    /// <summary>CLR type of a <see cref="OutboxKind.DomainEvent"/> payload.</summary>
    public string? EventType { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? ProcessedAt { get; set; }
    /// <summary>A relay instance owns the message until then; another may take it over afterwards.</summary>
    public DateTime? LockedUntil { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
