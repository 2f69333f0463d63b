using System.Globalization;
using System.Text.RegularExpressions;
using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Generation;

/// <summary>A key: tonic pitch class (0 = C) and mode; parses and prints the spec notation <c>A:min</c>/<c>C:maj</c>.</summary>
internal readonly partial record struct MusicKey(int Tonic, bool Minor)
{
    private static readonly string[] SharpNames = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
    private static readonly string[] FlatNames = ["C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"];

    /// <summary>Major scale steps; natural minor is the same scale from its sixth degree.</summary>
    private static readonly int[] MajorSteps = [0, 2, 4, 5, 7, 9, 11];
    private static readonly int[] MinorSteps = [0, 2, 3, 5, 7, 8, 10];

    /// <summary>Pitch classes of the scale (natural minor for minor keys).</summary>
    public IReadOnlyList<int> Scale
    {
        get
        {
            var tonic = Tonic;
            return (Minor ? MinorSteps : MajorSteps).Select(s => (tonic + s) % 12).ToArray();
        }
    }

    /// <summary>Semitones above the tonic of scale degree <paramref name="degree"/> (0-based, may exceed 6 or be negative).</summary>
    public int DegreeOffset(int degree)
    {
        var steps = Minor ? MinorSteps : MajorSteps;
        var octave = (int)Math.Floor(degree / 7.0);
        return steps[degree - octave * 7] + 12 * octave;
    }

    /// <summary>Whether a pitch class belongs to the key (for minor keys: natural or harmonic minor).</summary>
    public bool IsDiatonic(int pitch)
    {
        var pc = ((pitch % 12) + 12) % 12;
        if (Scale.Contains(pc)) return true;
        return Minor && pc == (Tonic + 11) % 12;
    }

    /// <summary>Sharps (positive) or flats (negative) of the key signature.</summary>
    public int Accidentals
    {
        get
        {
            var major = Minor ? (Tonic + 3) % 12 : Tonic;
            // Position on the circle of fifths from C: 7 semitones per step.
            var fifths = Enumerable.Range(0, 12).First(i => i * 7 % 12 == major);
            return fifths > 6 ? fifths - 12 : fifths;
        }
    }

    public string TonicName => Accidentals < 0 ? FlatNames[Tonic] : SharpNames[Tonic];

    /// <summary>The spec notation, e.g. <c>D:min</c>.</summary>
    public string Notation => $"{TonicName}:{(Minor ? "min" : "maj")}";

    public static string PitchClassName(int pitchClass, bool preferFlats) =>
        (preferFlats ? FlatNames : SharpNames)[((pitchClass % 12) + 12) % 12];

    /// <summary>Parses a note name (C, C#, Db, F♯, Bb...) to a pitch class.</summary>
    public static int? ParseTonic(string name)
    {
        var text = name.Trim().Replace('♯', '#').Replace('♭', 'b');
        if (text.Length == 0) return null;
        var letter = char.ToUpperInvariant(text[0]);
        var basePc = letter switch { 'C' => 0, 'D' => 2, 'E' => 4, 'F' => 5, 'G' => 7, 'A' => 9, 'B' => 11, _ => -1 };
        if (basePc < 0) return null;
        var rest = text[1..].Trim().ToLowerInvariant();
        var shift = rest switch
        {
            "" => 0,
            "#" or "sharp" or "-sharp" or "is" => 1,
            "b" or "flat" or "-flat" or "es" or "s" => -1,
            _ => int.MinValue,
        };
        return shift == int.MinValue ? null : ((basePc + shift) % 12 + 12) % 12;
    }

    /// <summary>
    /// Parses <c>A:min</c>, <c>C:maj</c>, <c>F#:minor</c>, <c>Bb major</c>, <c>Am</c> or <c>C</c>; throws
    /// INVALID_INPUT otherwise.
    /// </summary>
    public static MusicKey Parse(string text)
    {
        var match = KeyPattern().Match(text.Trim());
        if (!match.Success || ParseTonic(match.Groups["tonic"].Value) is not { } tonic)
            throw new AudioProcessingException("INVALID_INPUT", $"The key '{text}' is not valid: use a tonic and mode such as 'A:min' or 'C:maj'.");
        var mode = match.Groups["mode"].Value;
        return new MusicKey(tonic, mode == "m" || mode.ToLowerInvariant() is "min" or "minor");
    }

    public override string ToString() => Notation;

    [GeneratedRegex(@"^(?<tonic>[A-Ga-g](?:#|b|♯|♭)?)\s*(?::|\s)?\s*(?<mode>maj|major|min|minor|m|M)?$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    internal static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
