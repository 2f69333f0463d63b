using System.Globalization;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Midi;
using MediaCreator.Modules.Audio.Tests.Support;
using MediaCreator.Modules.Core.Media;

namespace MediaCreator.Modules.Audio.Tests.Processing;

/// <summary>
/// Clips shared by the processing tests, made once: a multi-instrument music clip rendered by fluidsynth (48 kHz stereo,
/// 10 s) and a very dynamic clip (quiet speech-like noise bursts, then loud peaks), both written to FLAC and decoded back
/// so the tests run on real decoded samples.
/// </summary>
public sealed class ProcessingClips : IAsyncLifetime
{
    private readonly ScratchFolder _scratch = new();

    public AudioBuffer Music { get; private set; } = null!;

    public AudioBuffer Dynamic { get; private set; } = null!;

    public string Folder => _scratch.Path;

    public async Task InitializeAsync()
    {
        var renderer = new FluidSynthRenderer();
        Assert.True(renderer.IsAvailable, "fluidsynth and a GM SoundFont are installed by scripts/test.sh");
        var rendered = await renderer.RenderAsync(Song(), 48000);
        Music = await RoundTripAsync(rendered.Slice(0, 10 * 48000), "music.flac");
        Dynamic = await RoundTripAsync(DynamicClip(48000), "dynamic.flac");
    }

    public Task DisposeAsync()
    {
        _scratch.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Encodes to FLAC and decodes back.</summary>
    public async Task<AudioBuffer> RoundTripAsync(AudioBuffer audio, string name)
    {
        var path = _scratch.File(name);
        await AudioEncoder.EncodeAsync(audio, AudioFileFormat.Flac, path);
        return await AudioDecoder.DecodeAsync(path);
    }

    /// <summary>Piano chords, bass, drums at 120 BPM, velocities varying bar to bar.</summary>
    private static MidiFile Song()
    {
        var midi = new MidiFile(120);
        var piano = midi.AddTrack("Piano", 0, 0);
        var bass = midi.AddTrack("Bass", 1, 33);
        var drums = midi.AddTrack("Drums", 9, 0);
        int[][] chords = [[60, 64, 67], [57, 60, 64], [53, 57, 60], [55, 59, 62]];
        for (var bar = 0; bar < 6; bar++)
        {
            var chord = chords[bar % 4];
            var velocity = 60 + 12 * (bar % 4);
            foreach (var pitch in chord) piano.Add(bar * 4, 3.8, pitch, velocity);
            bass.Add(bar * 4, 1.8, chord[0] - 24, 100).Add(bar * 4 + 2, 1.8, chord[0] - 17, 90);
            for (var beat = 0; beat < 4; beat++)
            {
                drums.Add(bar * 4 + beat, 0.5, beat % 2 == 0 ? 36 : 38, 100);
                drums.Add(bar * 4 + beat, 0.25, 42, 70).Add(bar * 4 + beat + 0.5, 0.25, 42, 60);
            }
        }
        return midi;
    }

    /// <summary>
    /// 14 s stereo: speech-like bursts of low-passed noise (syllables at ~4 Hz, pauses between words) at three levels,
    /// quiet then moderate, then loud percussive hits peaking near full scale. Loudness range well above 15 LU.
    /// </summary>
    private static AudioBuffer DynamicClip(int rate)
    {
        var length = 14 * rate;
        var random = new Random(11);
        var left = new float[length];
        var right = new float[length];
        double lowL = 0, lowR = 0;
        for (var i = 0; i < length; i++)
        {
            var t = (double)i / rate;
            // Brown-ish noise (one-pole low-pass) shaped into syllables.
            lowL += 0.15 * ((random.NextDouble() * 2 - 1) - lowL);
            lowR += 0.15 * ((random.NextDouble() * 2 - 1) - lowR);
            var syllable = Math.Max(0, Math.Sin(2 * Math.PI * 4 * t));
            var word = (t % 1.5) < 1.1 ? 1.0 : 0.0;
            var level = t < 5 ? 0.01 : t < 9 ? 0.05 : 0.2;
            var speech = level * syllable * word;
            var hit = 0.0;
            if (t >= 9)
            {
                var sinceHit = (t - 9) % 0.5;
                hit = 0.95 * Math.Exp(-sinceHit * 40) * Math.Sin(2 * Math.PI * 90 * sinceHit);
            }
            left[i] = (float)(speech * lowL * 3 + hit);
            right[i] = (float)(speech * lowR * 3 + hit * 0.9);
        }
        return new AudioBuffer(rate, [left, right]);
    }

    /// <summary>ffmpeg's own EBU R128 meter (ebur128 filter, true peak on) on a file: integrated LUFS and true peak dBTP.</summary>
    public static async Task<(double Integrated, double TruePeak)> FfmpegEbur128Async(string path)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(FfmpegProcess.Binary) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["-hide_banner", "-nostats", "-i", path, "-af", "ebur128=peak=true", "-f", "null", "-"]) psi.ArgumentList.Add(a);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var text = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        var summary = text[text.LastIndexOf("Integrated loudness:", StringComparison.Ordinal)..].Split('\n');
        return (Value(summary, "I:", "LUFS"), Value(summary, "Peak:", "dBFS"));
    }

    private static double Value(string[] lines, string label, string unit)
    {
        var line = lines.First(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal)).Trim();
        return double.Parse(line[label.Length..].Replace(unit, "").Trim(), CultureInfo.InvariantCulture);
    }
}

/// <summary>Shares <see cref="ProcessingClips"/> across the processing test classes.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessingCollection : ICollectionFixture<ProcessingClips>
{
    public const string Name = "processing clips";
}
