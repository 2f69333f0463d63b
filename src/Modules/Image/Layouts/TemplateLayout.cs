namespace MediaCreator.Modules.Image.Layouts;

/// <summary>Template layout category (contract <c>TemplateCategory</c>).</summary>
public enum TemplateCategory
{
    Poster,
    Story,
    Infographic,
    ColoringBook,
    Pattern,
    Origami,
    CardGame,
    PlayingCards,
    BoardGame,
    Emoji,
    Sticker,
    Quote90s,
    Caption,
    Other,
}

/// <summary>
/// A design layout of the Template Design Engine (table <c>template_layouts</c>). Built-in layouts have no owner and
/// are visible to everyone; a user's own layouts are visible to that user only.
/// </summary>
public sealed class TemplateLayout
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Null for the built-in catalogue.</summary>
    public Guid? OwnerId { get; set; }

    public required string Name { get; set; }

    public TemplateCategory Category { get; set; }

    /// <summary>The layout tree: the template renderer's options (documented on each renderer).</summary>
    public string StructureJson { get; set; } = "{}";

    public Guid? PreviewAssetId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
