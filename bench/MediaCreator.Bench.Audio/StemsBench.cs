using System.Diagnostics;
using System.Globalization;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Midi;
using MediaCreator.Modules.Audio.Stems;

namespace MediaCreator.Bench.Audio;

/// <summary>
/// <c>stems</c>: the built-in <c>dsp</c> separator on a 3-minute stereo song at 44.1 kHz (rendered with fluidsynth
/// from a MIDI written here, or the file given as the first argument), as a multiple of real time. Goal ≥ 5×.
/// </summary>
public sealed class StemsBench : IAudioBench
{
    public string Name => "stems";

    public string Description => "dsp stem separation of a 3-minute song (x real time; goal >= 5x). Args: [audio file]";

    public async Task RunAsync(string[] args)
    {
        AudioBuffer song;
        if (args.Length > 0)
        {
            song = await AudioDecoder.DecodeAsync(args[0], 44100, 2);
            Console.WriteLine($"song: {args[0]}");
        }
        else
        {
            var renderer = new FluidSynthRenderer();
            if (!renderer.IsAvailable)
            {
                Console.WriteLine("fluidsynth or a GM SoundFont is missing; pass an audio file instead.");
                return;
            }
            song = await renderer.RenderAsync(Song(180), 44100);
            Console.WriteLine("song: 3-minute MIDI song (drums, bass, voice lead, piano, strings) rendered by fluidsynth");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audio: {song.DurationSeconds:0.0} s, {song.SampleRate} Hz, {song.ChannelCount} ch"));

        var separator = new DspStemSeparator();
        StemKind[] stems = [StemKind.Vocal, StemKind.Drums, StemKind.Bass, StemKind.Other];
        // Warm-up on a short slice (JIT), then the timed run on the whole song.
        await separator.SeparateAsync(song.Slice(0, song.SampleRate * 5), stems, null, CancellationToken.None);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await separator.SeparateAsync(song, stems, null, CancellationToken.None);
        clock.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;

        double energy = 0, residual = 0;
        for (var c = 0; c < song.ChannelCount; c++)
            for (var i = 0; i < song.Length; i++)
            {
                var sum = result.Values.Sum(s => (double)s.Channels[c][i]);
                energy += (double)song.Channels[c][i] * song.Channels[c][i];
                residual += (song.Channels[c][i] - sum) * (song.Channels[c][i] - sum);
            }
        var ratio = song.DurationSeconds / clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"dsp separation: {clock.Elapsed.TotalSeconds:0.00} s for {song.DurationSeconds:0.0} s = {ratio:0.0}x real time (goal >= 5x), {Environment.ProcessorCount} cores"));
        // On a shared machine the wall clock includes waiting for a core; CPU time shows the work itself.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU time {cpu:0.00} s = {song.DurationSeconds / cpu:0.0}x real time per core, load average {LoadAverage()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stems sum back to the mix within {10 * Math.Log10(Math.Max(residual, 1e-30) / energy):0.0} dB"));
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    /// <summary>A song in A minor at 100 BPM: i–VI–III–VII, drums, bass, a voice lead in the centre, piano and strings panned.</summary>
    private static MidiFile Song(double seconds)
    {
        const double bpm = 100;
        var bars = (int)Math.Ceiling(seconds * bpm / 60 / 4);
        int[][] chords = [[57, 60, 64], [53, 57, 60], [48, 52, 55], [55, 59, 62]];
        var midi = new MidiFile(bpm) { KeySignature = (0, true) };
        var drums = midi.AddTrack("Drums", 9, 0);
        var bass = midi.AddTrack("Bass", 1, 33);
        var lead = midi.AddTrack("Voice", 2, 53);
        var piano = midi.AddTrack("Piano", 3, 0);
        piano.Pan = 28;
        var strings = midi.AddTrack("Strings", 4, 48);
        strings.Pan = 100;
        var random = new Random(11);
        for (var bar = 0; bar < bars; bar++)
        {
            var b = bar * 4.0;
            var chord = chords[bar % chords.Length];
            drums.Add(b, 0.5, 36, 110).Add(b + 2, 0.5, 36, 104).Add(b + 1, 0.5, 38, 100).Add(b + 3, 0.5, 38, 104);
            for (var e = 0; e < 8; e++) drums.Add(b + e * 0.5, 0.25, 42, e % 2 == 0 ? 80 : 60);
            var root = 33 + (chord[0] - 33) % 12;
            bass.Add(b, 1.5, root, 100).Add(b + 1.5, 0.5, root, 90).Add(b + 2, 1, root + 7, 96).Add(b + 3, 1, root + 12, 92);
            for (var beat = 0; beat < 4; beat++)
            {
                piano.Add(b + beat, 0.9, chord[0] + 12, 72).Add(b + beat, 0.9, chord[1] + 12, 72).Add(b + beat, 0.9, chord[2] + 12, 72);
                if (random.Next(5) != 0) lead.Add(b + beat, 0.95, chord[random.Next(3)] + 12, 100);
            }
            foreach (var p in chord) strings.Add(b, 3.95, p, 70);
        }
        return midi;
    }
}
