using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>One subtitle on screen: its time, its words and its wrapped lines.</summary>
public sealed record SubtitleCue(double Start, double End, IReadOnlyList<TimedWord> Words, IReadOnlyList<string> Lines)
{
    public string Text => string.Join('\n', Lines);
}
