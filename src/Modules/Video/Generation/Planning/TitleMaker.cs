using System.Globalization;

namespace MediaCreator.Modules.Video.Generation.Planning;

/// <summary>A short title and the key words of a prompt, for title cards and visual-only scenes.</summary>
internal static class TitleMaker
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "about", "into",
        "over", "under", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "as",
        "my", "your", "our", "their", "his", "her", "we", "you", "they", "i", "make", "create", "video", "short", "clip",
        "please", "show", "showing", "some", "very", "how", "what", "why", "who", "when", "where", "which", "will", "can",
        "than", "then", "there", "here", "just", "also", "only", "not", "no", "so", "do", "does", "did", "has", "have", "had",
    };

    public static string Title(string prompt, string language)
    {
        var first = TextSegmenter.Sentences(prompt, language).FirstOrDefault() ?? prompt;
        first = first.TrimEnd('.', '!', '?', '…', '。', ' ');
        if (ReadingPace.Unspaced(language)) return first.Length <= 40 ? first : first[..40];
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10).ToList();
        // A cut-off title ends on a content word, not "in the".
        while (words.Count > 1 && StopWords.Contains(words[^1].TrimEnd(',', ';', ':'))) words.RemoveAt(words.Count - 1);
        var text = CultureInfo.InvariantCulture.TextInfo;
        return string.Join(' ', words.Select((w, i) => i == 0 || !StopWords.Contains(w) ? Capital(w, text) : w.ToLowerInvariant()));
    }

    /// <summary>Content words in order of first appearance (clauses for unspaced scripts).</summary>
    public static List<string> Keywords(string text, string language)
    {
        if (ReadingPace.Unspaced(language))
            return text.Split([' ', ',', '.', '、', '，', '。'], StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        return text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', '!', '?', ';', ':', '"', '\'', '(', ')', '…'))
            .Where(w => w.Length >= 3 && !StopWords.Contains(w))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static string Capital(string word, TextInfo text) =>
        word.Length > 0 && char.IsLower(word[0]) ? text.ToUpper(word[0]) + word[1..] : word;
}
