using MediaCreator.Modules.Image.Abstractions;

namespace MediaCreator.Modules.Image.Templates;

/// <summary>Resolves the renderer of an <see cref="ImageTemplateType"/>.</summary>
internal sealed class TemplateRendererCatalog
{
    private readonly Dictionary<ImageTemplateType, ITemplateRenderer> renderers;

    public TemplateRendererCatalog(IEnumerable<ITemplateRenderer> renderers) =>
        this.renderers = renderers.ToDictionary(r => r.Type);

    /// <summary>A catalog of every built-in renderer.</summary>
    public static TemplateRendererCatalog CreateDefault() => new(BuiltIn());

    public static IEnumerable<ITemplateRenderer> BuiltIn() =>
    [
        new Coloring.ColoringBookRenderer(),
        new Patterns.PatternRenderer(),
        new Origami.OrigamiRenderer(),
        new Cards.CardGameRenderer(),
        new Cards.PlayingCardsRenderer(),
        new Boards.BoardGameRenderer(),
        new Line.EmojiRenderer(),
        new Line.StickerRenderer(),
        new Quotes.Quote90sRenderer(),
        new Quotes.CaptionRenderer(),
    ];

    public IReadOnlyCollection<ImageTemplateType> Types => renderers.Keys;

    public ITemplateRenderer Get(ImageTemplateType type) => renderers.TryGetValue(type, out var r)
        ? r
        : throw new ImageProviderException(ImageProviderErrorCodes.Unsupported, $"No renderer for template type {type}.");
}
