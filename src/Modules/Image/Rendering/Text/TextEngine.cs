using System.Globalization;
using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Rendering.Text;

/// <summary>
/// Shapes (HarfBuzz), wraps (ICU line breaks: Thai between words, Latin at spaces/hyphens) and auto-fits text.
/// Hard line breaks (<c>\n</c>) are kept. Only a word wider than the whole box is broken inside (between graphemes).
/// </summary>
internal static class TextEngine
{
    /// <summary>Wraps <paramref name="text"/> to <paramref name="maxWidth"/> pixels at <paramref name="style"/>'s size.</summary>
    public static TextBlock Layout(string text, TextStyle style, float maxWidth)
    {
        var typeface = FontLibrary.Get(style.Role, text);
        using var shaper = new TextShaper(typeface);
        return Layout(text, style, style.Size, maxWidth, shaper);
    }

    /// <summary>
    /// The largest size in [<paramref name="minSize"/>, <paramref name="maxSize"/>] at which the wrapped text fits
    /// <paramref name="box"/> (outline and shadow included) without breaking inside a word; failing that, the largest
    /// that fits with such breaks. Throws <see cref="ImageProviderException"/> (INVALID_INPUT) when nothing fits.
    /// </summary>
    public static TextBlock Fit(string text, TextStyle style, SKRect box, float minSize = 6, float? maxSize = null)
    {
        var typeface = FontLibrary.Get(style.Role, text);
        using var shaper = new TextShaper(typeface);
        var hi = Math.Max(minSize, maxSize ?? box.Height);
        TextBlock? best = null, bestForced = null;
        if (TryFit(minSize) is { } smallest)
        {
            if (smallest.HasForcedBreaks) bestForced = smallest; else best = smallest;
            var lo = minSize;
            for (var i = 0; i < 14 && hi - lo > 0.25f; i++)
            {
                var mid = (lo + hi) / 2;
                var block = TryFit(mid);
                if (block is null) { hi = mid; continue; }
                if (block.HasForcedBreaks) { bestForced ??= block; hi = mid; continue; }
                best = block;
                lo = mid;
            }
            if (TryFit(hi) is { HasForcedBreaks: false } top) best = top;
        }
        return best ?? bestForced ?? throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput,
            $"The text ({text.Length} characters) does not fit a {box.Width:0}x{box.Height:0} px box even at {minSize:0.#} px.");

        TextBlock? TryFit(float size)
        {
            var margin = style.InkMargin(size);
            var block = Layout(text, style, size, box.Width - 2 * margin, shaper);
            var extent = block.Extent;
            return extent.Width <= box.Width && extent.Height <= box.Height ? block : null;
        }
    }

    private static TextBlock Layout(string text, TextStyle style, float size, float maxWidth, TextShaper shaper)
    {
        using var font = new SKFont(shaper.Typeface, size) { Subpixel = true };
        var lines = new List<ShapedLine>();
        var offset = 0;
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            WrapParagraph(paragraph, offset, font, Math.Max(1, maxWidth), shaper, lines);
            offset += paragraph.Length + 1;
        }
        return new TextBlock(lines, style with { Size = size }, shaper.Typeface, size);
    }

    private static void WrapParagraph(string paragraph, int offset, SKFont font, float maxWidth, TextShaper shaper, List<ShapedLine> lines)
    {
        if (paragraph.Trim().Length == 0)
        {
            lines.Add(shaper.Shape("", offset, font, false));
            return;
        }
        var breaks = LineBreaker.Opportunities(paragraph);
        var segStart = new int[breaks.Count];
        var full = new float[breaks.Count];
        var trimmed = new float[breaks.Count];
        for (var i = 0; i < breaks.Count; i++)
        {
            segStart[i] = i == 0 ? 0 : breaks[i - 1];
            var seg = paragraph[segStart[i]..breaks[i]];
            full[i] = shaper.Advance(seg, font);
            trimmed[i] = seg.TrimEnd() == seg ? full[i] : shaper.Advance(seg.TrimEnd(), font);
        }

        var first = 0;
        while (first < breaks.Count)
        {
            // greedy: take segments while the (trimmed) line stays within the width
            var width = 0f;
            var last = first - 1;
            for (var j = first; j < breaks.Count; j++)
            {
                if (width + trimmed[j] > maxWidth) break;
                width += full[j];
                last = j;
            }
            if (last < first)
            {
                SplitLongWord(paragraph[segStart[first]..breaks[first]], offset + segStart[first], font, maxWidth, shaper, lines);
                first++;
                continue;
            }
            // the whole line shaped together can differ slightly from the sum of its parts
            while (true)
            {
                var lineText = paragraph[segStart[first]..breaks[last]];
                var line = shaper.Shape(lineText.TrimEnd(), offset + segStart[first], font, false);
                if (line.Width <= maxWidth || last == first)
                {
                    lines.Add(line);
                    break;
                }
                last--;
            }
            first = last + 1;
        }
    }

    private static void SplitLongWord(string word, int start, SKFont font, float maxWidth, TextShaper shaper, List<ShapedLine> lines)
    {
        word = word.TrimEnd();
        var clusters = StringInfo.ParseCombiningCharacters(word);
        var from = 0;
        while (from < word.Length)
        {
            var end = from;
            foreach (var c in clusters)
            {
                if (c <= from) continue;
                if (shaper.Advance(word[from..c], font) > maxWidth) break;
                end = c;
            }
            var fitsToEnd = shaper.Advance(word[from..], font) <= maxWidth;
            if (fitsToEnd) end = word.Length;
            if (end == from) end = clusters.FirstOrDefault(c => c > from, word.Length); // one grapheme wider than the box
            lines.Add(shaper.Shape(word[from..end], start + from, font, true));
            from = end;
        }
    }
}
