using SkiaSharp;

namespace MediaCreator.Modules.Image.Rendering.Text;

internal enum TextAlign
{
    Left,
    Center,
    Right,
}

internal enum VerticalAlign
{
    Top,
    Middle,
    Bottom,
}

/// <summary>A drop shadow under text: offset and blur are fractions of the font size.</summary>
internal sealed record TextShadow(SKColor Color, float OffsetX = 0.05f, float OffsetY = 0.06f, float Blur = 0.04f);

/// <summary>How a block of text looks. The typeface comes from <see cref="FontLibrary"/> by <see cref="Role"/>
/// (Thai-capable automatically when the text contains Thai).</summary>
/// <param name="LineSpacing">Multiple of the font's natural line height.</param>
/// <param name="OutlineWidth">Outline stroke width as a fraction of the font size (drawn under the fill).</param>
internal sealed record TextStyle(
    FontRole Role,
    float Size,
    SKColor Color,
    TextAlign Align = TextAlign.Center,
    float LineSpacing = 1.15f,
    SKColor? Outline = null,
    float OutlineWidth = 0.12f,
    TextShadow? Shadow = null)
{
    /// <summary>How far ink may reach beyond the glyph boxes (outline and shadow), in pixels.</summary>
    public float InkMargin(float size) =>
        (Outline is null ? 0 : OutlineWidth * size / 2)
        + (Shadow is { } s ? (Math.Max(Math.Abs(s.OffsetX), Math.Abs(s.OffsetY)) + s.Blur * 1.5f) * size : 0);
}
