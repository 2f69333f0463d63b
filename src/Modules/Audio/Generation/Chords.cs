using System.Text.RegularExpressions;

namespace MediaCreator.Modules.Audio.Generation;

/// <summary>A chord in a key: root pitch class, intervals above it, its roman numeral and its symbol (e.g. <c>Am7</c>).</summary>
internal sealed record Chord(int Root, int[] Intervals, string Roman, string Symbol)
{
    /// <summary>Pitch classes of the chord tones.</summary>
    public IEnumerable<int> PitchClasses => Intervals.Select(i => (Root + i) % 12);

    public bool Contains(int pitch) => PitchClasses.Contains(((pitch % 12) + 12) % 12);

    public int Fifth => (Root + Intervals.FirstOrDefault(i => i is 6 or 7 or 8, 7)) % 12;

    public int Third => (Root + Intervals.FirstOrDefault(i => i is 3 or 4, 4)) % 12;
}

/// <summary>Roman numerals to chords: case gives the quality, suffixes 7, maj7, ø7, °; a leading b or # alters the root.</summary>
internal static partial class RomanNumerals
{
    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V", "VI", "VII"];

    public static Chord Parse(string roman, MusicKey key)
    {
        var match = Pattern().Match(roman);
        if (!match.Success) throw new ArgumentException($"Not a roman numeral chord: {roman}", nameof(roman));
        var numeral = match.Groups["numeral"].Value;
        var degree = Array.IndexOf(Numerals, numeral.ToUpperInvariant());
        var upper = numeral == numeral.ToUpperInvariant();
        var alter = match.Groups["alter"].Value switch { "b" => -1, "#" => 1, _ => 0 };
        var suffix = match.Groups["suffix"].Value;
        var root = ((key.Tonic + key.DegreeOffset(degree) + alter) % 12 + 12) % 12;
        int[] intervals = suffix switch
        {
            "maj7" => upper ? [0, 4, 7, 11] : [0, 3, 7, 11],
            "7" => upper ? [0, 4, 7, 10] : [0, 3, 7, 10],
            "ø7" => [0, 3, 6, 10],
            "°7" => [0, 3, 6, 9],
            "°" => [0, 3, 6],
            _ => upper ? [0, 4, 7] : [0, 3, 7],
        };
        var name = MusicKey.PitchClassName(root, key.Accidentals < 0 || alter < 0);
        var symbol = suffix switch
        {
            "maj7" => upper ? $"{name}maj7" : $"{name}m(maj7)",
            "7" => upper ? $"{name}7" : $"{name}m7",
            "ø7" => $"{name}m7b5",
            "°7" => $"{name}dim7",
            "°" => $"{name}dim",
            _ => upper ? name : $"{name}m",
        };
        return new Chord(root, intervals, roman, symbol);
    }

    [GeneratedRegex(@"^(?<alter>b|#)?(?<numeral>VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)(?<suffix>maj7|7|ø7|°7|°)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
