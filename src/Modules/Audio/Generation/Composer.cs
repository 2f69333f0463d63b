using MediaCreator.Modules.Audio.Midi;

namespace MediaCreator.Modules.Audio.Generation;

/// <summary>Everything the composer needs, already resolved from the request, the prompt and the seed.</summary>
internal sealed record CompositionSettings(
    GenreStyle Style,
    Mood Mood,
    MusicKey Key,
    double Bpm,
    int BeatsPerBar,
    int TotalBars,
    long Seed,
    int MelodyProgram,
    int ChordProgram,
    int BassProgram,
    int? PadProgram,
    bool Drums);

/// <summary>A section of the piece in whole bars, with its chord per bar and its progression in roman numerals.</summary>
internal sealed record ComposedSection(string Name, int StartBar, int Bars, IReadOnlyList<Chord> ChordsByBar, IReadOnlyList<string> Progression);

/// <summary>The written piece: its MIDI and its plan.</summary>
internal sealed record Composition(MidiFile Midi, CompositionSettings Settings, IReadOnlyList<ComposedSection> Sections)
{
    public const int MelodyChannel = 0, ChordChannel = 1, PadChannel = 2, BassChannel = 3;
}

/// <summary>
/// The algorithmic composer: lays out sections in whole bars, gives each a genre-typical progression in the key, and
/// writes bass, drums (GM channel 9, fills at section ends), chord comping, pads and a chord-tone melody built from a
/// repeated and varied motif in four-bar phrases. Everything random comes from the seed, so a seed gives the same MIDI.
/// </summary>
internal sealed class Composer
{
    private readonly CompositionSettings _s;
    private readonly SeededRandom _random;
    private readonly int _beats;

    private Composer(CompositionSettings settings)
    {
        _s = settings;
        _random = new SeededRandom(settings.Seed);
        _beats = settings.BeatsPerBar;
    }

    public static Composition Compose(CompositionSettings settings) => new Composer(settings).Write();

    /// <summary>Intro, verse/chorus blocks (a bridge in longer pieces), outro: sizes in bars summing to <paramref name="totalBars"/>.</summary>
    public static IReadOnlyList<(string Name, int Bars)> Layout(int totalBars)
    {
        var intro = totalBars >= 24 ? 4 : totalBars >= 8 ? 2 : 0;
        var outro = totalBars >= 24 ? 4 : totalBars >= 10 ? 2 : 0;
        var body = totalBars - intro - outro;
        var block = body >= 32 ? 8 : 4;
        var sections = new List<(string Name, int Bars)>();
        if (intro > 0) sections.Add(("intro", intro));
        string[] order = ["verse", "chorus", "verse", "chorus", "bridge", "chorus"];
        var index = 0;
        var left = body;
        while (left >= block || sections.Count == (intro > 0 ? 1 : 0))
        {
            var bars = Math.Min(block, left);
            var name = index < order.Length ? order[index] : (index % 2 == 0 ? "verse" : "chorus");
            sections.Add((name, bars));
            left -= bars;
            index++;
            if (left <= 0) break;
        }
        if (left > 0)
        {
            // Fewer bars than a block remain: the last body section grows (or a short bridge-free tail joins it).
            var last = sections[^1];
            sections[^1] = (last.Name, last.Bars + left);
        }
        if (outro > 0) sections.Add(("outro", outro));
        return sections;
    }

    private Composition Write()
    {
        var midi = new MidiFile(_s.Bpm, _beats, 4) { KeySignature = (_s.Key.Accidentals, _s.Key.Minor) };
        var sections = PlanSections();
        var melody = midi.AddTrack(GeneralMidi.Name(_s.MelodyProgram), Composition.MelodyChannel, _s.MelodyProgram);
        melody.Volume = 104;
        var chords = midi.AddTrack(GeneralMidi.Name(_s.ChordProgram), Composition.ChordChannel, _s.ChordProgram);
        chords.Volume = 80;
        chords.Pan = 48;
        MidiTrack? pad = null;
        if (_s.PadProgram is { } padProgram)
        {
            pad = midi.AddTrack(GeneralMidi.Name(padProgram), Composition.PadChannel, padProgram);
            pad.Volume = 62;
            pad.Pan = 82;
        }
        var bass = midi.AddTrack(GeneralMidi.Name(_s.BassProgram), Composition.BassChannel, _s.BassProgram);
        bass.Volume = 100;
        MidiTrack? drums = null;
        if (_s.Drums && _s.Style.Drums is not null)
        {
            drums = midi.AddTrack("Drums", GeneralMidi.DrumChannel, 0);
            drums.Volume = 108;
        }

        WriteHarmony(sections, chords, pad);
        WriteBass(sections, bass);
        if (drums is not null) WriteDrums(sections, drums);
        WriteMelody(sections, melody);
        return new Composition(midi, _s, sections);
    }

    private List<ComposedSection> PlanSections()
    {
        var progressions = _s.Key.Minor ? _s.Style.MinorProgressions : _s.Style.MajorProgressions;
        // The verse (and so the intro and outro) states the key: its progression starts on the tonic when the style has one.
        var order = Enumerable.Range(0, progressions.Length)
            .OrderBy(i => progressions[i][0].TrimStart('b', '#').StartsWith(_s.Key.Minor ? "i" : "I", StringComparison.Ordinal)
                && !progressions[i][0].StartsWith(_s.Key.Minor ? "iv" : "IV", StringComparison.Ordinal)
                && !progressions[i][0].StartsWith(_s.Key.Minor ? "ii" : "II", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(_ => _random.NextDouble())
            .ToArray();
        var bySection = new Dictionary<string, string[]>
        {
            ["verse"] = progressions[order[0]],
            ["chorus"] = progressions[order[Math.Min(1, order.Length - 1)]],
            ["bridge"] = progressions[order[Math.Min(2, order.Length - 1)]],
        };
        bySection["intro"] = bySection["verse"];
        bySection["outro"] = bySection["verse"];

        var result = new List<ComposedSection>();
        var start = 0;
        var layout = Layout(_s.TotalBars);
        for (var i = 0; i < layout.Count; i++)
        {
            var (name, bars) = layout[i];
            var romans = bySection[name];
            var perBar = new List<Chord>();
            var used = new List<string>();
            for (var b = 0; b < bars; b++)
            {
                var roman = romans[b / _s.Style.BarsPerChord % romans.Length];
                // The piece ends on the tonic.
                if (i == layout.Count - 1 && b == bars - 1) roman = _s.Key.Minor ? "i" : "I";
                perBar.Add(RomanNumerals.Parse(roman, _s.Key));
                if (b % _s.Style.BarsPerChord == 0) used.Add(roman);
            }
            result.Add(new ComposedSection(name, start, bars, perBar, used));
            start += bars;
        }
        return result;
    }

    private IEnumerable<(int Bar, Chord Chord, ComposedSection Section)> Bars(IEnumerable<ComposedSection> sections) =>
        sections.SelectMany(s => s.ChordsByBar.Select((c, i) => (s.StartBar + i, c, s)));

    private bool IsLastBar(int bar) => bar == _s.TotalBars - 1;

    /// <summary>Moves off-beat eighths later for a swing feel (ratio 0.5 = straight, 0.66 = triplet swing).</summary>
    private double Swing(double beat)
    {
        var whole = Math.Floor(beat);
        return Math.Abs(beat - whole - 0.5) < 1e-6 ? whole + _s.Style.Swing : beat;
    }

    private void Add(MidiTrack track, double start, double duration, int pitch, int velocity)
    {
        var on = Swing(start);
        var off = Swing(start + duration);
        track.Add(on, Math.Max(0.05, off - on), pitch, Math.Clamp(velocity, 1, 127));
    }

    private int Velocity(int baseVelocity) => (int)Math.Round(baseVelocity * (0.75 + 0.3 * _s.Mood.Energy) + _random.Next(-4, 5));

    // ---- Harmony -------------------------------------------------------------------------------------------------

    /// <summary>A close voicing of <paramref name="chord"/> near the previous one (smallest total movement).</summary>
    private static int[] Voice(Chord chord, int[]? previous, int center, int size)
    {
        var tones = chord.PitchClasses.Take(size).ToArray();
        int[]? best = null;
        var bestCost = double.MaxValue;
        for (var inversion = 0; inversion < tones.Length; inversion++)
        {
            for (var octave = center - 12; octave <= center + 12; octave += 12)
            {
                var notes = new int[tones.Length];
                var last = int.MinValue;
                for (var k = 0; k < tones.Length; k++)
                {
                    var pc = tones[(inversion + k) % tones.Length];
                    var pitch = octave - ((octave % 12) + 12) % 12 + pc;
                    while (pitch <= last) pitch += 12;
                    notes[k] = last = pitch;
                }
                var mean = notes.Average();
                var cost = previous is null
                    ? Math.Abs(mean - center)
                    : notes.Zip(previous.OrderBy(p => p).Take(notes.Length), (a, b) => (double)Math.Abs(a - b)).Sum() + 0.3 * Math.Abs(mean - center);
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = notes;
                }
            }
        }
        return best!;
    }

    private void WriteHarmony(List<ComposedSection> sections, MidiTrack chords, MidiTrack? pad)
    {
        int[]? voicing = null;
        int[]? padVoicing = null;
        foreach (var (bar, chord, section) in Bars(sections))
        {
            var t0 = bar * _beats;
            voicing = Voice(chord, voicing, _s.Style.Comp == CompStyle.Arpeggio ? 64 : 62, 4);
            if (pad is not null && (bar - section.StartBar) % _s.Style.BarsPerChord == 0)
            {
                padVoicing = Voice(chord, padVoicing, 57, 4);
                var length = Math.Min(_s.Style.BarsPerChord, section.StartBar + section.Bars - bar) * _beats;
                foreach (var p in padVoicing) pad.Add(t0, length, p, Velocity(64));
            }
            if (IsLastBar(bar))
            {
                foreach (var p in voicing) chords.Add(t0, _beats, p, Velocity(84));
                continue;
            }
            foreach (var (start, length, velocity) in CompRhythm(section))
            {
                if (_s.Style.Comp == CompStyle.PowerEighths)
                {
                    var root = 40 + (chord.Root + 12 - 4) % 12; // E2..D#3
                    foreach (var p in new[] { root, root + 7, root + 12 }) Add(chords, t0 + start, length, p, Velocity(velocity));
                }
                else if (_s.Style.Comp == CompStyle.Arpeggio)
                {
                    var step = (int)Math.Round(start / length);
                    var cycle = voicing.Concat(voicing.Skip(1).Take(voicing.Length - 2).Reverse()).ToArray();
                    Add(chords, t0 + start, length * 1.5, cycle[step % cycle.Length], Velocity(velocity));
                }
                else
                {
                    foreach (var p in voicing) Add(chords, t0 + start, length, p, Velocity(velocity));
                }
            }
        }
    }

    /// <summary>(start beat in the bar, length, velocity) of the chord hits.</summary>
    private IEnumerable<(double, double, int)> CompRhythm(ComposedSection section)
    {
        var quiet = section.Name is "intro" or "outro" ? -10 : 0;
        switch (_s.Style.Comp)
        {
            case CompStyle.Pop:
                return [(0, 1.4, 84 + quiet), (1.5, 0.9, 72 + quiet), (2.5, 1.4, 78 + quiet)];
            case CompStyle.PowerEighths:
                return Enumerable.Range(0, _beats * 2).Select(i => (i * 0.5, 0.42, (i % 2 == 0 ? 92 : 76) + quiet));
            case CompStyle.Stabs:
                return Enumerable.Range(0, _beats).Select(i => (i + 0.5, 0.35, 80 + quiet));
            case CompStyle.Lofi:
                return [(0, 2.4, 70 + quiet), (2.5, 1.4, 60 + quiet)];
            case CompStyle.Charleston:
                return [(0, 0.9, 74 + quiet), (1.5, 0.9, 66 + quiet)];
            case CompStyle.Strum:
                return new (double, double, int)[] { (0, 1, 88), (1, 0.5, 70), (1.5, 1, 66), (2.5, 0.5, 72), (3, 0.5, 80), (3.5, 0.5, 64) }
                    .Where(h => h.Item1 < _beats).Select(h => (h.Item1, h.Item2 * 0.95, h.Item3 + quiet));
            case CompStyle.Skank:
                return Enumerable.Range(0, _beats).Where(i => i % 2 == 1).Select(i => ((double)i, 0.35, 84 + quiet));
            case CompStyle.Waltz:
                return Enumerable.Range(1, _beats - 1).Select(i => ((double)i, 0.8, 70 + quiet));
            case CompStyle.Arpeggio:
                var step = _s.Bpm < 90 ? 0.5 : 1.0;
                return Enumerable.Range(0, (int)(_beats / step)).Select(i => (i * step, step, (i == 0 ? 76 : 64) + quiet));
            default:
                return [(0, _beats * 0.98, 72 + quiet)];
        }
    }

    // ---- Bass ----------------------------------------------------------------------------------------------------

    /// <summary>The root in A1..G#2, where a bass guitar's roots sit.</summary>
    private static int BassRoot(int pitchClass) => 33 + ((pitchClass - 9) % 12 + 12) % 12;

    private void WriteBass(List<ComposedSection> sections, MidiTrack bass)
    {
        var all = Bars(sections).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            var (bar, chord, section) = all[i];
            var t0 = bar * _beats;
            var root = BassRoot(chord.Root);
            var fifth = root + (chord.Fifth - chord.Root + 12) % 12;
            if (IsLastBar(bar))
            {
                bass.Add(t0, _beats, root, Velocity(96));
                continue;
            }
            var next = i + 1 < all.Count ? BassRoot(all[i + 1].Chord.Root) : root;
            switch (_s.Style.Bass)
            {
                case BassStyle.Pop:
                    Add(bass, t0, 1, root, Velocity(100));
                    Add(bass, t0 + 1.5, 0.5, root, Velocity(80));
                    Add(bass, t0 + 2, 1, fifth, Velocity(92));
                    Add(bass, t0 + 3, 0.5, root + 12, Velocity(80));
                    Add(bass, t0 + 3.5, 0.5, root, Velocity(84));
                    break;
                case BassStyle.Eighths:
                    for (var k = 0; k < _beats * 2; k++) Add(bass, t0 + k * 0.5, 0.45, root, Velocity(k % 2 == 0 ? 100 : 82));
                    break;
                case BassStyle.RootFifth:
                    Add(bass, t0, 1.8, root, Velocity(100));
                    if (_beats >= 4) Add(bass, t0 + 2, 1.8, fifth - 12 >= 28 ? fifth - 12 : fifth, Velocity(90));
                    break;
                case BassStyle.Walking:
                    {
                        var third = root + (chord.Third - chord.Root + 12) % 12;
                        var approach = next + (_random.Chance(0.5) ? 1 : -1);
                        int[] line = [root, _random.Chance(0.5) ? third : fifth, _random.Chance(0.5) ? fifth : third, approach];
                        for (var k = 0; k < Math.Min(_beats, 4); k++) Add(bass, t0 + k, 0.9, line[k], Velocity(k == 0 ? 100 : 86));
                        break;
                    }
                case BassStyle.Offbeat:
                    for (var k = 0; k < _beats; k++) Add(bass, t0 + k + 0.5, 0.4, k == 3 ? root + 12 : root, Velocity(96));
                    break;
                case BassStyle.FollowKick:
                    {
                        var lane = _s.Style.Drums!.Lanes.First(l => l.Note == GenreStyle.Kick).Steps;
                        var per = _s.Style.Drums.StepsPerBeat;
                        var hits = Enumerable.Range(0, lane.Length).Where(k => lane[k] != '.').ToList();
                        for (var h = 0; h < hits.Count; h++)
                        {
                            var start = (double)hits[h] / per;
                            var end = h + 1 < hits.Count ? (double)hits[h + 1] / per : _beats;
                            Add(bass, t0 + start, (end - start) * 0.92, h == 0 ? root : (h % 2 == 1 ? root : fifth), Velocity(h == 0 ? 102 : 88));
                        }
                        break;
                    }
                case BassStyle.Reggae:
                    Add(bass, t0, 1.4, root, Velocity(100));
                    Add(bass, t0 + 2, 0.5, fifth, Velocity(88));
                    Add(bass, t0 + 2.5, 0.5, root + 12, Velocity(82));
                    Add(bass, t0 + 3, 0.9, fifth, Velocity(86));
                    break;
                case BassStyle.Waltz:
                    Add(bass, t0, 0.95, (bar % 2 == 0) ? root : fifth, Velocity(100));
                    break;
                default:
                    if ((bar - section.StartBar) % _s.Style.BarsPerChord == 0)
                    {
                        var length = Math.Min(_s.Style.BarsPerChord, section.StartBar + section.Bars - bar) * _beats;
                        bass.Add(t0, length * 0.98, root, Velocity(90));
                    }
                    break;
            }
        }
    }

    // ---- Drums ---------------------------------------------------------------------------------------------------

    private void WriteDrums(List<ComposedSection> sections, MidiTrack drums)
    {
        var pattern = _s.Style.Drums!;
        var per = pattern.StepsPerBeat;
        var barSteps = per * _beats;
        int[] toms = [GenreStyle.HighTom, GenreStyle.MidTom, GenreStyle.LowTom, GenreStyle.LowFloorTom];
        for (var si = 0; si < sections.Count; si++)
        {
            var section = sections[si];
            for (var b = 0; b < section.Bars; b++)
            {
                var bar = section.StartBar + b;
                var t0 = bar * _beats;
                if (IsLastBar(bar))
                {
                    drums.Add(t0, 1, GenreStyle.Crash, Velocity(110));
                    drums.Add(t0, 0.5, GenreStyle.Kick, Velocity(110));
                    continue;
                }
                if (b == 0 && si > 0) drums.Add(t0, 1, GenreStyle.Crash, Velocity(104));
                var fill = b == section.Bars - 1 && si + 1 < sections.Count && section.Bars >= 2;
                var fillFrom = fill ? barSteps - per * (sections[si + 1].Name == "chorus" && _beats >= 4 ? 2 : 1) : barSteps;
                foreach (var (note, steps) in pattern.Lanes)
                {
                    for (var k = 0; k < Math.Min(steps.Length, fillFrom); k++)
                    {
                        var velocity = steps[k] switch { 'X' => 118, 'x' => 96, 'o' => 62, _ => 0 };
                        if (velocity == 0) continue;
                        if (section.Name == "intro" && note != GenreStyle.Kick && note != GenreStyle.ClosedHat && note != GenreStyle.Ride) velocity = velocity * 3 / 4;
                        var start = (double)k / per;
                        Add(drums, t0 + start, 0.25, note, Velocity(velocity));
                    }
                }
                if (fill)
                {
                    // Kick keeps the downbeats inside the fill; snare then toms run down in sixteenths.
                    for (var k = fillFrom; k < barSteps; k++)
                    {
                        var start = (double)k / per;
                        var n = k - fillFrom;
                        var note = n < (barSteps - fillFrom) / 2 ? GenreStyle.Snare : toms[Math.Min(3, (n - (barSteps - fillFrom) / 2) * 4 / Math.Max(1, (barSteps - fillFrom) / 2))];
                        drums.Add(t0 + start, 0.2, note, Velocity(80 + 30 * n / Math.Max(1, barSteps - fillFrom)));
                        if (k % per == 0) drums.Add(t0 + start, 0.25, GenreStyle.Kick, Velocity(100));
                    }
                }
            }
        }
    }

    // ---- Melody --------------------------------------------------------------------------------------------------

    private sealed record Motif(double[] RhythmA, double[] RhythmB, int[] StepsA, int[] StepsB, int StartDegree);

    private static readonly double[][] Dense4 = [[0.5, 0.5, 0.5, 0.5, 1, 1], [1, 0.5, 0.5, 1, 1], [0.5, 0.5, 1, 0.5, 0.5, 1], [1.5, 0.5, 1, 1], [1, 1, 0.5, 0.5, 1]];
    private static readonly double[][] Medium4 = [[1, 1, 1, 1], [1.5, 0.5, 2], [1, 1, 2], [2, 1, 1], [-1, 1, 1, 1], [-0.5, 0.5, 1, 1, 1]];
    private static readonly double[][] Sparse4 = [[2, 2], [3, 1], [-1, 1, 2], [4], [-2, 1, 1]];
    private static readonly double[][] Cadence4 = [[2, 2], [3, -1], [4], [1, 1, 2]];
    private static readonly double[][] Dense3 = [[1, 0.5, 0.5, 1], [0.5, 0.5, 1, 1], [1, 1, 0.5, 0.5]];
    private static readonly double[][] Medium3 = [[1, 1, 1], [2, 1], [1.5, 0.5, 1], [-1, 1, 1]];
    private static readonly double[][] Sparse3 = [[3], [2, 1], [-1, 2]];
    private static readonly double[][] Cadence3 = [[3], [2, -1], [1, 2]];

    private double[] PickRhythm(double density)
    {
        var three = _beats == 3;
        var pool = density > 0.8 ? (_random.Chance(0.6) ? (three ? Dense3 : Dense4) : (three ? Medium3 : Medium4))
            : density > 0.5 ? (_random.Chance(0.7) ? (three ? Medium3 : Medium4) : (three ? Sparse3 : Sparse4))
            : (_random.Chance(0.6) ? (three ? Sparse3 : Sparse4) : (three ? Medium3 : Medium4));
        return _random.Pick(pool);
    }

    private int[] Contour(int notes)
    {
        // Mostly steps, some leaps of a third, a little repetition.
        var steps = new int[notes];
        var direction = _random.Chance(0.5) ? 1 : -1;
        for (var i = 0; i < notes; i++)
        {
            var r = _random.NextDouble();
            steps[i] = r < 0.55 ? direction : r < 0.75 ? 2 * direction : r < 0.88 ? 0 : -direction;
            if (_random.Chance(0.3)) direction = -direction;
        }
        return steps;
    }

    private Motif MakeMotif(double density, int startDegree)
    {
        var a = PickRhythm(density);
        var b = PickRhythm(density);
        return new Motif(a, b, Contour(a.Length), Contour(b.Length), startDegree);
    }

    private void WriteMelody(List<ComposedSection> sections, MidiTrack melody)
    {
        var tonicPitch = 60 + _s.Key.Tonic;
        if (tonicPitch > 66) tonicPitch -= 12;
        var low = tonicPitch - 3;
        var high = tonicPitch + 15;
        int PitchOf(int degree) => tonicPitch + _s.Key.DegreeOffset(degree);
        int DegreeOf(int pitch)
        {
            var d = (int)Math.Floor((pitch - tonicPitch) / 12.0) * 7;
            while (PitchOf(d + 1) <= pitch) d++;
            while (PitchOf(d) > pitch) d--;
            return d;
        }

        var density = _s.Style.MelodyDensity * (0.6 + 0.5 * _s.Mood.Energy);
        var motifs = new Dictionary<string, Motif>
        {
            ["verse"] = MakeMotif(density * 0.9, 2),
            ["chorus"] = MakeMotif(density * 1.1, 4),
            ["bridge"] = MakeMotif(density * 0.8, 5),
        };
        motifs["outro"] = motifs["chorus"];
        var degree = 2;
        var voice = _s.MelodyProgram is 52 or 53 or 54 or 85;
        var legato = voice ? 0.94 : 0.86;

        foreach (var section in sections)
        {
            if (section.Name == "intro") continue;
            var motif = motifs[section.Name];
            degree = motif.StartDegree;
            for (var b = 0; b < section.Bars; b++)
            {
                var bar = section.StartBar + b;
                var chord = section.ChordsByBar[b];
                var t0 = bar * _beats;
                if (IsLastBar(bar))
                {
                    var tonic = Enumerable.Range(low, high - low + 1).Where(p => (p - _s.Key.Tonic) % 12 == 0).MinBy(p => Math.Abs(p - PitchOf(degree)));
                    melody.Add(t0, _beats * legato, tonic, Velocity(88));
                    continue;
                }
                var phraseBar = b % 4;
                var phrase = b / 4;
                double[] rhythm;
                int[] steps;
                if (phraseBar == 3 || (section.Bars - b == 1))
                {
                    rhythm = _random.Pick(_beats == 3 ? Cadence3 : Cadence4);
                    steps = Contour(rhythm.Length);
                }
                else if (phraseBar == 1)
                {
                    rhythm = motif.RhythmB;
                    steps = motif.StepsB;
                }
                else
                {
                    rhythm = motif.RhythmA;
                    steps = (int[])motif.StepsA.Clone();
                    // The third bar answers the first: same rhythm, the last interval turned around.
                    if (phraseBar == 2 && steps.Length > 0) steps[^1] = -steps[^1] + (phrase % 2 == 0 ? 0 : 1);
                }
                if (phraseBar == 0) degree = motif.StartDegree + (phrase % 2 == 1 ? 1 : 0);

                var position = 0.0;
                var notesInBar = rhythm.Count(r => r > 0);
                var noteIndex = 0;
                for (var n = 0; n < rhythm.Length; n++)
                {
                    var length = Math.Abs(rhythm[n]);
                    if (rhythm[n] < 0)
                    {
                        position += length;
                        continue;
                    }
                    var step = n == 0 && phraseBar == 0 ? 0 : steps[n];
                    var candidate = degree + step;
                    if (PitchOf(candidate) > high || PitchOf(candidate) < low) candidate = degree - step;
                    var pitch = PitchOf(candidate);
                    var strong = Math.Abs(position) < 1e-6 || (_beats == 4 && Math.Abs(position - 2) < 1e-6) || length >= 1.5;
                    var lastOfPhrase = (phraseBar == 3 || section.Bars - b == 1) && ++noteIndex == notesInBar;
                    if (lastOfPhrase)
                    {
                        // Answering phrases come home to the root; asking ones rest on the third or fifth.
                        var targets = phrase % 2 == 1 || section.Name == "outro" ? new[] { chord.Root } : new[] { chord.Third, chord.Fifth };
                        pitch = Enumerable.Range(low, high - low + 1).Where(p => targets.Contains(p % 12)).MinBy(p => Math.Abs(p - pitch));
                    }
                    else if (strong && !chord.Contains(pitch))
                    {
                        pitch = Enumerable.Range(pitch - 4, 9).Where(p => p >= low && p <= high && chord.Contains(p))
                            .DefaultIfEmpty(pitch).MinBy(p => Math.Abs(p - pitch) + (Math.Sign(p - pitch) == Math.Sign(step) ? 0 : 0.5));
                    }
                    degree = DegreeOf(pitch);
                    Add(melody, t0 + position, length * legato, pitch, Velocity(strong ? 100 : 86));
                    position += length;
                }
            }
        }
    }
}
