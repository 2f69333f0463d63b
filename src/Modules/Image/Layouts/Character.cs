namespace MediaCreator.Modules.Image.Layouts;

/// <summary>
/// A stored character for character lock (table <c>characters</c>): the skia look (body, palette, proportions) fixed
/// at creation, and the reference images, seed and descriptor AI providers get. Private to its owner.
/// </summary>
public sealed class Character
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public required string Name { get; set; }

    public string? Descriptor { get; set; }

    public long Seed { get; set; }

    /// <summary>The skia look (<c>SkiaCharacter</c> JSON).</summary>
    public string LookJson { get; set; } = "{}";

    public List<Guid> ReferenceImageIds { get; set; } = [];

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
