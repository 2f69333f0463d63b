using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Midi;

namespace MediaCreator.Api.Tests.Audio;

/// <summary>Music with known content for the audio API tests, rendered with fluidsynth and encoded with ffmpeg.</summary>
internal static class AudioClips
{
    /// <summary>A minor (harmonic: the E major dominant), 4/4, passes of Am | Dm | E | Am (one bar each): drums, bass, piano chords.</summary>
    public static readonly (string Root, int[] Notes)[] Progression =
    [
        ("Am", [57, 60, 64]), ("Dm", [50, 53, 57]), ("E", [52, 56, 59]), ("Am", [57, 60, 64]),
    ];

    public static MidiFile Song(double bpm = 120, int passes = 2, bool drums = true, bool bass = true, bool chords = true, bool lead = false)
    {
        var midi = new MidiFile(bpm);
        // Panned as a mix usually is: the lead in the centre, the piano to one side.
        var piano = midi.AddTrack("Piano", 0, 0);
        piano.Pan = 20;
        var bassTrack = midi.AddTrack("Bass", 1, 33);
        var kit = midi.AddTrack("Drums", 9, 0);
        var voice = midi.AddTrack("Lead", 2, 53);
        for (var bar = 0; bar < Progression.Length * passes; bar++)
        {
            var (_, notes) = Progression[bar % Progression.Length];
            var start = bar * 4.0;
            if (chords)
                foreach (var beat in new[] { 0.0, 1, 2, 3 })
                    foreach (var n in notes) piano.Add(start + beat, 0.9, n, 80);
            if (bass)
            {
                bassTrack.Add(start, 1.9, notes[0] - 12, 100);
                bassTrack.Add(start + 2, 1.9, notes[0] - 12, 95);
            }
            if (drums)
            {
                for (var beat = 0; beat < 4; beat++)
                {
                    kit.Add(start + beat, 0.25, beat % 2 == 0 ? 36 : 38, 110);
                    kit.Add(start + beat, 0.2, 42, 70);
                    kit.Add(start + beat + 0.5, 0.2, 42, 60);
                }
            }
            if (lead)
            {
                voice.Add(start, 1.5, notes[2] + 12, 100);
                voice.Add(start + 2, 1.5, notes[1] + 12, 100);
            }
        }
        return midi;
    }

    public static Task<AudioBuffer> RenderAsync(MidiFile midi) => new FluidSynthRenderer().RenderAsync(midi, 44100);

    public static async Task<byte[]> EncodeAsync(AudioBuffer audio, AudioFileFormat format)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mediacreator-clip-{Guid.NewGuid():N}.{format.Extension()}");
        try
        {
            await AudioEncoder.EncodeAsync(audio, format, path);
            return await File.ReadAllBytesAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static async Task<AudioBuffer> DecodeAsync(byte[] bytes, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mediacreator-dl-{Guid.NewGuid():N}.{extension}");
        try
        {
            await File.WriteAllBytesAsync(path, bytes);
            return await AudioDecoder.DecodeAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A test tone with quiet and loud passages (speech-like bursts, then music-like peaks).</summary>
    public static AudioBuffer Dynamic(int seconds = 20, int rate = 44100)
    {
        var random = new Random(3);
        var samples = new float[seconds * rate];
        for (var i = 0; i < samples.Length; i++)
        {
            var t = (double)i / rate;
            var level = t < seconds / 2.0 ? 0.02 * (0.5 + 0.5 * Math.Sin(t * 3)) : 0.5;
            samples[i] = (float)(level * (Math.Sin(2 * Math.PI * 220 * t) + 0.3 * (random.NextDouble() * 2 - 1)));
        }
        return new AudioBuffer(rate, [samples, (float[])samples.Clone()]);
    }
}

/// <summary>Settings of the audio API tests: fast job timings and uploads large enough for songs.</summary>
internal static class AudioTestSettings
{
    public static readonly IReadOnlyDictionary<string, string?> Api = new Dictionary<string, string?>(Jobs.JobTestSettings.Fast)
    {
        ["Storage:MaxUploadBytes"] = "64000000",
    };
}
