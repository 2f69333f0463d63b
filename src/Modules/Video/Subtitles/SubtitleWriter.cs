using System.Text;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>Writes a transcript as SRT, WebVTT or ASS (the ASS in the STANDARD caption style of a 1920x1080 frame unless sized).</summary>
public static class SubtitleWriter
{
    public static SubtitleDocument Write(Transcript transcript, SubtitleFormat format, SubtitleLayoutOptions? layout = null, int width = 1920, int height = 1080) =>
        format switch
        {
            SubtitleFormat.Srt => Srt(CueBuilder.Build(transcript, layout)),
            SubtitleFormat.Vtt => Vtt(CueBuilder.Build(transcript, layout)),
            SubtitleFormat.Ass => AssScript.Build(transcript, CaptionStyle.Standard, width, height, new CaptionRendererOptions(), layout),
            _ => throw new VideoProcessingException("UNSUPPORTED", $"Subtitle format {format} is not supported."),
        };

    public static async Task<SubtitleDocument> WriteFileAsync(Transcript transcript, SubtitleFormat format, string path, SubtitleLayoutOptions? layout, CancellationToken ct)
    {
        var document = Write(transcript, format, layout);
        await File.WriteAllTextAsync(path, document.Text, new UTF8Encoding(false), ct);
        return document;
    }

    private static SubtitleDocument Srt(IReadOnlyList<SubtitleCue> cues)
    {
        var text = new StringBuilder();
        for (var i = 0; i < cues.Count; i++)
        {
            text.Append(i + 1).Append('\n')
                .Append(SubtitleTimestamps.Srt(cues[i].Start)).Append(" --> ").Append(SubtitleTimestamps.Srt(cues[i].End)).Append('\n');
            foreach (var line in cues[i].Lines) text.Append(CleanLine(line)).Append('\n');
            text.Append('\n');
        }
        return new SubtitleDocument(SubtitleFormat.Srt, text.ToString(), cues.Count);
    }

    private static SubtitleDocument Vtt(IReadOnlyList<SubtitleCue> cues)
    {
        var text = new StringBuilder("WEBVTT\n\n");
        foreach (var cue in cues)
        {
            text.Append(SubtitleTimestamps.Vtt(cue.Start)).Append(" --> ").Append(SubtitleTimestamps.Vtt(cue.End)).Append('\n');
            foreach (var line in cue.Lines)
                text.Append(CleanLine(line).Replace("&", "&amp;", StringComparison.Ordinal)
                    .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)).Append('\n');
            text.Append('\n');
        }
        return new SubtitleDocument(SubtitleFormat.Vtt, text.ToString(), cues.Count);
    }

    // A cue's text may hold neither a blank line (ends the cue) nor an arrow (reads as a timing line).
    private static string CleanLine(string line) =>
        line.Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("-->", "->", StringComparison.Ordinal).Trim();
}
