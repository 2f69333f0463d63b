using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>Estimates word times inside a span when only the span's start and end are known.</summary>
internal static class WordTimings
{
    /// <summary>Spreads <paramref name="words"/> over start..end in proportion to <paramref name="weight"/> (character length by default).</summary>
    public static List<TimedWord> Spread(double start, double end, IReadOnlyList<string> words, Func<string, double>? weight = null)
    {
        weight ??= w => ScriptText.DisplayLength(w) + 1;
        var weights = words.Select(w => Math.Max(0.1, weight(w))).ToArray();
        var total = weights.Sum();
        var span = Math.Max(0, end - start);
        var result = new List<TimedWord>(words.Count);
        var at = start;
        for (var i = 0; i < words.Count; i++)
        {
            var next = i == words.Count - 1 ? end : at + span * weights[i] / total;
            result.Add(new TimedWord(Math.Round(at, 3), Math.Round(next, 3), words[i]));
            at = next;
        }
        return result;
    }

    /// <summary>The segment's words, estimated from its text when the segment carries none.</summary>
    public static IReadOnlyList<TimedWord> WordsOf(TranscriptSegment segment) =>
        segment.Words.Count > 0
            ? segment.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).Select(w => w with { Text = w.Text.Trim() }).ToList()
            : Spread(segment.Start, segment.End, ScriptText.SplitWords(segment.Text));

    /// <summary>A segment made of <paramref name="words"/>: its span and text come from them.</summary>
    public static TranscriptSegment Segment(IReadOnlyList<TimedWord> words, string? speaker = null) =>
        new(words[0].Start, words[^1].End, ScriptText.Join(words.Select(w => w.Text)), words, speaker);
}
