using MediaCreator.Modules.Audio.Midi;

namespace MediaCreator.Modules.Audio.Tests.Analysis;

/// <summary>A chord of the truth: root pitch class and quality over a span of seconds.</summary>
internal sealed record TruthChord(int Root, bool Minor, double Start, double End)
{
    public string Symbol => Names[Root] + (Minor ? "m" : "");

    internal static readonly string[] Names = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
}

/// <summary>
/// A multi-instrument clip written as MIDI with its truth: tempo (of the felt beat: the quarter in 4/4 and 3/4, the
/// dotted quarter in 6/8), key, meter and the chord of every bar.
/// </summary>
internal sealed record SongClip(string Name, MidiFile Midi, double TruthBpm, int Tonic, bool Minor, string Meter, IReadOnlyList<TruthChord> Chords)
{
    public string KeyNotation => TruthChord.Names[Tonic] + (Minor ? ":min" : ":maj");
}

/// <summary>Writes song-like clips: drums on channel 9, bass, a chord instrument, optionally a melody.</summary>
internal static class SongClips
{
    // Scale degrees as (semitones above the tonic, minor chord).
    private static readonly (int, bool)[][] MajorProgressions =
    [
        [(0, false), (7, false), (9, true), (5, false)],   // I V vi IV
        [(0, false), (5, false), (7, false), (0, false)],  // I IV V I
        [(9, true), (5, false), (0, false), (7, false)],   // vi IV I V
        [(0, false), (9, true), (5, false), (7, false)],   // I vi IV V
        [(2, true), (7, false), (0, false), (0, false)],   // ii V I I
        [(0, false), (4, true), (5, false), (7, false)],   // I iii IV V
    ];

    private static readonly (int, bool)[][] MinorProgressions =
    [
        [(0, true), (8, false), (3, false), (10, false)],  // i VI III VII
        [(0, true), (5, true), (7, false), (0, true)],     // i iv V i
        [(0, true), (10, false), (8, false), (10, false)], // i VII VI VII
        [(0, true), (5, true), (10, false), (3, false)],   // i iv VII III
        [(0, true), (8, false), (5, true), (7, false)],    // i VI iv V
    ];

    private static readonly int[] MajorScale = [0, 2, 4, 5, 7, 9, 11];
    private static readonly int[] MinorScale = [0, 2, 3, 5, 7, 8, 10];

    /// <summary>The accuracy set: 14 clips in 4/4 from 70 to 170 BPM, 3 in 3/4, 3 in 6/8, keys spread over the circle.</summary>
    public static IReadOnlyList<SongClip> AccuracySet()
    {
        var clips = new List<SongClip>();
        double[] common = [70, 76, 84, 92, 100, 108, 116, 124, 132, 140, 148, 156, 164, 170];
        var index = 0;
        foreach (var bpm in common) clips.Add(Build(index, bpm, "4/4", index++));
        foreach (var bpm in (double[])[88, 120, 150]) clips.Add(Build(index, bpm, "3/4", index++));
        // 6/8: felt (dotted-quarter) tempo 72, 92, 110 → quarter-note MIDI tempo 1.5 times that.
        foreach (var bpm in (double[])[72, 92, 110]) clips.Add(Build(index, bpm, "6/8", index++));
        return clips;
    }

    /// <summary>One clip; <paramref name="seed"/> picks key, mode, progression and instruments.</summary>
    public static SongClip Build(int seed, double feltBpm, string meter, int variant, double seconds = 20)
    {
        var tonic = seed * 7 % 12;
        var minor = seed % 2 == 1;
        var progressions = minor ? MinorProgressions : MajorProgressions;
        var progression = progressions[seed % progressions.Length];
        var quarterBpm = meter == "6/8" ? feltBpm * 1.5 : feltBpm;
        var barBeats = meter == "4/4" ? 4.0 : 3.0; // in quarter notes
        var barSeconds = barBeats * 60 / quarterBpm;
        var bars = Math.Max(4, (int)Math.Round(seconds / barSeconds));
        var midi = meter switch
        {
            "3/4" => new MidiFile(quarterBpm, 3, 4),
            "6/8" => new MidiFile(quarterBpm, 6, 8),
            _ => new MidiFile(quarterBpm),
        };
        midi.KeySignature = (0, minor);
        var random = new Random(seed * 31 + 7);
        var chords = new List<(int Root, bool Minor)>();
        // The progression loops; the last bar closes on the tonic chord, as songs end.
        for (var bar = 0; bar < bars - 1; bar++)
        {
            var (degree, chordMinor) = progression[bar % progression.Length];
            chords.Add(((tonic + degree) % 12, chordMinor));
        }
        chords.Add((tonic, minor));
        WriteParts(midi, meter, barBeats, chords, variant, random, tonic, minor);
        var truth = chords.Select((c, bar) => new TruthChord(c.Root, c.Minor, bar * barSeconds, (bar + 1) * barSeconds)).ToList();
        return new SongClip($"{meter.Replace('/', '-')}-{feltBpm:0}bpm-{TruthChord.Names[tonic]}{(minor ? "m" : "")}", midi, feltBpm, tonic, minor, meter, truth);
    }

    /// <summary>Writes drums, bass, chords and melody for a chord per bar.</summary>
    internal static void WriteParts(MidiFile midi, string meter, double barBeats, IReadOnlyList<(int Root, bool Minor)> chords,
        int variant, Random random, int tonic, bool minor, double velocityScale = 1, double startBeat = 0, bool drums = true, bool melody = true)
    {
        int[] chordPrograms = [0, 48, 25, 4, 27, 16];
        int[] bassPrograms = [33, 34, 32, 38];
        var drumTrack = drums ? midi.AddTrack("Drums", 9, 0) : null;
        var bass = midi.AddTrack("Bass", 1, bassPrograms[variant % bassPrograms.Length]);
        var keys = midi.AddTrack("Chords", 2, chordPrograms[variant % chordPrograms.Length]);
        var lead = melody && variant % 3 != 2 ? midi.AddTrack("Melody", 3, variant % 2 == 0 ? 73 : 40) : null;
        if (lead is not null) lead.Volume = 80;
        int V(int velocity) => Math.Clamp((int)Math.Round(velocity * velocityScale), 1, 127);
        var scale = minor ? MinorScale : MajorScale;

        for (var bar = 0; bar < chords.Count; bar++)
        {
            var at = startBeat + bar * barBeats;
            var (root, chordMinor) = chords[bar];
            var third = chordMinor ? 3 : 4;
            var bassRoot = 36 + root;          // C2..B2
            var voicing = Voicing(root, third);
            // Drums.
            if (drumTrack is not null)
            {
                switch (meter)
                {
                    case "4/4" when variant % 2 == 0:
                        drumTrack.Add(at, 0.25, 36, V(110)).Add(at + 2, 0.25, 36, V(100)).Add(at + 2.5, 0.25, 36, V(80));
                        drumTrack.Add(at + 1, 0.25, 38, V(105)).Add(at + 3, 0.25, 38, V(105));
                        for (var e = 0; e < 8; e++) drumTrack.Add(at + e * 0.5, 0.25, 42, V(e % 2 == 0 ? 80 : 60));
                        break;
                    case "4/4":
                        for (var b = 0; b < 4; b++) drumTrack.Add(at + b, 0.25, 36, V(110));
                        drumTrack.Add(at + 1, 0.25, 39, V(95)).Add(at + 3, 0.25, 39, V(95));
                        for (var b = 0; b < 4; b++) drumTrack.Add(at + b + 0.5, 0.25, 46, V(70));
                        break;
                    case "3/4":
                        drumTrack.Add(at, 0.25, 36, V(110)).Add(at + 1, 0.25, 38, V(80)).Add(at + 2, 0.25, 38, V(80));
                        for (var e = 0; e < 6; e++) drumTrack.Add(at + e * 0.5, 0.25, 42, V(e == 0 ? 90 : e % 2 == 0 ? 75 : 55));
                        break;
                    default: // 6/8
                        drumTrack.Add(at, 0.25, 36, V(110)).Add(at + 1.5, 0.25, 38, V(100));
                        for (var e = 0; e < 6; e++) drumTrack.Add(at + e * 0.5, 0.25, 42, V(e % 3 == 0 ? 90 : 55));
                        break;
                }
            }
            // Bass.
            switch (meter)
            {
                case "4/4":
                    bass.Add(at, 1.5, bassRoot, V(100)).Add(at + 1.5, 0.5, bassRoot, V(80)).Add(at + 2, 1.5, bassRoot, V(95))
                        .Add(at + 3.5, 0.5, bassRoot + 7, V(80));
                    break;
                case "3/4":
                    bass.Add(at, 1, bassRoot, V(100)).Add(at + 1, 1, bassRoot + 7, V(75)).Add(at + 2, 1, bassRoot + 12, V(75));
                    break;
                default:
                    bass.Add(at, 1.5, bassRoot, V(100)).Add(at + 1.5, 1.5, bassRoot + 7, V(85));
                    break;
            }
            // Chords.
            switch (meter)
            {
                case "4/4" when variant % 3 == 1:
                    foreach (var p in voicing) keys.Add(at, barBeats, p, V(80));
                    break;
                case "4/4":
                    for (var b = 0; b < 4; b++) foreach (var p in voicing) keys.Add(at + b, 0.9, p, V(b == 0 ? 90 : 72));
                    break;
                case "3/4":
                    foreach (var p in voicing) keys.Add(at, 0.9, p - 12, V(85));
                    for (var b = 1; b < 3; b++) foreach (var p in voicing) keys.Add(at + b, 0.9, p, V(70));
                    break;
                default:
                    int[] pattern = [voicing[0] - 12, voicing[1], voicing[2], voicing[0], voicing[2], voicing[1]];
                    for (var e = 0; e < 6; e++) keys.Add(at + e * 0.5, 0.5, pattern[e], V(e % 3 == 0 ? 90 : 65));
                    break;
            }
            // Melody: chord tones on the beats, an occasional scale step between.
            if (lead is not null)
            {
                var step = meter == "6/8" ? 1.5 : 1.0;
                for (var b = 0.0; b < barBeats - 0.01; b += step)
                {
                    var tone = voicing[random.Next(3)] + 12;
                    if (random.NextDouble() < 0.3)
                    {
                        lead.Add(at + b, step / 2, tone, V(85));
                        var passing = 72 + tonic + scale[random.Next(scale.Length)];
                        lead.Add(at + b + step / 2, step / 2, passing > 88 ? passing - 12 : passing, V(70));
                    }
                    else
                    {
                        lead.Add(at + b, step, tone, V(85));
                    }
                }
            }
        }
    }

    /// <summary>The triad in close position between G3 and E5.</summary>
    private static int[] Voicing(int root, int third)
    {
        var notes = new[] { 60 + root, 60 + (root + third) % 12, 60 + (root + 7) % 12 };
        for (var i = 0; i < 3; i++) if (notes[i] > 72) notes[i] -= 12;
        Array.Sort(notes);
        return notes;
    }
}
