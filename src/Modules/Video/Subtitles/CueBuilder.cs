using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// Cuts a transcript into cues: at most <see cref="SubtitleLayoutOptions.MaxLines"/> wrapped lines each, split at
/// word timings when a segment is too long or pauses, never overlapping, held at least the minimum time when the
/// next cue leaves room.
/// </summary>
public static class CueBuilder
{
    private static readonly char[] ClauseEnds = ['.', '!', '?', ',', ';', ':', '…', '。'];

    public static IReadOnlyList<SubtitleCue> Build(Transcript transcript, SubtitleLayoutOptions? options = null)
    {
        options ??= new SubtitleLayoutOptions();
        var groups = new List<List<TimedWord>>();
        foreach (var segment in transcript.Segments.OrderBy(s => s.Start))
        {
            var current = new List<TimedWord>();
            foreach (var word in WordTimings.WordsOf(segment).Where(w => w.Text.Length > 0))
            {
                if (current.Count > 0 && !Fits(current, word, options))
                {
                    groups.Add(current);
                    current = [];
                }
                current.Add(word);
                if (EndsClause(word) && Fill(current, options) >= 0.6)
                {
                    groups.Add(current);
                    current = [];
                }
            }
            if (current.Count > 0) groups.Add(current);
        }
        return Time(groups, options);
    }

    private static bool Fits(List<TimedWord> current, TimedWord next, SubtitleLayoutOptions o)
    {
        if (next.Start - current[^1].End >= o.SplitAtPauseSeconds) return false;
        if (next.End - current[0].Start > o.MaxCueSeconds) return false;
        var texts = current.Select(w => w.Text).Append(next.Text).ToList();
        var lines = ScriptText.Wrap(texts, o.MaxCharsPerLine);
        return lines.Count <= o.MaxLines && lines.All(l => ScriptText.DisplayLength(l) <= o.MaxCharsPerLine);
    }

    private static double Fill(List<TimedWord> words, SubtitleLayoutOptions o) =>
        ScriptText.DisplayLength(ScriptText.Join(words.Select(w => w.Text))) / (double)(o.MaxCharsPerLine * o.MaxLines);

    private static bool EndsClause(TimedWord word) => word.Text.Length > 0 && ClauseEnds.Contains(word.Text[^1]);

    private static List<SubtitleCue> Time(List<List<TimedWord>> groups, SubtitleLayoutOptions o)
    {
        var cues = new List<SubtitleCue>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var words = groups[i];
            var start = Math.Max(words[0].Start, cues.Count > 0 ? cues[^1].End : 0);
            var end = Math.Min(words[^1].End, start + o.MaxCueSeconds);
            var nextStart = i + 1 < groups.Count ? groups[i + 1][0].Start : double.MaxValue;
            if (end - start < o.MinCueSeconds) end = Math.Min(start + o.MinCueSeconds, Math.Max(end, nextStart));
            if (end <= start) end = start + 0.001;
            cues.Add(new SubtitleCue(Math.Round(start, 3), Math.Round(end, 3), words, ScriptText.Wrap(words.Select(w => w.Text).ToList(), o.MaxCharsPerLine)));
        }
        return cues;
    }
}
