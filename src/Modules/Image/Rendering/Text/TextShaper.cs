using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace MediaCreator.Modules.Image.Rendering.Text;

/// <summary>HarfBuzz shaping of single lines with one typeface (not thread-safe: one per layout call).</summary>
internal sealed class TextShaper(SKTypeface typeface) : IDisposable
{
    private readonly SKShaper shaper = new(typeface);

    public SKTypeface Typeface { get; } = typeface;

    public float Advance(string text, SKFont font) => text.Length == 0 ? 0 : shaper.Shape(text, font).Width;

    public ShapedLine Shape(string text, int start, SKFont font, bool forced)
    {
        if (text.Length == 0) return new ShapedLine(text, start, [], [], 0, SKRect.Empty, forced);
        var result = shaper.Shape(text, font);
        var glyphs = result.Codepoints.Select(c => (ushort)c).ToArray();
        var bounds = new SKRect[glyphs.Length];
        font.GetGlyphWidths(glyphs, new float[glyphs.Length], bounds, null);
        var ink = SKRect.Empty;
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (bounds[i].IsEmpty) continue;
            var b = bounds[i];
            b.Offset(result.Points[i]);
            ink = ink.IsEmpty ? b : SKRect.Union(ink, b);
        }
        return new ShapedLine(text, start, glyphs, result.Points, result.Width, ink, forced);
    }

    public void Dispose() => shaper.Dispose();
}
