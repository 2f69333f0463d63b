using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Support;

/// <summary>Synthetic signals with exactly known content.</summary>
internal static class Signals
{
    public static float[] Sine(double frequency, double seconds, int rate = 48000, double amplitude = 0.5, double phase = 0)
    {
        var samples = new float[(int)Math.Round(seconds * rate)];
        for (var i = 0; i < samples.Length; i++) samples[i] = (float)(amplitude * Math.Sin(2 * Math.PI * frequency * i / rate + phase));
        return samples;
    }

    public static AudioBuffer Stereo(float[] left, float[] right, int rate = 48000) => new(rate, [left, right]);

    public static AudioBuffer Mono(float[] samples, int rate = 48000) => new(rate, [samples]);

    /// <summary>Deterministic white noise.</summary>
    public static float[] Noise(double seconds, int rate = 48000, double amplitude = 0.1, int seed = 1)
    {
        var random = new Random(seed);
        var samples = new float[(int)Math.Round(seconds * rate)];
        for (var i = 0; i < samples.Length; i++) samples[i] = (float)(amplitude * (random.NextDouble() * 2 - 1));
        return samples;
    }

    public static double Rms(ReadOnlySpan<float> samples)
    {
        double sum = 0;
        foreach (var s in samples) sum += s * s;
        return samples.Length == 0 ? 0 : Math.Sqrt(sum / samples.Length);
    }
}
