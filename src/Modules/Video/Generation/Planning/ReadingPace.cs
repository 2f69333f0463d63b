namespace MediaCreator.Modules.Video.Generation.Planning;

/// <summary>
/// How long text takes to read aloud. Spaced languages count words; Thai (no spaces between words) counts syllables,
/// estimated from its consonants; Chinese/Japanese count characters.
/// </summary>
internal static class ReadingPace
{
    // Comfortable narration rates (units per second); voice-over is a little slower than conversation.
    private static readonly Dictionary<string, double> UnitsPerSecond = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = 2.6, ["de"] = 2.2, ["fr"] = 2.7, ["es"] = 2.8, ["it"] = 2.7, ["pt"] = 2.6, ["nl"] = 2.4,
        ["th"] = 4.5, ["zh"] = 4.0, ["ja"] = 6.0, ["ko"] = 4.0, ["vi"] = 3.2, ["id"] = 2.4, ["ru"] = 2.2,
    };

    public static string Primary(string language) => language.Split('-', '_')[0].ToLowerInvariant();

    public static double Rate(string language) => UnitsPerSecond.GetValueOrDefault(Primary(language), 2.5);

    public static double Seconds(string text, string language) => Units(text) / Rate(language);

    /// <summary>Spoken units of <paramref name="text"/>: words, plus Thai syllables and CJK characters inside them.</summary>
    public static double Units(string text)
    {
        double units = 0;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var thaiConsonants = 0;
            var cjk = 0;
            var other = false;
            foreach (var c in token)
            {
                if (c is >= '\u0E01' and <= '\u0E2E') thaiConsonants++;
                else if (c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF') cjk++;
                else if (c is < '\u0E00' or > '\u0E7F' && char.IsLetterOrDigit(c)) other = true;
            }
            // A Thai syllable is an initial consonant, often with a final one: about 1.6 consonants each.
            units += thaiConsonants / 1.6 + cjk + (other ? 1 : 0);
        }
        return units;
    }

    /// <summary>Whether the text is written without spaces between words (Thai, Chinese, Japanese).</summary>
    public static bool Unspaced(string language) => Primary(language) is "th" or "zh" or "ja" or "lo" or "km" or "my";
}
