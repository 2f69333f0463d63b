using System.Globalization;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>The ASS style line of each caption look, sized from the frame.</summary>
internal sealed record AssLook(string StyleLine, double FontSize, int MaxCharsPerLine)
{
    // Average advance of a caption glyph as a share of the font size (DejaVu Sans is wide; bold wider).
    private const double GlyphWidth = 0.56;

    public static AssLook For(CaptionStyle style, int width, int height, bool thai, CaptionRendererOptions o)
    {
        var font = thai ? o.ThaiFont : o.LatinFont;
        double shortSide = Math.Min(width, height);
        var text = AssScript.Colour(o.TextColor);
        var highlight = AssScript.Colour(o.HighlightColor);
        var (size, bold, outline, shadow, marginV, primary, secondary, back) = style switch
        {
            CaptionStyle.Minimal => (0.045 * shortSide, false, 0.0, 0.06, 0.05 * height, text, text, "&H80000000"),
            CaptionStyle.Karaoke => (0.06 * shortSide, true, 0.08, 0.03, 0.07 * height, highlight, text, "&H80000000"),
            CaptionStyle.TikTok => (0.09 * shortSide, true, 0.1, 0.04, 0.25 * height, text, text, "&H80000000"),
            _ => (0.055 * shortSide, false, 0.07, 0.03, 0.06 * height, text, text, "&H80000000"),
        };
        if (thai) size *= o.ThaiFontScale;
        var margin = 0.05 * width;
        var glyph = thai ? GlyphWidth / o.ThaiFontScale : GlyphWidth;
        var maxChars = Math.Max(8, (int)((width - 2 * margin) / (size * (bold ? glyph + 0.06 : glyph))));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"Style: Default,{font},{size:0.#},{primary},{secondary},&H00000000,{back},{(bold ? -1 : 0)},0,0,0,100,100,0,0,1,{outline * size:0.##},{shadow * size:0.##},2,{margin:0},{margin:0},{marginV:0},1");
        return new AssLook(line, size, maxChars);
    }
}
