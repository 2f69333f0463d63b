using System.Globalization;
using System.Text;

namespace MediaCreator.Modules.Video.Timeline;

/// <summary>
/// Writes the text clips as an ASS script that libass burns in: one event per clip, centred at its position, in the
/// font its language asks for (libass shapes complex scripts such as Thai with HarfBuzz and falls back through fontconfig).
/// </summary>
internal static class TimelineAss
{
    public static bool HasText(TimelineDocument doc) => doc.Tracks.Any(t => t.Kind == TrackKind.Text && t.Clips.Count > 0);

    public static string Write(TimelineDocument doc, TimelineRendererOptions options)
    {
        var sb = new StringBuilder();
        sb.Append("[Script Info]\nScriptType: v4.00+\n")
          .Append(CultureInfo.InvariantCulture, $"PlayResX: {doc.Width}\nPlayResY: {doc.Height}\n")
          .Append("ScaledBorderAndShadow: yes\nWrapStyle: 0\n\n[V4+ Styles]\n")
          .Append("Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\n")
          .Append(CultureInfo.InvariantCulture, $"Style: Default,{options.DefaultFont},48,&H00FFFFFF,&H00FFFFFF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,0,5,0,0,0,1\n\n")
          .Append("[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n");
        foreach (var track in doc.OrderedTracks.Where(t => t.Kind == TrackKind.Text))
        {
            foreach (var clip in track.OrderedClips.OfType<TextClip>())
            {
                var s = clip.Style;
                var font = new string((s.FontFamily ?? options.FontFor(clip.Language)).Where(c => c is not ('{' or '}' or '\\' or ',')).ToArray());
                var tags = string.Create(CultureInfo.InvariantCulture,
                    $@"{{\an5\pos({s.X * doc.Width:0.#},{s.Y * doc.Height:0.#})\fn{font}\fs{s.FontSize:0.#}\c{Bgr(s.Color)}\3c{Bgr(s.OutlineColor)}\bord{s.Outline:0.#}\b{(s.Bold ? 1 : 0)}}}");
                sb.Append(CultureInfo.InvariantCulture, $"Dialogue: {track.Order},{Time(clip.Start)},{Time(clip.End)},Default,,0,0,0,,{tags}{Escape(clip.Text)}\n");
            }
        }
        return sb.ToString();
    }

    private static string Bgr(string hex) => $"&H{hex[5..7]}{hex[3..5]}{hex[1..3]}&".ToUpperInvariant();

    private static string Time(double seconds)
    {
        var cs = (long)Math.Round(seconds * 100);
        return string.Create(CultureInfo.InvariantCulture, $"{cs / 360000}:{cs / 6000 % 60:00}:{cs / 100 % 60:00}.{cs % 100:00}");
    }

    // libass reads "\{" and "\}" as literal braces; a newline becomes a hard line break.
    private static string Escape(string text) =>
        text.Replace("\\", "\\\u200B").Replace("{", "\\{").Replace("}", "\\}").Replace("\r\n", "\\N").Replace("\n", "\\N");
}
