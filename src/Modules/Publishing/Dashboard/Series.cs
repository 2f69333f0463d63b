using MediaCreator.Modules.Core;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>A series of episodes in a channel (table <c>series</c>).</summary>
public sealed class Series : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid ChannelId { get; set; }

    public ContentChannel? Channel { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public string? MetadataJson { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
