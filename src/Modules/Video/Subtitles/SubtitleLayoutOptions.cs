namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>How transcript segments are cut into subtitle cues (bound from <c>Video:Subtitles</c>).</summary>
public sealed class SubtitleLayoutOptions
{
    public int MaxCharsPerLine { get; set; } = 42;

    public int MaxLines { get; set; } = 2;

    public double MinCueSeconds { get; set; } = 0.8;

    public double MaxCueSeconds { get; set; } = 7;

    /// <summary>A pause between words at least this long starts a new cue.</summary>
    public double SplitAtPauseSeconds { get; set; } = 1.0;
}
