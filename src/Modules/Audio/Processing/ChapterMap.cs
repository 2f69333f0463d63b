using MediaCreator.Modules.Audio.Codecs;

namespace MediaCreator.Modules.Audio.Processing;

/// <summary>
/// Moves chapter markers through edits. A position inside a kept segment moves with it; a position inside removed
/// material snaps to the junction (the start of the next kept segment in the output). Chapters left shorter than
/// 10 ms (they lived in removed material) are dropped.
/// </summary>
internal static class ChapterMap
{
    private const double MinimumSeconds = 0.010;

    public static List<AudioChapter> ThroughSplice(IReadOnlyList<AudioChapter> chapters, IReadOnlyList<Segment> kept, int rate)
    {
        var result = new List<AudioChapter>();
        foreach (var chapter in chapters)
        {
            var start = Map(chapter.StartSeconds * rate, kept) / rate;
            var end = Map(chapter.EndSeconds * rate, kept) / rate;
            if (end - start >= MinimumSeconds) result.Add(chapter with { StartSeconds = start, EndSeconds = end });
        }
        return result;
    }

    /// <summary>Chapters clamped to [0, duration], empty ones dropped.</summary>
    public static List<AudioChapter> Clamp(IReadOnlyList<AudioChapter> chapters, double duration)
    {
        var result = new List<AudioChapter>();
        foreach (var chapter in chapters)
        {
            var start = Math.Clamp(chapter.StartSeconds, 0, duration);
            var end = Math.Clamp(chapter.EndSeconds, 0, duration);
            if (end - start >= MinimumSeconds) result.Add(chapter with { StartSeconds = start, EndSeconds = end });
        }
        return result;
    }

    /// <summary>Output position (samples) of source position <paramref name="position"/>.</summary>
    private static double Map(double position, IReadOnlyList<Segment> kept)
    {
        double output = 0;
        foreach (var segment in kept)
        {
            if (position < segment.Start) return output;
            if (position <= segment.End) return output + (position - segment.Start);
            output += segment.Length;
        }
        return output;
    }
}
