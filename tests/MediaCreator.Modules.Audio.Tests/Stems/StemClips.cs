using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Midi;

namespace MediaCreator.Modules.Audio.Tests.Stems;

/// <summary>One test song: its true stems, rendered separately, and their sum.</summary>
internal sealed record StemClip(string Name, IReadOnlyDictionary<StemKind, AudioBuffer> Truth, AudioBuffer Mix);

/// <summary>What a clip is written from: tempo, key, chords (scale degrees) and the GM programs of its parts.</summary>
internal sealed record StemClipSpec(
    string Name, double Bpm, int Tonic, bool Minor, int[] Degrees, int VocalProgram, int BassProgram,
    int OtherLeftProgram, int OtherRightProgram, int Seed);

/// <summary>
/// Writes a short song per spec as four MIDI files (one per stem: GM drums on channel 9; a bass; a voice-like lead
/// panned centre in the vocal range; piano/guitar/strings panned left and right), renders each with fluidsynth and
/// sums them into the mix, so every stem's truth is known exactly.
/// </summary>
internal static class StemClips
{
    public const int SampleRate = 22050;

    public static readonly StemClipSpec[] Specs =
    [
        new("C-major-96", 96, 0, false, [1, 5, 6, 4], 53, 33, 0, 48, 1),
        new("A-minor-120", 120, 9, true, [1, 6, 3, 7], 52, 34, 24, 0, 2),
        new("G-major-140", 140, 7, false, [1, 4, 5, 4], 85, 33, 48, 25, 3),
        new("E-minor-84", 84, 4, true, [1, 4, 5, 1], 53, 34, 0, 24, 4),
        new("F-major-108", 108, 5, false, [1, 2, 4, 5], 52, 33, 25, 48, 5),
    ];

    public static async Task<StemClip> RenderAsync(StemClipSpec spec, double seconds, FluidSynthRenderer renderer, CancellationToken ct = default)
    {
        var files = Write(spec, seconds);
        var rendered = new Dictionary<StemKind, AudioBuffer>();
        foreach (var (stem, midi) in files)
            rendered[stem] = await renderer.RenderAsync(midi, SampleRate, ct);
        var length = rendered.Values.Max(b => b.Length);
        var truth = rendered.ToDictionary(p => p.Key, p => Pad(p.Value, length));
        var mix = AudioBuffer.Silence(SampleRate, 2, length);
        foreach (var stem in truth.Values)
            for (var c = 0; c < 2; c++)
                for (var i = 0; i < length; i++) mix.Channels[c][i] += stem.Channels[c][i];
        return new StemClip(spec.Name, truth, mix);
    }

    internal static Dictionary<StemKind, MidiFile> Write(StemClipSpec spec, double seconds)
    {
        var random = new Random(spec.Seed);
        var bars = (int)Math.Ceiling(seconds / (4 * 60.0 / spec.Bpm));
        var scale = spec.Minor ? new[] { 0, 2, 3, 5, 7, 8, 10 } : new[] { 0, 2, 4, 5, 7, 9, 11 };
        int[] Chord(int bar)
        {
            var degree = spec.Degrees[bar % spec.Degrees.Length] - 1;
            return new[] { 0, 2, 4 }.Select(step => spec.Tonic + scale[(degree + step) % 7] + 12 * ((degree + step) / 7)).ToArray();
        }
        MidiFile New() => new(spec.Bpm) { KeySignature = (0, spec.Minor) };

        var drumsFile = New();
        var drums = drumsFile.AddTrack("Drums", 9, 0);
        for (var bar = 0; bar < bars; bar++)
        {
            var b = bar * 4.0;
            drums.Add(b, 0.5, 36, 112).Add(b + 2, 0.5, 36, 105).Add(b + 1, 0.5, 38, 104).Add(b + 3, 0.5, 38, 108);
            if (bar % 2 == 1) drums.Add(b + 2.5, 0.5, 36, 96);
            for (var e = 0; e < 8; e++) drums.Add(b + e * 0.5, 0.25, e % 2 == 0 ? 42 : 44, e % 2 == 0 ? 84 : 64);
            if (bar % 4 == 0) drums.Add(b, 1, 49, 90);
        }

        var bassFile = New();
        var bass = bassFile.AddTrack("Bass", 1, spec.BassProgram);
        bass.Volume = 110;
        for (var bar = 0; bar < bars; bar++)
        {
            var root = 36 + Chord(bar)[0] % 12;
            var fifth = root + 7;
            var pattern = spec.Seed % 2 == 0
                ? new (double Beat, double Length, int Pitch)[] { (0, 1, root), (1, 0.5, root), (1.5, 0.5, root + 12), (2, 1, fifth), (3, 1, root) }
                : [(0, 1.5, root), (1.5, 0.5, root), (2, 1, fifth), (3, 0.5, root + 12), (3.5, 0.5, fifth)];
            foreach (var (beat, length, pitch) in pattern) bass.Add(bar * 4 + beat, length * 0.95, pitch, 100);
        }

        var vocalFile = New();
        var vocal = vocalFile.AddTrack("Vocal", 2, spec.VocalProgram);
        vocal.Pan = 64;
        vocal.Volume = 105;
        var previous = 67;
        for (var bar = 0; bar < bars; bar++)
        {
            var chord = Chord(bar);
            var beat = 0.0;
            while (beat < 4)
            {
                var length = random.Next(3) == 0 ? 2.0 : 1.0;
                length = Math.Min(length, 4 - beat);
                if (random.Next(6) != 0)
                {
                    // A chord tone in the vocal range (G3..E5), close to the previous note.
                    var candidates = Enumerable.Range(55, 22).Where(p => chord.Any(c => (p - c) % 12 == 0)).ToArray();
                    var pitch = candidates.OrderBy(p => Math.Abs(p - previous) + random.NextDouble() * 4).First();
                    vocal.Add(bar * 4 + beat, length * 0.92, pitch, 100);
                    previous = pitch;
                }
                beat += length;
            }
        }

        var otherFile = New();
        var left = otherFile.AddTrack("Left", 3, spec.OtherLeftProgram);
        left.Pan = 24;
        left.Volume = 88;
        var right = otherFile.AddTrack("Right", 4, spec.OtherRightProgram);
        right.Pan = 104;
        right.Volume = 80;
        for (var bar = 0; bar < bars; bar++)
        {
            var chord = Chord(bar).Select(p => 60 + (p % 12)).ToArray();
            // Left: the chord on every beat (piano/guitar comping) or held (strings).
            if (spec.OtherLeftProgram is >= 40 and < 56)
                foreach (var p in chord) left.Add(bar * 4, 3.9, p - 12, 80);
            else
                for (var beat = 0; beat < 4; beat++)
                    foreach (var p in chord) left.Add(bar * 4 + beat, 0.9, p, 78);
            // Right: an arpeggio (plucked) or a held chord an octave lower (strings).
            if (spec.OtherRightProgram is >= 40 and < 56)
                foreach (var p in chord) right.Add(bar * 4, 3.9, p - 12, 78);
            else
                for (var e = 0; e < 8; e++) right.Add(bar * 4 + e * 0.5, 0.45, chord[e % 3] + (e >= 4 ? 12 : 0), 74);
        }

        return new Dictionary<StemKind, MidiFile>
        {
            [StemKind.Vocal] = vocalFile,
            [StemKind.Drums] = drumsFile,
            [StemKind.Bass] = bassFile,
            [StemKind.Other] = otherFile,
        };
    }

    private static AudioBuffer Pad(AudioBuffer audio, int length) =>
        audio.Length == length
            ? audio
            : new AudioBuffer(audio.SampleRate, audio.Channels.Select(c =>
            {
                var padded = new float[length];
                c.CopyTo(padded, 0);
                return padded;
            }).ToArray());
}
