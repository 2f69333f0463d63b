using System.Diagnostics;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Midi;
using MediaCreator.Modules.Audio.Tabs;

namespace MediaCreator.Bench.Audio;

/// <summary>
/// Tab generation speed as multiples of real time on a rendered melody (default 60 s of nylon guitar), per format,
/// with `aubio pitch` (YIN) on the same file in the same run as the reference.
/// Usage: tabs [seconds]
/// </summary>
public sealed class TabsBench : IAudioBench
{
    public string Name => "tabs";

    public string Description => "melody transcription + tab writing (x real time), aubio pitch as reference";

    public async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 0 && double.TryParse(args[0], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 60;
        const double bpm = 110;
        var midi = new MidiFile(bpm);
        var track = midi.AddTrack("melody", 0, 24);
        int[] scale = [55, 57, 59, 60, 62, 64, 66, 67, 69, 71, 72, 74, 76];
        var random = new Random(3);
        var degree = 6;
        var beats = seconds * bpm / 60;
        for (var beat = 0.0; beat < beats; beat += random.Next(2) == 0 ? 0.5 : 1)
        {
            degree = Math.Clamp(degree + random.Next(-2, 3), 0, scale.Length - 1);
            track.Add(beat, 0.45, scale[degree], 100);
        }
        var audio = await new FluidSynthRenderer().RenderAsync(midi, 44100);
        var beatTimes = Enumerable.Range(0, (int)beats + 1).Select(i => i * 60 / bpm).ToList();
        var analysis = new MusicAnalysisResult(audio.DurationSeconds, new TempoEstimate(bpm, 1, beatTimes), new KeyEstimate("G", false, 1),
            new MeterEstimate(4, 4, 1), [new ChordSpan("G", 0, audio.DurationSeconds, 1)], [], [], null);
        Console.WriteLine($"clip: {audio.DurationSeconds:F1} s, {track.Notes.Count} notes, 44.1 kHz stereo");

        var board = Fretboard.For(TabInstrument.Guitar);
        var (minHz, maxHz) = MelodyTranscriber.Range(board);
        var mono = audio.Mono();
        var stage = Stopwatch.StartNew();
        var resampled = Resampler.Resample(mono, audio.SampleRate, YinPitchTracker.AnalysisRate);
        var resampleTime = stage.Elapsed.TotalSeconds;
        stage.Restart();
        var pitchTrack = new YinPitchTracker(minHz, maxHz * 2).Track(resampled, YinPitchTracker.AnalysisRate);
        var yinTime = stage.Elapsed.TotalSeconds;
        stage.Restart();
        var notes = new NoteSegmenter().Segment(pitchTrack);
        var segmentTime = stage.Elapsed.TotalSeconds;
        Console.WriteLine($"  stages: resample {resampleTime:F2} s, YIN {yinTime:F2} s ({pitchTrack.Frames.Count} frames), segmentation {segmentTime:F3} s ({notes.Count} notes)");

        var generator = new TabGenerator();
        foreach (var format in Enum.GetValues<TabOutputFormat>())
        {
            var watch = Stopwatch.StartNew();
            var tab = generator.Generate(audio, analysis, new TabRequest(TabInstrument.Guitar, TabLevel.Original, format), default);
            watch.Stop();
            Console.WriteLine($"  {format,-10} {watch.Elapsed.TotalSeconds,6:F2} s  {audio.DurationSeconds / watch.Elapsed.TotalSeconds,7:F1}x real time  {tab.NoteCount} notes");
        }

        var wav = Path.Combine(Path.GetTempPath(), $"tabs-bench-{Environment.ProcessId}.wav");
        try
        {
            await AudioEncoder.EncodeAsync(audio, AudioFileFormat.Wav, wav);
            var start = new ProcessStartInfo("aubio") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in (string[])["pitch", "-m", "yin", "-i", wav]) start.ArgumentList.Add(a);
            var aubio = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            aubio.Stop();
            Console.WriteLine($"  aubio pitch (yin, reference) {aubio.Elapsed.TotalSeconds:F2} s  {audio.DurationSeconds / aubio.Elapsed.TotalSeconds:F1}x real time");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("  aubio not installed: no reference");
        }
        finally
        {
            File.Delete(wav);
        }
    }
}
