using System.Globalization;
using System.Text.Json;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>Reads word times from pocketsphinx: 0.8's <c>-time yes</c> lines (<c>word start end posterior</c>) or 5.x's JSON lines.</summary>
internal static class SphinxOutput
{
    /// <summary>The recognized word of one output line, or null for hypothesis text, fillers, silence and sentence marks.</summary>
    public static IEnumerable<TimedWord> Words(string line)
    {
        line = line.Trim();
        if (line.StartsWith('{')) return JsonWords(line);
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 4 || !Number(parts[1], out var start) || !Number(parts[2], out var end) || !Number(parts[3], out var p)) return [];
        return Word(parts[0], start, end, p) is { } w ? [w] : [];
    }

    private static IEnumerable<TimedWord> JsonWords(string line)
    {
        using var doc = JsonDocument.Parse(line);
        if (!doc.RootElement.TryGetProperty("w", out var words)) return [];
        var result = new List<TimedWord>();
        foreach (var w in words.EnumerateArray())
        {
            var b = w.GetProperty("b").GetDouble();
            if (Word(w.GetProperty("t").GetString() ?? "", b, b + w.GetProperty("d").GetDouble(), w.TryGetProperty("p", out var p) ? p.GetDouble() : 1) is { } word)
                result.Add(word);
        }
        return result;
    }

    private static TimedWord? Word(string token, double start, double end, double posterior)
    {
        // <s>, </s>, <sil>, [NOISE], [SPEECH], ++GARBAGE++ are not words; "word(2)" is an alternate pronunciation.
        if (token.Length == 0 || token[0] is '<' or '[' || token.StartsWith("++", StringComparison.Ordinal)) return null;
        var paren = token.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0) token = token[..paren];
        return new TimedWord(start, end, token, Math.Clamp(posterior, 0, 1));
    }

    private static bool Number(string text, out double value) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
