using SkiaSharp;

namespace MediaCreator.Modules.Image.Rendering.Text;

/// <summary>One laid-out line: HarfBuzz glyphs positioned from the line origin (x = 0 on the baseline).</summary>
/// <param name="Start">Index of the line's first character in the laid-out text.</param>
/// <param name="Ink">Union of the glyph bounds relative to the origin (empty for a blank line).</param>
/// <param name="Forced">The line ends inside a word because that word alone is wider than the box.</param>
internal sealed record ShapedLine(string Text, int Start, ushort[] Glyphs, SKPoint[] Positions, float Width, SKRect Ink, bool Forced)
{
    public float InkLeft => Glyphs.Length == 0 ? 0 : Math.Min(0, Ink.Left);

    public float InkRight => Glyphs.Length == 0 ? Width : Math.Max(Width, Ink.Right);
}
