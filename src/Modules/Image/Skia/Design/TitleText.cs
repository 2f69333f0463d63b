using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>
/// Sets a title with HarfBuzz shaping (correct Thai mark placement, kerning, ligatures) and returns it as glyph
/// outlines, so raster, SVG and PDF exports show the same letterforms without depending on installed fonts.
/// </summary>
internal static class TitleText
{
    private const float LineSpacing = 1.08f;

    /// <summary>The title centred in <paramref name="box"/> on up to two lines, as large as fits.</summary>
    public static SKPath Layout(string text, SKTypeface typeface, SKRect box)
    {
        using var shaper = new SKShaper(typeface);
        using var probe = new SKFont(typeface, 100);
        var best = (Lines: new[] { text }, Size: 0f);
        foreach (var lines in Candidates(text))
        {
            var widest = lines.Max(l => Math.Max(1f, shaper.Shape(l, probe).Width));
            var lineHeight = (probe.Metrics.Descent - probe.Metrics.Ascent) * LineSpacing;
            var size = 100f * Math.Min(box.Width / widest, box.Height / (lineHeight * lines.Length));
            if (size > best.Size * 1.05f) best = (lines, size);
        }
        return Outline(best.Lines, shaper, typeface, best.Size, box);
    }

    /// <summary>One line, or two split at the space nearest the middle (Thai has no spaces: it stays on one line).</summary>
    private static IEnumerable<string[]> Candidates(string text)
    {
        yield return [text];
        var middle = text.Length / 2;
        var split = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && (split < 0 || Math.Abs(i - middle) < Math.Abs(split - middle))) split = i;
        }
        if (split > 0) yield return [text[..split].Trim(), text[(split + 1)..].Trim()];
    }

    private static SKPath Outline(string[] lines, SKShaper shaper, SKTypeface typeface, float size, SKRect box)
    {
        using var font = new SKFont(typeface, size) { Subpixel = true };
        var lineHeight = (font.Metrics.Descent - font.Metrics.Ascent) * LineSpacing;
        var top = box.MidY - lineHeight * lines.Length / 2;
        using var result = new SKPathBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var shaped = shaper.Shape(lines[i], font);
            var x = box.MidX - shaped.Width / 2;
            var baseline = top + i * lineHeight - font.Metrics.Ascent + (lineHeight / LineSpacing) * (LineSpacing - 1) / 2;
            for (var g = 0; g < shaped.Codepoints.Length; g++)
            {
                using var glyph = font.GetGlyphPath((ushort)shaped.Codepoints[g]);
                if (glyph is null) continue;
                result.AddPath(glyph, x + shaped.Points[g].X, baseline + shaped.Points[g].Y);
            }
        }
        return result.Detach();
    }
}
