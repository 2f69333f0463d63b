using System.Diagnostics;
using System.Globalization;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Dsp;
using MediaCreator.Modules.Audio.Processing;
using MediaCreator.Modules.Core.Media;

namespace MediaCreator.Bench.Audio;

/// <summary>
/// Remaster / podcast operations as multiples of real time on a 3-minute stereo 44.1 kHz clip (or a file given as the
/// first argument), plus ffmpeg's one-pass loudnorm on the same clip as the reference for normalization: its speed and
/// where its output actually lands.
/// </summary>
public sealed class ProcessingBench : IAudioBench
{
    public string Name => "remaster";

    public string Description => "remaster/podcast operations (x real time) and ffmpeg loudnorm as reference";

    public async Task RunAsync(string[] args)
    {
        var audio = args.Length > 0 ? await AudioDecoder.DecodeAsync(args[0]) : Podcast(44100, 180);
        Console.WriteLine(Invariant($"load average: {File.ReadAllText("/proc/loadavg").Trim()} on {Environment.ProcessorCount} cores"));
        Console.WriteLine(Invariant($"clip: {audio.DurationSeconds:0.0} s, {audio.SampleRate} Hz, {audio.ChannelCount} ch, {LoudnessMeter.Measure(audio)}"));
        var processor = new DspAudioProcessor();
        var cases = new (string Name, AudioOperationSpec[] Operations)[]
        {
            ("noise reduction", [new NoiseReductionSpec(0.5)]),
            ("eq voice", [new EqualizeSpec(EqPresetKind.Voice, [])]),
            ("compress", [new CompressSpec()]),
            ("de-ess", [new DeEssSpec()]),
            ("normalize -16", [new NormalizeSpec(-16)]),
            ("normalize -14", [new NormalizeSpec(-14)]),
            ("cut + trim", [new CutSpec(30, 45), new TrimSpec(5, 150)]),
            ("join (2 s xfade)", [new JoinSpec([audio.Slice(0, audio.Length / 4)], 2)]),
            ("fade", [new FadeSpec(3, 5)]),
            ("remove silence", [new RemoveSilenceSpec()]),
            ("clean", [new CleanSpec()]),
            ("full chain", [new CleanSpec(), new CompressSpec(), new DeEssSpec(), new NormalizeSpec(-16)]),
        };
        foreach (var (name, operations) in cases)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = await processor.ApplyAsync(audio, operations, null, null, CancellationToken.None);
            watch.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            // CPU time as well as wall time: on a shared, loaded machine the CPU figure is the stable one.
            Console.WriteLine(Invariant($"{name,-18} wall {watch.Elapsed.TotalSeconds,7:0.000} s {audio.DurationSeconds / watch.Elapsed.TotalSeconds,7:0.0}x real time, cpu {cpuSeconds,7:0.000} s {audio.DurationSeconds / cpuSeconds,7:0.0}x  | {string.Join(" | ", result.Notes)}"));
        }

        // Reference: ffmpeg loudnorm, one pass (its dynamic mode), on the same clip.
        var folder = Directory.CreateTempSubdirectory("mediacreator-bench-").FullName;
        try
        {
            var input = Path.Combine(folder, "in.wav");
            var output = Path.Combine(folder, "out.wav");
            await AudioEncoder.EncodeAsync(audio, AudioFileFormat.Wav, input);
            foreach (var target in (double[])[-16, -14])
            {
                var watch = Stopwatch.StartNew();
                await FfmpegProcess.RunAsync(["-y", "-i", input, "-af", Invariant($"loudnorm=I={target}:TP=-1:LRA=11"), "-ar", audio.SampleRate.ToString(CultureInfo.InvariantCulture), output]);
                watch.Stop();
                var measured = LoudnessMeter.Measure(await AudioDecoder.DecodeAsync(output));
                Console.WriteLine(Invariant($"ffmpeg loudnorm {target} {watch.Elapsed.TotalSeconds,7:0.000} s  {audio.DurationSeconds / watch.Elapsed.TotalSeconds,8:0.0}x real time  | lands at {measured.IntegratedLufs:0.00} LUFS, {measured.TruePeakDbtp:0.00} dBTP"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>A podcast-like clip: speech-like bursts with pauses over a hiss floor, music stings with drum hits.</summary>
    private static AudioBuffer Podcast(int rate, int seconds)
    {
        var length = rate * seconds;
        var random = new Random(17);
        var left = new float[length];
        var right = new float[length];
        double low = 0;
        for (var i = 0; i < length; i++)
        {
            var t = (double)i / rate;
            low += 0.2 * ((random.NextDouble() * 2 - 1) - low);
            var hiss = 0.002 * (random.NextDouble() * 2 - 1);
            var segment = (int)(t / 20);
            var music = segment % 3 == 2;
            double value;
            if (music)
            {
                var beat = t % 0.5;
                value = 0.25 * Math.Sin(2 * Math.PI * 220 * t) + 0.15 * Math.Sin(2 * Math.PI * 330 * t) + 0.6 * Math.Exp(-beat * 30) * Math.Sin(2 * Math.PI * 60 * beat);
            }
            else
            {
                var pause = t % 7 > 5.8 ? 0 : 1;
                var f0 = 140 + 30 * Math.Sin(2 * Math.PI * 0.7 * t);
                var voiced = 0.2 * Math.Sin(2 * Math.PI * f0 * t) + 0.08 * Math.Sin(4 * Math.PI * f0 * t);
                value = pause * Math.Max(0, Math.Sin(2 * Math.PI * 4 * t)) * (voiced + 0.5 * low);
            }
            left[i] = (float)(value + hiss);
            right[i] = (float)(value * 0.95 + hiss);
        }
        return new AudioBuffer(rate, [left, right]);
    }
}
