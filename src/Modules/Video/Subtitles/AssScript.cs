using System.Globalization;
using System.Text;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// Builds an ASS script whose PlayRes is the frame, so sizes are in frame pixels: font size, outline and margins are
/// fractions of the frame's short side. Lines are wrapped here (<c>WrapStyle: 2</c>) with the same rules as SRT/VTT.
/// </summary>
internal static class AssScript
{
    public static SubtitleDocument Build(Transcript transcript, CaptionStyle style, int width, int height, CaptionRendererOptions options, SubtitleLayoutOptions? layout)
    {
        var thai = ScriptText.ContainsThai(transcript.Text);
        var look = AssLook.For(style, width, height, thai, options);
        var lineLayout = new SubtitleLayoutOptions
        {
            MaxCharsPerLine = Math.Min((layout ?? new()).MaxCharsPerLine, look.MaxCharsPerLine),
            MaxLines = (layout ?? new()).MaxLines,
            MinCueSeconds = (layout ?? new()).MinCueSeconds,
            MaxCueSeconds = (layout ?? new()).MaxCueSeconds,
            SplitAtPauseSeconds = (layout ?? new()).SplitAtPauseSeconds,
        };
        var events = style == CaptionStyle.TikTok
            ? TikTokEvents.Build(transcript, look, options)
            : CueBuilder.Build(transcript, lineLayout).Select(c => new AssEvent(c.Start, c.End, CueText(c, style, look.MaxCharsPerLine))).ToList();

        var text = new StringBuilder();
        text.Append("[Script Info]\nScriptType: v4.00+\n")
            .Append(CultureInfo.InvariantCulture, $"PlayResX: {width}\nPlayResY: {height}\n")
            .Append("WrapStyle: 2\nScaledBorderAndShadow: yes\nYCbCr Matrix: None\n\n")
            .Append("[V4+ Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, ")
            .Append("Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\n")
            .Append(look.StyleLine).Append("\n\n")
            .Append("[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n");
        foreach (var e in events)
            text.Append("Dialogue: 0,").Append(SubtitleTimestamps.Ass(e.Start)).Append(',').Append(SubtitleTimestamps.Ass(e.End))
                .Append(",Default,,0,0,0,,").Append(e.Text).Append('\n');
        return new SubtitleDocument(SubtitleFormat.Ass, text.ToString(), events.Count);
    }

    private static string CueText(SubtitleCue cue, CaptionStyle style, int maxChars)
    {
        if (style != CaptionStyle.Karaoke) return string.Join("\\N", cue.Lines.Select(Escape));
        // \kf sweeps each word over its own time; a pause before a word is an empty syllable.
        var lines = ScriptText.WrapGroups(cue.Words.Select(w => w.Text).ToList(), maxChars);
        var text = new StringBuilder();
        var cursor = cue.Start;
        var index = 0;
        foreach (var line in lines)
        {
            if (text.Length > 0) text.Append("\\N");
            for (var i = 0; i < line.Count; i++, index++)
            {
                var word = cue.Words[index];
                if (word.Start - cursor >= 0.01) text.Append(CultureInfo.InvariantCulture, $"{{\\k{Centis(word.Start - cursor)}}}");
                cursor = Math.Max(cursor, word.Start);
                var spaced = i < line.Count - 1 && ScriptText.Join([line[i], line[i + 1]]).Length > line[i].Length + line[i + 1].Length;
                text.Append(CultureInfo.InvariantCulture, $"{{\\kf{Centis(word.End - cursor)}}}").Append(Escape(word.Text)).Append(spaced ? " " : "");
                cursor = Math.Max(cursor, word.End);
            }
        }
        return text.ToString();
    }

    public static int Centis(double seconds) => Math.Max(0, (int)Math.Round(seconds * 100));

    /// <summary>Text as ASS shows it literally: braces escaped, a backslash kept from starting \N, \n or \h.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' '))
        {
            if (c is '{' or '}') result.Append('\\');
            result.Append(c);
            if (c == '\\') result.Append('\u2060');
        }
        return result.ToString();
    }

    public static string Colour(string rrggbb, int alpha = 0)
    {
        var hex = rrggbb.TrimStart('#');
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _))
            throw new VideoProcessingException("INVALID_INPUT", $"Colour '{rrggbb}' is not RRGGBB.");
        return $"&H{alpha:X2}{hex[4..6]}{hex[2..4]}{hex[0..2]}".ToUpperInvariant().Replace("&h", "&H", StringComparison.Ordinal);
    }
}

internal sealed record AssEvent(double Start, double End, string Text);
