using System.Globalization;
using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>Pitch names and MIDI numbers (60 = C4).</summary>
internal static class PitchNames
{
    private static readonly string[] Sharps = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
    private static readonly string[] Flats = ["C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"];

    public static string PitchClassName(int pitchClass, bool flats = false) => (flats ? Flats : Sharps)[Mod12(pitchClass)];

    /// <summary>E.g. 40 → "E2".</summary>
    public static string Name(int midi) => PitchClassName(midi) + (midi / 12 - 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a pitch class such as "C", "F#", "Bb" (case-sensitive first letter); null when it is not one.</summary>
    public static int? ParsePitchClass(string text, out int consumed)
    {
        consumed = 0;
        if (text.Length == 0) return null;
        int? natural = char.ToUpperInvariant(text[0]) switch
        {
            'C' => 0, 'D' => 2, 'E' => 4, 'F' => 5, 'G' => 7, 'A' => 9, 'B' => 11, _ => null,
        };
        if (natural is null) return null;
        consumed = 1;
        var pc = natural.Value;
        while (consumed < text.Length && text[consumed] is '#' or 'b' or '♯' or '♭')
        {
            // "b" right after the letter is a flat ("Bb", "Eb"); a chord "Cb" is rare enough to read the same way.
            pc += text[consumed] is '#' or '♯' ? 1 : -1;
            consumed++;
        }
        return Mod12(pc);
    }

    public static int Mod12(int value) => ((value % 12) + 12) % 12;
}

/// <summary>A fretted instrument: its strings (low to high as listed in the tuning) and playable range.</summary>
internal sealed class Fretboard
{
    private Fretboard(TabInstrument instrument, int[] tuning, int frets, string[] labels, int gmProgram, string name)
    {
        Instrument = instrument;
        Tuning = tuning;
        Frets = frets;
        Labels = labels;
        GmProgram = gmProgram;
        Name = name;
    }

    public TabInstrument Instrument { get; }

    /// <summary>Open-string MIDI pitches; index 0 is the string drawn at the bottom of a tab (the lowest-numbered course
    /// from the bass side: guitar low E, bass E, ukulele G, which is re-entrant and sits above C).</summary>
    public int[] Tuning { get; }

    public int StringCount => Tuning.Length;

    /// <summary>Highest fret used.</summary>
    public int Frets { get; }

    /// <summary>Tab line labels per string (the high E of the guitar is "e").</summary>
    public string[] Labels { get; }

    public int GmProgram { get; }

    public string Name { get; }

    public int LowestPitch => Tuning.Min();

    public int HighestPitch => Tuning.Max() + Frets;

    /// <summary>Tab string number (1 = highest-drawn string, as in tab notation and MusicXML <c>&lt;string&gt;</c>).</summary>
    public int StringNumber(int stringIndex) => StringCount - stringIndex;

    public IReadOnlyList<string> TuningNames => Tuning.Select(PitchNames.Name).ToList();

    public static Fretboard For(TabInstrument instrument) => instrument switch
    {
        TabInstrument.Guitar => new Fretboard(instrument, [40, 45, 50, 55, 59, 64], 19, ["E", "A", "D", "G", "B", "e"], 25, "Guitar"),
        TabInstrument.Bass => new Fretboard(instrument, [28, 33, 38, 43], 20, ["E", "A", "D", "G"], 33, "Bass"),
        TabInstrument.Ukulele => new Fretboard(instrument, [67, 60, 64, 69], 15, ["G", "C", "E", "A"], 24, "Ukulele"),
        _ => throw new AudioProcessingException("INVALID_INPUT", $"Unknown instrument {instrument}."),
    };

    /// <summary>Moves a pitch by octaves into the instrument's range.</summary>
    public int FoldIntoRange(int pitch)
    {
        while (pitch < LowestPitch) pitch += 12;
        while (pitch > HighestPitch) pitch -= 12;
        return pitch;
    }

    /// <summary>Every (string, fret) that sounds <paramref name="pitch"/>, up to <paramref name="maxFret"/>.</summary>
    public IEnumerable<FretPosition> Positions(int pitch, int? maxFret = null)
    {
        for (var s = 0; s < StringCount; s++)
        {
            var fret = pitch - Tuning[s];
            if (fret >= 0 && fret <= (maxFret ?? Frets)) yield return new FretPosition(s, fret);
        }
    }

    public int PitchAt(FretPosition position) => Tuning[position.String] + position.Fret;
}

/// <summary>A string index into <see cref="Fretboard.Tuning"/> and a fret (0 = open).</summary>
internal readonly record struct FretPosition(int String, int Fret);
