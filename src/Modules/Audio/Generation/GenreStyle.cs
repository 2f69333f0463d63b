namespace MediaCreator.Modules.Audio.Generation;

/// <summary>How the bass part moves over the chords.</summary>
internal enum BassStyle
{
    /// <summary>Root, root-root, fifth, octave-root: pop's eighth-note feel.</summary>
    Pop,

    /// <summary>Straight eighths on the root.</summary>
    Eighths,

    /// <summary>Root and fifth on the strong beats (folk, country).</summary>
    RootFifth,

    /// <summary>Quarter-note walking line with a chromatic approach to the next root (jazz).</summary>
    Walking,

    /// <summary>Roots on the off-beats (house).</summary>
    Offbeat,

    /// <summary>Notes where the kick drum plays, held to the next kick (hip hop, lo-fi).</summary>
    FollowKick,

    /// <summary>Long roots (ambient, cinematic).</summary>
    Sustained,

    /// <summary>Root on 1, fifth on 3 with a pickup (reggae).</summary>
    Reggae,

    /// <summary>Root on beat 1 of each 3/4 bar, alternating root and fifth.</summary>
    Waltz,
}

/// <summary>How the chord instrument plays each bar.</summary>
internal enum CompStyle
{
    Pop,
    PowerEighths,
    Stabs,
    Sustain,
    Lofi,
    Charleston,
    Strum,
    Skank,
    Waltz,
    Arpeggio,
}

/// <summary>
/// One drum bar on a grid of <see cref="StepsPerBeat"/> steps per beat: each lane is a GM drum note and a string with one
/// character per step (<c>X</c> accent, <c>x</c> normal, <c>o</c> soft, <c>.</c> silent).
/// </summary>
internal sealed record DrumPattern(int StepsPerBeat, IReadOnlyList<(int Note, string Steps)> Lanes);

/// <summary>A genre's conventions: tempo range, meter, typical progressions, parts and General MIDI instruments.</summary>
internal sealed record GenreStyle(
    string Name,
    string[] Words,
    int MinBpm,
    int MaxBpm,
    int BeatsPerBar,
    double MinorChance,
    string[][] MajorProgressions,
    string[][] MinorProgressions,
    int BarsPerChord,
    BassStyle Bass,
    CompStyle Comp,
    DrumPattern? Drums,
    double Swing,
    int ChordProgram,
    int BassProgram,
    int MelodyProgram,
    int? PadProgram,
    double MelodyDensity)
{
    // GM percussion keys.
    public const int Kick = 36, SideStick = 37, Snare = 38, Clap = 39, LowFloorTom = 41, ClosedHat = 42, PedalHat = 44,
        LowTom = 45, OpenHat = 46, MidTom = 47, HighTom = 50, Crash = 49, Ride = 51, Tambourine = 54, Shaker = 70;

    private static DrumPattern Four(params (int, string)[] lanes) => new(4, lanes);

    public static readonly GenreStyle Pop = new(
        "pop", ["pop", "dance pop", "synthpop", "funk", "r&b", "rnb", "soul"], 96, 128, 4, 0.3,
        [["I", "V", "vi", "IV"], ["vi", "IV", "I", "V"], ["I", "vi", "IV", "V"], ["IV", "I", "V", "vi"]],
        [["i", "VI", "III", "VII"], ["i", "iv", "VI", "V"], ["VI", "VII", "i", "i"], ["i", "VII", "VI", "VII"]],
        1, BassStyle.Pop, CompStyle.Pop,
        Four((Kick, "x.......x.x....."), (Snare, "....x.......x..."), (ClosedHat, "x.x.x.x.x.x.x.x.")),
        0.5, 0, 33, 80, 48, 1.0);

    public static readonly GenreStyle Rock = new(
        "rock", ["rock", "punk", "metal", "grunge", "indie", "alternative"], 110, 160, 4, 0.4,
        [["I", "IV", "V", "IV"], ["I", "V", "vi", "IV"], ["I", "IV", "vi", "V"], ["vi", "IV", "I", "V"]],
        [["i", "VII", "VI", "VII"], ["i", "iv", "VII", "i"], ["i", "VI", "VII", "i"], ["VI", "VII", "i", "i"]],
        1, BassStyle.Eighths, CompStyle.PowerEighths,
        Four((Kick, "x.....x.x......."), (Snare, "....X.......X..."), (ClosedHat, "x.x.x.x.x.x.x.x.")),
        0.5, 29, 34, 30, null, 1.0);

    public static readonly GenreStyle Lofi = new(
        "lofi", ["lofi", "lo-fi", "lo fi", "chillhop", "study beats"], 70, 90, 4, 0.5,
        [["ii7", "V7", "Imaj7", "vi7"], ["Imaj7", "vi7", "ii7", "V7"], ["IVmaj7", "iii7", "ii7", "Imaj7"]],
        [["i7", "iv7", "VII7", "IIImaj7"], ["VImaj7", "iv7", "i7", "V7"], ["i7", "VImaj7", "iv7", "v7"]],
        1, BassStyle.FollowKick, CompStyle.Lofi,
        Four((Kick, "x......x..x....."), (Snare, "....x.......x..."), (ClosedHat, "x.x.x.x.x.x.x.xo")),
        0.6, 4, 33, 11, null, 0.7);

    public static readonly GenreStyle Edm = new(
        "edm", ["edm", "house", "techno", "trance", "electro", "dance", "club", "electronic"], 120, 130, 4, 0.6,
        [["vi", "IV", "I", "V"], ["I", "V", "vi", "IV"], ["IV", "V", "vi", "vi"]],
        [["i", "VI", "III", "VII"], ["VI", "VII", "i", "i"], ["i", "VII", "VI", "VII"]],
        1, BassStyle.Offbeat, CompStyle.Stabs,
        Four((Kick, "X...X...X...X..."), (Clap, "....x.......x..."), (ClosedHat, "o.o.o.o.o.o.o.o."), (OpenHat, "..o...o...o...o.")),
        0.5, 62, 38, 81, 89, 1.0);

    public static readonly GenreStyle HipHop = new(
        "hiphop", ["hip hop", "hip-hop", "hiphop", "rap", "trap", "boom bap", "boombap"], 80, 98, 4, 0.7,
        [["I", "vi", "IV", "V"], ["vi", "IV", "I", "V"], ["IVmaj7", "iii7", "vi7", "vi7"]],
        [["i", "VI", "i", "VII"], ["i", "iv", "VI", "V"], ["i", "VI", "iv", "V"]],
        1, BassStyle.FollowKick, CompStyle.Sustain,
        Four((Kick, "x......x.x......"), (Snare, "....X.......X..."), (ClosedHat, "x.x.x.x.x.x.x.x.")),
        0.55, 4, 38, 80, 48, 0.8);

    public static readonly GenreStyle Jazz = new(
        "jazz", ["jazz", "swing", "bebop", "bossa", "lounge"], 100, 180, 4, 0.3,
        [["ii7", "V7", "Imaj7", "Imaj7"], ["Imaj7", "vi7", "ii7", "V7"], ["iii7", "vi7", "ii7", "V7"]],
        [["iiø7", "V7", "i7", "i7"], ["i7", "iv7", "iiø7", "V7"], ["i7", "VImaj7", "iiø7", "V7"]],
        1, BassStyle.Walking, CompStyle.Charleston,
        Four((Ride, "x...x.x.x...x.x."), (PedalHat, "....x.......x..."), (Kick, "o...o...o...o..."), (Snare, "..........o....o")),
        0.66, 0, 32, 66, null, 1.0);

    public static readonly GenreStyle Ambient = new(
        "ambient", ["ambient", "drone", "meditation", "atmospheric", "new age", "soundscape"], 60, 80, 4, 0.4,
        [["Imaj7", "IVmaj7"], ["I", "vi", "IV", "I"], ["IVmaj7", "I"]],
        [["i", "VI"], ["i7", "iv7", "VImaj7", "i7"], ["i", "VII", "VI", "VI"]],
        2, BassStyle.Sustained, CompStyle.Arpeggio, null,
        0.5, 46, 38, 8, 89, 0.5);

    public static readonly GenreStyle Cinematic = new(
        "cinematic", ["cinematic", "orchestral", "epic", "film score", "soundtrack", "trailer", "classical"], 70, 110, 4, 0.7,
        [["I", "V", "vi", "IV"], ["I", "iii", "IV", "V"], ["IV", "I", "V", "V"]],
        [["i", "VI", "III", "VII"], ["i", "iv", "VI", "V"], ["VI", "VII", "i", "i"]],
        1, BassStyle.Sustained, CompStyle.Arpeggio,
        Four((Kick, "x.......x......."), (LowFloorTom, "....x.......x.x."), (Snare, "............o...")),
        0.5, 48, 42, 60, 49, 0.7);

    public static readonly GenreStyle Folk = new(
        "folk", ["folk", "acoustic", "country", "bluegrass", "singer-songwriter", "americana"], 90, 120, 4, 0.25,
        [["I", "IV", "I", "V"], ["I", "V", "vi", "IV"], ["I", "IV", "V", "I"]],
        [["i", "VII", "VI", "VII"], ["i", "III", "VII", "i"], ["i", "iv", "VII", "III"]],
        1, BassStyle.RootFifth, CompStyle.Strum,
        Four((Kick, "x.......x......."), (SideStick, "....x.......x..."), (Tambourine, "x.x.x.x.x.x.x.x.")),
        0.5, 25, 32, 73, null, 0.9);

    public static readonly GenreStyle Reggae = new(
        "reggae", ["reggae", "ska", "dub", "dancehall"], 70, 95, 4, 0.3,
        [["I", "IV", "I", "V"], ["I", "V", "IV", "V"], ["I", "vi", "IV", "V"]],
        [["i", "iv", "i", "v"], ["i", "VII", "VI", "VII"], ["i", "iv", "VII", "i"]],
        1, BassStyle.Reggae, CompStyle.Skank,
        Four((Kick, "x.......x......."), (SideStick, "....x.......x..."), (ClosedHat, "x.x.x.x.x.x.x.x.")),
        0.55, 27, 33, 22, 16, 0.8);

    public static readonly GenreStyle Waltz = new(
        "waltz", ["waltz", "3/4", "three-four", "minuet"], 84, 150, 3, 0.3,
        [["I", "IV", "V7", "I"], ["I", "vi", "ii", "V7"], ["I", "V7", "V7", "I"]],
        [["i", "iv", "V7", "i"], ["i", "VI", "iv", "V7"], ["i", "V7", "V7", "i"]],
        1, BassStyle.Waltz, CompStyle.Waltz,
        new DrumPattern(4, [(Kick, "x..........."), (Snare, "....o...o..."), (ClosedHat, "x...x...x...")]),
        0.5, 0, 32, 40, 48, 0.8);

    public static readonly IReadOnlyList<GenreStyle> All = [Pop, Rock, Lofi, Edm, HipHop, Jazz, Ambient, Cinematic, Folk, Reggae, Waltz];

    /// <summary>The genre named by <paramref name="text"/> (a genre name or one of its words), or null.</summary>
    public static GenreStyle? Find(string text)
    {
        var wanted = text.Trim().ToLowerInvariant();
        return All.FirstOrDefault(g => g.Name == wanted || g.Words.Contains(wanted))
            ?? PromptWords.Earliest(wanted, All, g => g.Words);
    }
}
