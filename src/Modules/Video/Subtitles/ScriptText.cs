using System.Globalization;
using System.Text;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>Word splitting, joining and measuring that knows Thai is written without spaces between words.</summary>
internal static class ScriptText
{
    public static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    public static bool ContainsThai(string text) => text.Any(IsThai);

    /// <summary>Words of <paramref name="text"/>: split at spaces, Thai runs split by ICU's dictionary; punctuation stays on the word before it.</summary>
    public static List<string> SplitWords(string text)
    {
        var words = new List<string>();
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!ContainsThai(token) || IcuWordBreaker.Split(token) is not { } pieces)
            {
                words.Add(token);
                continue;
            }
            var first = true;
            foreach (var piece in pieces)
            {
                var isPunctuation = piece.All(c => char.IsPunctuation(c) || char.IsWhiteSpace(c));
                if (isPunctuation && words.Count > 0 && !first) words[^1] += piece.Trim();
                else if (piece.Trim().Length > 0) words.Add(piece.Trim());
                first = false;
            }
        }
        return words;
    }

    /// <summary>Joins words with a space, except between two Thai words (Thai marks phrase ends, not word ends, with spaces).</summary>
    public static string Join(IEnumerable<string> words)
    {
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (word.Length == 0) continue;
            if (text.Length > 0 && !(IsThai(text[^1]) && IsThai(word[0]))) text.Append(' ');
            text.Append(word);
        }
        return text.ToString();
    }

    /// <summary>Width in character cells: Thai vowel and tone marks above or below a consonant take no cell.</summary>
    public static int DisplayLength(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>Wraps words into as many lines of <paramref name="maxChars"/> as needed, two lines balanced.</summary>
    public static List<string> Wrap(IReadOnlyList<string> words, int maxChars) => WrapGroups(words, maxChars).Select(Join).ToList();

    /// <summary>The words of each wrapped line, in order.</summary>
    public static List<List<string>> WrapGroups(IReadOnlyList<string> words, int maxChars)
    {
        var lines = new List<List<string>> { new() };
        foreach (var word in words)
        {
            var candidate = lines[^1].Append(word).ToList();
            if (lines[^1].Count > 0 && DisplayLength(Join(candidate)) > maxChars) lines.Add([word]);
            else lines[^1] = candidate;
        }
        return lines.Count == 2 ? Balance(words) : lines;
    }

    private static List<List<string>> Balance(IReadOnlyList<string> words)
    {
        var best = 1;
        var bestWidth = int.MaxValue;
        for (var split = 1; split < words.Count; split++)
        {
            var width = Math.Max(DisplayLength(Join(words.Take(split))), DisplayLength(Join(words.Skip(split))));
            if (width < bestWidth) (best, bestWidth) = (split, width);
        }
        return [words.Take(best).ToList(), words.Skip(best).ToList()];
    }

    /// <summary>A rough syllable count: vowel groups for Latin script, vowel signs and consonant clusters for Thai.</summary>
    public static int Syllables(string word)
    {
        var letters = word.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray();
        if (letters.Length == 0) return 1;
        if (letters.Any(IsThai)) return Math.Max(1, (letters.Length + 1) / 3);
        var groups = 0;
        var inVowel = false;
        foreach (var c in letters)
        {
            var vowel = "aeiouy".Contains(c, StringComparison.Ordinal);
            if (vowel && !inVowel) groups++;
            inVowel = vowel;
        }
        if (letters.Length > 2 && letters[^1] == 'e' && !"aeiouy".Contains(letters[^2], StringComparison.Ordinal) && groups > 1) groups--;
        return Math.Max(1, groups);
    }
}
