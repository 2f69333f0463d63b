using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Midi;

namespace MediaCreator.Modules.Audio.Tests.Tabs;

/// <summary>A rendered monophonic melody and the notes it was rendered from.</summary>
public sealed record MelodyClip(string Name, AudioBuffer Audio, MidiFile Midi, IReadOnlyList<MidiNote> Notes)
{
    public double Seconds(double beat) => beat * Midi.SecondsPerBeat;
}

/// <summary>The tab tests that share the rendered clips.</summary>
[CollectionDefinition(Name)]
public sealed class MelodyClipsCollection : ICollectionFixture<MelodyClips>
{
    public const string Name = "Tab melody clips";
}

/// <summary>Renders the melody clips once for the tab tests (fluidsynth, GM SoundFont, 22.05 kHz).</summary>
public sealed class MelodyClips : IAsyncLifetime
{
    public const int Rate = 22050;

    public MelodyClip Guitar { get; private set; } = null!;

    public MelodyClip Bass { get; private set; } = null!;

    public MelodyClip Flute { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var renderer = new FluidSynthRenderer();
        Guitar = await Render(renderer, "nylon guitar", 100, 24, GuitarMelody());
        Bass = await Render(renderer, "fingered bass", 90, 33, BassLine());
        Flute = await Render(renderer, "flute", 120, 73, FluteMelody());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>G major, quarters and eighths, a repeated note, a leap, 16 beats at 100 BPM (~10 s).</summary>
    public static (double Beat, double Length, int Pitch)[] GuitarMelody() =>
    [
        (0, 1, 67), (1, 1, 71), (2, 0.5, 74), (2.5, 0.5, 72), (3, 1, 71),
        (4, 1, 69), (5, 0.5, 69), (5.5, 0.5, 71), (6, 1, 72), (7, 1, 74),
        (8, 1.5, 76), (9.5, 0.5, 74), (10, 1, 71), (11, 1, 67),
        (12, 0.5, 64), (12.5, 0.5, 66), (13, 1, 67), (14, 1, 62), (15, 1, 67),
    ];

    /// <summary>A bass line on roots and fifths, eighth-note pickups, 16 beats at 90 BPM (~11 s).</summary>
    public static (double Beat, double Length, int Pitch)[] BassLine() =>
    [
        (0, 1, 36), (1, 1, 43), (2, 1, 36), (3, 0.5, 40), (3.5, 0.5, 41),
        (4, 1, 43), (5, 1, 38), (6, 1, 43), (7, 1, 47),
        (8, 1, 45), (9, 1, 40), (10, 1, 45), (11, 0.5, 43), (11.5, 0.5, 41),
        (12, 1, 41), (13, 1, 48), (14, 1, 43), (15, 1, 31),
    ];

    /// <summary>A legato flute line in D major with a sixteenth-note run, 20 beats at 120 BPM (10 s).</summary>
    public static (double Beat, double Length, int Pitch)[] FluteMelody() =>
    [
        (0, 1, 74), (1, 1, 78), (2, 1, 81), (3, 1, 78),
        (4, 0.5, 79), (4.5, 0.5, 81), (5, 0.5, 83), (5.5, 0.5, 81), (6, 2, 78),
        (8, 0.25, 76), (8.25, 0.25, 78), (8.5, 0.25, 79), (8.75, 0.25, 81), (9, 1, 83), (10, 1, 86), (11, 1, 85),
        (12, 1.5, 83), (13.5, 0.5, 81), (14, 1, 79), (15, 1, 76),
        (16, 1, 74), (17, 1, 73), (18, 2, 74),
    ];

    private static async Task<MelodyClip> Render(FluidSynthRenderer renderer, string name, double bpm, int program, (double Beat, double Length, int Pitch)[] melody)
    {
        var midi = new MidiFile(bpm);
        var track = midi.AddTrack(name, 0, program);
        // Slightly detached so each note is re-attacked (the synth's release overlaps the next note a little).
        foreach (var (beat, length, pitch) in melody) track.Add(beat, length * 0.95, pitch, 100);
        var audio = await renderer.RenderAsync(midi, Rate);
        return new MelodyClip(name, audio, midi, track.Notes.ToList());
    }
}
