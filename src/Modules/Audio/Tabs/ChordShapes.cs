using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>
/// A chord fingering: per string (index as in <see cref="Fretboard.Tuning"/>) a fret or null (not played), the
/// fretting finger per string (0 = none/open, 1 = index … 4 = little) and the barre, if the index finger lies across.
/// </summary>
internal sealed record ChordShape(int?[] Frets, int[] Fingers, int? BarreFret, int BarreFromString)
{
    public IEnumerable<FretPosition> Positions =>
        Frets.Select((f, s) => (f, s)).Where(x => x.f is not null).Select(x => new FretPosition(x.s, x.f!.Value));

    /// <summary>E.g. "x32010", or "8 10 10 9 8 8" when a fret has two digits.</summary>
    public string Notation => Frets.Any(f => f >= 10)
        ? string.Join(' ', Frets.Select(f => f?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "x"))
        : string.Concat(Frets.Select(f => f?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "x"));

    public int? LowestFretted => Frets.Where(f => f > 0).Min();

    public int? HighestFret => Frets.Where(f => f is not null).Max();
}

/// <summary>
/// The chord shape library per instrument: the standard open shapes (guitar, ukulele), movable E- and A-form barre
/// shapes (guitar), simplified shapes for easy arrangements, root/fifth/octave patterns for bass, and a search over the
/// fretboard for any chord the tables lack (chord tones only, at most four fingers or a barre, lowest position first).
/// </summary>
internal static class ChordShapes
{
    private static readonly Dictionary<string, string> GuitarOpen = new(StringComparer.Ordinal)
    {
        ["C"] = "x32010", ["D"] = "xx0232", ["E"] = "022100", ["G"] = "320003", ["A"] = "x02220",
        ["Am"] = "x02210", ["Em"] = "022000", ["Dm"] = "xx0231",
        ["C7"] = "x32310", ["D7"] = "xx0212", ["E7"] = "020100", ["G7"] = "320001", ["A7"] = "x02020", ["B7"] = "x21202",
        ["Cmaj7"] = "x32000", ["Dmaj7"] = "xx0222", ["Emaj7"] = "021100", ["Fmaj7"] = "xx3210", ["Gmaj7"] = "320002", ["Amaj7"] = "x02120",
        ["Am7"] = "x02010", ["Em7"] = "022030", ["Dm7"] = "xx0211", ["Bm7"] = "x20202",
        ["Dsus4"] = "xx0233", ["Asus4"] = "x02230", ["Esus4"] = "022200", ["Dsus2"] = "xx0230", ["Asus2"] = "x02200",
        ["E5"] = "022xxx", ["A5"] = "x022xx", ["D5"] = "xx023x",
    };

    /// <summary>Beginner forms of chords whose standard shape is a barre.</summary>
    private static readonly Dictionary<string, string> GuitarEasy = new(StringComparer.Ordinal)
    {
        ["F"] = "xx3211", ["Bm"] = "xx4432", ["Fm"] = "xx3111", ["B"] = "xx4442", ["Gm"] = "xx5333", ["Bb"] = "xx3331",
        ["F#m"] = "xx4222", ["C#m"] = "xx2120", ["Cm"] = "xx5543",
    };

    private static readonly Dictionary<string, string> UkuleleOpen = new(StringComparer.Ordinal)
    {
        ["C"] = "0003", ["D"] = "2220", ["E"] = "1402", ["F"] = "2010", ["G"] = "0232", ["A"] = "2100", ["Bb"] = "3211", ["B"] = "4322",
        ["Eb"] = "0331", ["Ab"] = "5343", ["Db"] = "1114", ["F#"] = "3121",
        ["Cm"] = "0333", ["Dm"] = "2210", ["Em"] = "0432", ["Fm"] = "1013", ["Gm"] = "0231", ["Am"] = "2000", ["Bm"] = "4222",
        ["Bbm"] = "3111", ["F#m"] = "2120", ["C#m"] = "1104",
        ["C7"] = "0001", ["D7"] = "2223", ["E7"] = "1202", ["F7"] = "2310", ["G7"] = "0212", ["A7"] = "0100", ["B7"] = "2322",
        ["Cmaj7"] = "0002", ["Dmaj7"] = "2224", ["Gmaj7"] = "0222", ["Amaj7"] = "1100",
        ["Cm7"] = "3333", ["Dm7"] = "2213", ["Em7"] = "0202", ["Am7"] = "0000", ["Gm7"] = "0211", ["Bm7"] = "2222",
        ["Csus4"] = "0013", ["Dsus4"] = "0230", ["Gsus4"] = "0233", ["Asus4"] = "2200",
    };

    // Movable guitar barre forms: offsets from the root fret on the low E (E-form) or A string (A-form).
    private static readonly Dictionary<ChordQuality, int?[]> EForm = new()
    {
        [ChordQuality.Major] = [0, 2, 2, 1, 0, 0], [ChordQuality.Minor] = [0, 2, 2, 0, 0, 0],
        [ChordQuality.Dominant7] = [0, 2, 0, 1, 0, 0], [ChordQuality.Minor7] = [0, 2, 0, 0, 0, 0],
        [ChordQuality.Major7] = [0, null, 1, 1, 0, null], [ChordQuality.Sus4] = [0, 2, 2, 2, 0, 0], [ChordQuality.Power] = [0, 2, 2, null, null, null],
    };

    private static readonly Dictionary<ChordQuality, int?[]> AForm = new()
    {
        [ChordQuality.Major] = [null, 0, 2, 2, 2, 0], [ChordQuality.Minor] = [null, 0, 2, 2, 1, 0],
        [ChordQuality.Dominant7] = [null, 0, 2, 0, 2, 0], [ChordQuality.Minor7] = [null, 0, 2, 0, 1, 0],
        [ChordQuality.Major7] = [null, 0, 2, 1, 2, 0], [ChordQuality.Sus4] = [null, 0, 2, 2, 3, 0],
        [ChordQuality.Sus2] = [null, 0, 2, 2, 0, 0], [ChordQuality.Power] = [null, 0, 2, 2, null, null],
    };

    /// <summary>The shape to play <paramref name="chord"/> at <paramref name="level"/> on <paramref name="board"/>.</summary>
    public static ChordShape For(Fretboard board, ChordSymbol chord, TabLevel level)
    {
        if (level == TabLevel.Easy) chord = chord.Simplified();
        var key = Key(chord);
        return board.Instrument switch
        {
            TabInstrument.Bass => BassShape(board, chord, level),
            TabInstrument.Ukulele => Lookup(UkuleleOpen, key, board, chord) ?? Search(board, chord, level),
            _ => (level == TabLevel.Easy ? Lookup(GuitarEasy, key, board, chord) : null)
                 ?? Lookup(GuitarOpen, key, board, chord)
                 ?? (level == TabLevel.Easy ? Search(board, chord, level) : GuitarBarre(board, chord) ?? Search(board, chord, level)),
        };
    }

    /// <summary>The root note to play on a bass (or any instrument's lowest strings) for <paramref name="chord"/>.</summary>
    public static FretPosition Root(Fretboard board, ChordSymbol chord)
    {
        var pc = chord.Bass ?? chord.Root;
        // Lowest pitch of that class on the two lowest-sounding strings within the first seven frets.
        var strings = Enumerable.Range(0, board.StringCount).OrderBy(s => board.Tuning[s]).Take(2).ToList();
        return strings
            .SelectMany(s => Enumerable.Range(0, 8).Where(f => PitchNames.Mod12(board.Tuning[s] + f) == pc).Select(f => new FretPosition(s, f)))
            .OrderBy(p => board.PitchAt(p))
            .ThenBy(p => p.Fret)
            .First();
    }

    private static string Key(ChordSymbol chord) => PitchNames.PitchClassName(chord.Root, flats: false) + Suffix(chord.Quality);

    private static string Suffix(ChordQuality quality) => quality switch
    {
        ChordQuality.Minor => "m", ChordQuality.Dominant7 => "7", ChordQuality.Major7 => "maj7", ChordQuality.Minor7 => "m7",
        ChordQuality.Diminished => "dim", ChordQuality.Augmented => "aug", ChordQuality.Sus2 => "sus2", ChordQuality.Sus4 => "sus4",
        ChordQuality.Power => "5", _ => "",
    };

    private static ChordShape? Lookup(Dictionary<string, string> table, string key, Fretboard board, ChordSymbol chord)
    {
        if (chord.Bass is not null && chord.Bass != chord.Root && board.Instrument == TabInstrument.Guitar) return null;
        // Tables are keyed with flats for Bb/Eb/Ab/Db and sharps otherwise: try both spellings.
        var flatKey = PitchNames.PitchClassName(chord.Root, flats: true) + Suffix(chord.Quality);
        if (!table.TryGetValue(key, out var text) && !table.TryGetValue(flatKey, out text)) return null;
        var frets = text.Select(c => c == 'x' ? (int?)null : c - '0').ToArray();
        return Finger(frets, allowBarre: true) ?? throw new InvalidOperationException($"Library shape {text} cannot be fingered.");
    }

    private static ChordShape? GuitarBarre(Fretboard board, ChordSymbol chord)
    {
        ChordShape? best = null;
        foreach (var (form, rootString) in new[] { (EForm, 0), (AForm, 1) })
        {
            if (!form.TryGetValue(chord.Quality, out var offsets)) continue;
            var rootFret = PitchNames.Mod12(chord.Root - board.Tuning[rootString]);
            if (rootFret == 0) rootFret = 12;
            var frets = offsets.Select(o => o is null ? (int?)null : o + rootFret).ToArray();
            var shape = Finger(frets, allowBarre: true);
            if (shape is not null && (best is null || shape.LowestFretted < best.LowestFretted)) best = shape;
        }
        return best;
    }

    private static ChordShape BassShape(Fretboard board, ChordSymbol chord, TabLevel level)
    {
        var root = Root(board, chord);
        var frets = new int?[board.StringCount];
        frets[root.String] = root.Fret;
        if (level != TabLevel.Easy && chord.Quality != ChordQuality.Diminished && chord.Quality != ChordQuality.Augmented)
        {
            // Fifth one string up, two frets higher; octave two strings up, two frets higher.
            if (root.String + 1 < board.StringCount) frets[root.String + 1] = root.Fret + 2;
            if (root.String + 2 < board.StringCount) frets[root.String + 2] = root.Fret + 2;
        }
        return Finger(frets, allowBarre: false)!;
    }

    /// <summary>Searches the fretboard for the cheapest playable voicing of <paramref name="chord"/>.</summary>
    internal static ChordShape Search(Fretboard board, ChordSymbol chord, TabLevel level)
    {
        var pcs = chord.PitchClasses;
        var bass = chord.Bass ?? chord.Root;
        var span = level == TabLevel.Easy ? 3 : 4;
        var reentrant = board.Instrument == TabInstrument.Ukulele;
        var minStrings = reentrant ? board.StringCount : level == TabLevel.Easy ? 3 : 4;
        var essential = chord.Intervals.Where(i => i != 7).Select(i => PitchNames.Mod12(chord.Root + i)).ToHashSet();
        ChordShape? best = null;
        var bestCost = double.MaxValue;
        var current = new int?[board.StringCount];
        for (var basePos = 1; basePos <= 12; basePos++)
        {
            var options = Enumerable.Range(0, board.StringCount).Select(s =>
            {
                var list = new List<int?> { null };
                if (pcs.Contains(PitchNames.Mod12(board.Tuning[s]))) list.Add(0);
                for (var f = basePos; f < basePos + span; f++)
                    if (pcs.Contains(PitchNames.Mod12(board.Tuning[s] + f))) list.Add(f);
                return list;
            }).ToArray();
            Enumerate(0);

            void Enumerate(int s)
            {
                if (s == board.StringCount)
                {
                    Consider();
                    return;
                }
                foreach (var option in options[s])
                {
                    current[s] = option;
                    Enumerate(s + 1);
                }
            }

            void Consider()
            {
                var sounding = Enumerable.Range(0, board.StringCount).Where(s => current[s] is not null).ToList();
                if (sounding.Count < minStrings) return;
                if (!reentrant)
                {
                    // Sounding strings contiguous up to the top string, lowest note the bass of the chord.
                    if (sounding[^1] != board.StringCount - 1 || sounding[^1] - sounding[0] + 1 != sounding.Count) return;
                    if (PitchNames.Mod12(board.Tuning[sounding[0]] + current[sounding[0]]!.Value) != bass) return;
                }
                var sounded = sounding.Select(s => PitchNames.Mod12(board.Tuning[s] + current[s]!.Value)).ToHashSet();
                if (!essential.IsSubsetOf(sounded)) return;
                var shape = Finger((int?[])current.Clone(), allowBarre: level != TabLevel.Easy);
                if (shape is null) return;
                var fretted = current.Count(f => f > 0);
                var cost = (shape.LowestFretted ?? 0) * 1.0 + fretted * 0.3 + (shape.BarreFret is null ? 0 : 2)
                           + (sounded.Count < pcs.Count ? 0.5 : 0) + (board.StringCount - sounding.Count) * (level == TabLevel.Easy ? 0.1 : 0.6);
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = shape;
                }
            }
        }
        if (best is not null) return best;
        // Nothing playable in four frets (unusual chord on a short-necked instrument): the root alone.
        var root = Root(board, chord);
        return Finger(Enumerable.Range(0, board.StringCount).Select(s => s == root.String ? (int?)root.Fret : null).ToArray(), false)!;
    }

    /// <summary>
    /// Assigns fingers: with more than four fretted notes the index finger bars the lowest fret (from the lowest string
    /// fretted there to the top string, none of them open), the rest in order of fret then string. Null if unplayable.
    /// </summary>
    internal static ChordShape? Finger(int?[] frets, bool allowBarre)
    {
        var fingers = new int[frets.Length];
        var fretted = Enumerable.Range(0, frets.Length).Where(s => frets[s] > 0).OrderBy(s => frets[s]).ThenBy(s => s).ToList();
        if (fretted.Count == 0) return new ChordShape(frets, fingers, null, 0);
        var low = frets[fretted[0]]!.Value;
        if (frets.Where(f => f is not null).Max() - low > 3) return null;
        if (fretted.Count <= 4)
        {
            for (var i = 0; i < fretted.Count; i++) fingers[fretted[i]] = i + 1;
            return new ChordShape(frets, fingers, null, 0);
        }
        if (!allowBarre) return null;
        var barreStrings = fretted.Where(s => frets[s] == low).ToList();
        var from = barreStrings.Min();
        // Under a barre no string above its start can ring open or lower than the barre.
        for (var s = from; s < frets.Length; s++)
            if (frets[s] is { } f && f < low) return null;
        var rest = fretted.Where(s => frets[s] != low).ToList();
        if (rest.Count > 3) return null;
        foreach (var s in barreStrings) fingers[s] = 1;
        for (var i = 0; i < rest.Count; i++) fingers[rest[i]] = i + 2;
        return new ChordShape(frets, fingers, low, from);
    }
}
