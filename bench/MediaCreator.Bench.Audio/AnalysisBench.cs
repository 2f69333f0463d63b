using System.Diagnostics;
using System.Globalization;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Analysis;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Midi;

namespace MediaCreator.Bench.Audio;

/// <summary>
/// Full music analysis (all tasks) of a 3-minute fluidsynth-rendered song (44.1 kHz stereo) as a multiple of real time,
/// next to <c>aubio tempo</c> on the same WAV in the same run. Args: [seconds] (default 180).
/// </summary>
public sealed class AnalysisBench : IAudioBench
{
    public string Name => "analysis";

    public string Description => "dsp music analysis (all tasks) of a 3-minute song vs aubio tempo, x real time";

    public async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 180;
        var folder = Directory.CreateTempSubdirectory("mediacreator-analysis-bench-");
        try
        {
            var song = Song(118, seconds);
            var render = Stopwatch.StartNew();
            var audio = await new FluidSynthRenderer().RenderAsync(song, 44100);
            Console.WriteLine($"rendered {audio.DurationSeconds:0.0} s of 44.1 kHz stereo in {render.Elapsed.TotalSeconds:0.0} s (truth: 118 BPM, A:min, 4/4)");
            var wav = Path.Combine(folder.FullName, "song.wav");
            await AudioEncoder.EncodeAsync(audio, AudioFileFormat.Wav, wav);

            var analyzer = new DspMusicAnalyzer();
            analyzer.Analyze(audio.Slice(0, 44100 * 10), MusicAnalysisTasks.All, null, CancellationToken.None); // JIT warm-up
            var times = new List<double>();
            MusicAnalysisResult? result = null;
            for (var run = 0; run < 3; run++)
            {
                var watch = Stopwatch.StartNew();
                result = analyzer.Analyze(audio, MusicAnalysisTasks.All, null, CancellationToken.None);
                times.Add(watch.Elapsed.TotalSeconds);
            }
            var best = times.Min();
            Console.WriteLine($"dsp analysis: {string.Join(", ", times.Select(t => $"{t:0.00} s"))} → best {audio.DurationSeconds / best:0.0}x real time, median {audio.DurationSeconds / times.Order().ElementAt(1):0.0}x");
            // Stage breakdown of one more run: time at which each progress stage began.
            var stages = new List<(string Stage, double At)>();
            var clock = Stopwatch.StartNew();
            analyzer.Analyze(audio, MusicAnalysisTasks.All, new StageClock(stages, clock), CancellationToken.None);
            Console.WriteLine("  stages: " + string.Join(", ", stages.Select((s, i) =>
                $"{s.Stage} {((i + 1 < stages.Count ? stages[i + 1].At : clock.Elapsed.TotalSeconds) - s.At):0.00} s")));
            Console.WriteLine($"  tempo {result!.Tempo?.Bpm:0.00} BPM, key {result.Key?.Notation}, meter {result.TimeSignature?.Notation}, " +
                              $"{result.Chords.Count} chord spans, {result.Sections.Count} sections, {result.Loudness?.IntegratedLufs:0.0} LUFS, TP {result.Loudness?.TruePeakDbtp:0.0} dBTP");

            var aubio = Stopwatch.StartNew();
            var info = new ProcessStartInfo("aubio") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in (string[])["tempo", "-i", wav]) info.ArgumentList.Add(a);
            try
            {
                using var process = Process.Start(info)!;
                var stdout = await process.StandardOutput.ReadToEndAsync();
                await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                var bpm = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "?";
                Console.WriteLine($"aubio tempo: {aubio.Elapsed.TotalSeconds:0.00} s → {audio.DurationSeconds / aubio.Elapsed.TotalSeconds:0.0}x real time, {bpm.Trim()}");
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Console.WriteLine("aubio tempo: not installed (apt-get install aubio-tools)");
            }
            Console.WriteLine($"load average: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private sealed class StageClock(List<(string Stage, double At)> stages, Stopwatch clock) : IProgress<AudioProgress>
    {
        public void Report(AudioProgress value)
        {
            if (stages.Count == 0 || stages[^1].Stage != value.Message) stages.Add((value.Message, clock.Elapsed.TotalSeconds));
        }
    }

    /// <summary>A song in A minor, 4/4: drums, bass, piano, strings in the chorus, a melody; sections of 8 bars.</summary>
    private static MidiFile Song(double bpm, double seconds)
    {
        var midi = new MidiFile(bpm) { KeySignature = (0, true) };
        var drums = midi.AddTrack("Drums", 9, 0);
        var bass = midi.AddTrack("Bass", 1, 33);
        var piano = midi.AddTrack("Piano", 2, 0);
        var strings = midi.AddTrack("Strings", 3, 48);
        var lead = midi.AddTrack("Lead", 4, 73);
        var bars = (int)Math.Ceiling(seconds / (240 / bpm));
        int[][] verse = [[57, 60, 64], [53, 57, 60], [55, 59, 62], [52, 55, 59]]; // Am F G Em
        int[][] chorus = [[53, 57, 60], [48, 52, 55], [55, 59, 62], [57, 60, 64]]; // F C G Am
        var random = new Random(11);
        for (var bar = 0; bar < bars; bar++)
        {
            var isChorus = bar / 8 % 2 == 1;
            var chord = bar == bars - 1 ? verse[0] : (isChorus ? chorus : verse)[bar % 4];
            double at = bar * 4;
            for (var e = 0; e < 8; e++) drums.Add(at + e * 0.5, 0.25, 42, e % 2 == 0 ? 80 : 60);
            drums.Add(at, 0.25, 36, 110).Add(at + 2, 0.25, 36, 100).Add(at + 1, 0.25, 38, 100).Add(at + 3, 0.25, 38, 100);
            bass.Add(at, 1.5, chord[0] - 24, 100).Add(at + 2, 1.5, chord[0] - 24, 90).Add(at + 3.5, 0.5, chord[0] - 17, 80);
            for (var b = 0; b < 4; b++) foreach (var p in chord) piano.Add(at + b, 0.9, p, isChorus ? 95 : 70);
            if (isChorus) foreach (var p in chord) strings.Add(at, 4, p + 12, 80);
            for (var b = 0; b < 4; b++) lead.Add(at + b, 1, chord[random.Next(3)] + 12, 85);
        }
        return midi;
    }
}
