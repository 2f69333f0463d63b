namespace MediaCreator.Modules.Video.Subtitles;

public enum SubtitleFormat
{
    Srt,
    Vtt,
    Ass,
}

/// <summary>A written subtitle file: its text and how many cues (dialogue events) it holds, for the asset metadata.</summary>
public sealed record SubtitleDocument(SubtitleFormat Format, string Text, int CueCount)
{
    public string Extension => Format.ToString().ToLowerInvariant();

    public string ContentType => Format switch
    {
        SubtitleFormat.Srt => "application/x-subrip",
        SubtitleFormat.Vtt => "text/vtt",
        _ => "text/x-ssa",
    };
}
