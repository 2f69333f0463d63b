using System.Text.RegularExpressions;

namespace MediaCreator.Modules.Video.Generation.Planning;

/// <summary>Splits narration text into sentences, and sentences into clauses or word runs short enough to read in one scene.</summary>
internal static partial class TextSegmenter
{
    public static List<string> Sentences(string text, string language)
    {
        var normalized = Whitespace().Replace(text.Replace("\r", ""), " ").Trim();
        var parts = SentenceEnd().Split(text.Trim()).Select(Clean).Where(p => p.Length > 0).ToList();
        // Thai marks sentence (and clause) boundaries with a space instead of punctuation.
        if (ReadingPace.Unspaced(language) && ReadingPace.Primary(language) == "th")
            parts = parts.SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return parts.Count > 0 ? parts : normalized.Length > 0 ? [normalized] : [];
    }

    /// <summary>Splits <paramref name="sentence"/> until every piece reads in at most <paramref name="maxSeconds"/>.</summary>
    public static IEnumerable<string> Fit(string sentence, string language, double maxSeconds)
    {
        if (ReadingPace.Seconds(sentence, language) <= maxSeconds) return [sentence];
        var clauses = ClauseEnd().Split(sentence).Select(Clean).Where(c => c.Length > 0).ToList();
        if (clauses.Count > 1) return Merge(clauses, language, maxSeconds).SelectMany(c => Fit(c, language, maxSeconds));
        return SplitWords(sentence, language, maxSeconds);
    }

    /// <summary>Joins neighbours while the joined piece still reads in <paramref name="maxSeconds"/>.</summary>
    public static List<string> Merge(IEnumerable<string> pieces, string language, double maxSeconds)
    {
        var joiner = ReadingPace.Unspaced(language) && ReadingPace.Primary(language) != "th" ? "" : " ";
        var result = new List<string>();
        foreach (var piece in pieces)
        {
            if (result.Count > 0 && ReadingPace.Seconds(result[^1] + joiner + piece, language) <= maxSeconds) result[^1] += joiner + piece;
            else result.Add(piece);
        }
        return result;
    }

    private static IEnumerable<string> SplitWords(string text, string language, double maxSeconds)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 1)
        {
            // One long unspaced run (Chinese, Japanese, unspaced Thai): cut by characters.
            var chars = Math.Max(1, (int)(text.Length * maxSeconds / Math.Max(0.01, ReadingPace.Seconds(text, language))));
            for (var i = 0; i < text.Length; i += chars) yield return text.Substring(i, Math.Min(chars, text.Length - i));
            yield break;
        }
        foreach (var piece in Merge(words, language, maxSeconds)) yield return piece;
    }

    private static string Clean(string s) => Whitespace().Replace(s, " ").Trim().Trim('-', '–', '—').Trim();

    [GeneratedRegex(@"(?<=[.!?…。！？])\s+|\n+|(?<=[。！？])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=[,;:，、；：])\s*|\s+[–—-]\s+")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
