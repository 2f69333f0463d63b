using SkiaSharp;

namespace MediaCreator.Modules.Image.Abstractions;

/// <summary>Template types (contract <c>ImageTemplateType</c>).</summary>
public enum ImageTemplateType
{
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
}

/// <summary>Renders one template type into its finished, print- or platform-ready deliverables.</summary>
public interface ITemplateRenderer
{
    ImageTemplateType Type { get; }

    Task<TemplateOutput> RenderAsync(TemplateRequest request, IProgress<TemplateProgress>? progress, CancellationToken ct);
}

/// <summary>What a template is rendered from. Each renderer reads what it needs and refuses what it cannot use.</summary>
/// <param name="Options">Template-specific JSON (a stored TemplateLayout's structure, card definitions, board spec, model name...).</param>
/// <param name="Fields">One data row of a bulk fill (column → value), e.g. quote/author/name.</param>
public sealed record TemplateRequest(
    long Seed,
    string? Prompt = null,
    string? Text = null,
    string? Style = null,
    int? Width = null,
    int? Height = null,
    int? PageCount = null,
    SKBitmap? Reference = null,
    CharacterSpec? Character = null,
    System.Text.Json.JsonElement? Options = null,
    IReadOnlyDictionary<string, string>? Fields = null);

public readonly record struct TemplateProgress(double Fraction, string Message);

/// <summary>A template's deliverables, e.g. a PDF book, 54 card PNGs plus print sheets, or a LINE submission zip.</summary>
/// <param name="Preview">A raster preview of the first page/item (the caller owns it).</param>
public sealed record TemplateOutput(IReadOnlyList<OutputFile> Files, SKBitmap Preview);

public enum OutputFileKind
{
    Image,
    Document,
    Archive,
}

/// <summary>One finished file.</summary>
/// <param name="Dpi">For print outputs (300); null for screen outputs.</param>
/// <param name="PageCount">For PDF/TIFF documents.</param>
public sealed record OutputFile(
    string Name,
    string MediaType,
    byte[] Content,
    OutputFileKind Kind,
    int Width,
    int Height,
    bool HasAlpha,
    int? Dpi = null,
    int? PageCount = null);
