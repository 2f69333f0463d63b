using System.Diagnostics;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Dsp;

namespace MediaCreator.Bench.Audio;

/// <summary>The BS.1770 meter (integrated, LRA, true peak) on 3 minutes of stereo noise-modulated tone: multiple of real time.</summary>
public sealed class LoudnessBench : IAudioBench
{
    public string Name => "loudness";

    public string Description => "loudness meter speed on a 3-minute stereo 44.1 kHz signal";

    public Task RunAsync(string[] args)
    {
        const int rate = 44100;
        var seconds = args.Length > 0 ? int.Parse(args[0]) : 180;
        var random = new Random(1);
        var channels = new float[2][];
        for (var c = 0; c < 2; c++)
        {
            channels[c] = new float[seconds * rate];
            for (var i = 0; i < channels[c].Length; i++)
                channels[c][i] = (float)(0.3 * Math.Sin(2 * Math.PI * 220 * i / rate) * (0.5 + 0.5 * Math.Sin(i / (double)rate)) + 0.05 * (random.NextDouble() - 0.5));
        }
        var audio = new AudioBuffer(rate, channels);
        LoudnessMeter.Measure(audio);
        var watch = Stopwatch.StartNew();
        var runs = 3;
        LoudnessMeasurement m = null!;
        for (var i = 0; i < runs; i++) m = LoudnessMeter.Measure(audio);
        var each = watch.Elapsed.TotalSeconds / runs;
        Console.WriteLine($"loudness: {each * 1000:0} ms for {seconds} s = {seconds / each:0}x real time ({m.IntegratedLufs:0.00} LUFS, {m.TruePeakDbtp:0.00} dBTP, LRA {m.LoudnessRangeLu:0.0})");
        return Task.CompletedTask;
    }
}
