using MediaCreator.Modules.Image.Abstractions;

namespace MediaCreator.Modules.Image.Templates.Common;

/// <summary>A print page size. Millimetres are the truth; points (1/72 in) for PDF, pixels for a given dpi.</summary>
internal readonly record struct PaperSize(string Name, float WidthMm, float HeightMm)
{
    public static readonly PaperSize A4 = new("A4", 210, 297);
    public static readonly PaperSize Letter = new("Letter", 215.9f, 279.4f);

    public float WidthPt => WidthMm / 25.4f * 72;

    public float HeightPt => HeightMm / 25.4f * 72;

    public int WidthPx(int dpi) => (int)Math.Round(WidthMm / 25.4f * dpi);

    public int HeightPx(int dpi) => (int)Math.Round(HeightMm / 25.4f * dpi);

    public PaperSize Landscape => new(Name, Math.Max(WidthMm, HeightMm), Math.Min(WidthMm, HeightMm));

    public static float MmToPx(float mm, int dpi) => mm / 25.4f * dpi;

    public static PaperSize Parse(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        null or "" or "A4" => A4,
        "LETTER" or "US-LETTER" => Letter,
        _ => throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"Unknown paper '{name}' (use A4 or Letter)."),
    };
}
