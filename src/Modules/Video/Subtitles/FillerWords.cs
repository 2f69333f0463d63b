using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// Finds what to cut from word timings: filler words (um, uh, เอ่อ...), set-off filler phrases (", you know,"),
/// stutters ("I I") and retakes — a run of words said again a little later, of which the last take is kept.
/// </summary>
public static class FillerWords
{
    public static IReadOnlyList<TimeRange> FindRanges(Transcript transcript, FillerWordOptions? options = null)
    {
        options ??= new FillerWordOptions();
        var words = transcript.Words.Where(w => Normalize(w.Text).Length > 0).OrderBy(w => w.Start).ToList();
        var keys = words.Select(w => Normalize(w.Text)).ToList();
        var cut = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
            if (options.Fillers.Contains(keys[i])) cut[i] = true;
        MarkPhrases(words, keys, cut, options);
        MarkRetakes(keys, cut, options);
        return Ranges(words, cut, options.MarginSeconds);
    }

    private static void MarkPhrases(List<TimedWord> words, List<string> keys, bool[] cut, FillerWordOptions o)
    {
        foreach (var phrase in o.Phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            for (var i = 0; i + phrase.Length <= words.Count; i++)
            {
                if (!phrase.Select((p, k) => p.Equals(keys[i + k], StringComparison.OrdinalIgnoreCase)).All(x => x)) continue;
                var last = i + phrase.Length - 1;
                var before = i == 0 || EndsWithComma(words[i - 1]) || words[i].Start - words[i - 1].End >= o.PauseSeconds;
                var after = last == words.Count - 1 || EndsWithComma(words[last]) || words[last + 1].Start - words[last].End >= o.PauseSeconds;
                if (before && after) Array.Fill(cut, true, i, phrase.Length);
            }
    }

    private static void MarkRetakes(List<string> keys, bool[] cut, FillerWordOptions o)
    {
        // Fillers inside a take do not break the repeat: compare the words that are kept.
        var kept = Enumerable.Range(0, keys.Count).Where(i => !cut[i]).ToList();
        var maxRun = 8;
        var floor = 0; // a kept take is never compared with the take it replaced
        for (var j = 1; j < kept.Count; j++)
        {
            var found = false;
            for (var n = Math.Min(maxRun, kept.Count - j); n >= 1 && !found; n--)
            {
                var earliest = Math.Max(floor, j - n - o.MaxAbandonedWords);
                for (var i = earliest; i <= j - n && !found; i++)
                {
                    if (n < o.MinRetakeWords && !(n == 1 && i == j - 1)) continue; // single words only as an immediate stutter
                    if (!Enumerable.Range(0, n).All(k => keys[kept[i + k]] == keys[kept[j + k]])) continue;
                    for (var k = kept[i]; k < kept[j]; k++) cut[k] = true;
                    floor = j;
                    found = true;
                }
            }
        }
    }

    private static List<TimeRange> Ranges(List<TimedWord> words, bool[] cut, double margin)
    {
        var ranges = new List<TimeRange>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!cut[i]) continue;
            var last = i;
            while (last + 1 < words.Count && cut[last + 1]) last++;
            var start = Math.Max(i > 0 ? words[i - 1].End : 0, words[i].Start - margin);
            var end = last + 1 < words.Count ? Math.Min(words[last + 1].Start, words[last].End + margin) : words[last].End + margin;
            ranges.Add(new TimeRange(Math.Round(start, 3), Math.Round(end, 3)));
            i = last;
        }
        return ranges;
    }

    private static bool EndsWithComma(TimedWord word) => word.Text.TrimEnd().EndsWith(',');

    private static string Normalize(string text) =>
        new string(text.Where(c => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark || c == '\'').ToArray()).ToLowerInvariant();
}
