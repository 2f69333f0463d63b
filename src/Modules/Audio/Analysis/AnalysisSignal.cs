using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Analysis;

/// <summary>
/// The mono, reduced-rate signal the analysis works on: the channels averaged, then decimated by the integer factor that
/// brings the rate closest to 22.05 kHz (44.1 kHz → 22.05 kHz, 48 kHz → 24 kHz, 96 kHz → 24 kHz) through a
/// Blackman-windowed sinc low-pass. Every later stage sizes its frames in seconds, so the exact rate does not matter.
/// </summary>
internal static class AnalysisSignal
{
    public const int TargetRate = 22050;

    public static (float[] Samples, int Rate) Prepare(AudioBuffer audio, CancellationToken ct)
    {
        var factor = Math.Max(1, (int)Math.Round((double)audio.SampleRate / TargetRate));
        var mono = Downmix(audio);
        if (factor == 1) return (mono, audio.SampleRate);
        ct.ThrowIfCancellationRequested();
        return (Decimate(mono, factor, ct), audio.SampleRate / factor);
    }

    private static float[] Downmix(AudioBuffer audio)
    {
        if (audio.ChannelCount == 1) return audio.Channels[0];
        var mono = new float[audio.Length];
        var scale = 1f / audio.ChannelCount;
        foreach (var channel in audio.Channels)
            for (var i = 0; i < mono.Length; i++) mono[i] += channel[i] * scale;
        return mono;
    }

    /// <summary>Dot product, SIMD-wide where the hardware allows.</summary>
    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var width = System.Numerics.Vector<float>.Count;
        var sum = System.Numerics.Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - width; i += width)
            sum += new System.Numerics.Vector<float>(a.Slice(i, width)) * new System.Numerics.Vector<float>(b.Slice(i, width));
        var result = System.Numerics.Vector.Sum(sum);
        for (; i < a.Length; i++) result += a[i] * b[i];
        return result;
    }

    /// <summary>Low-pass at 90% of the new Nyquist frequency, keeping every <paramref name="factor"/>-th sample.</summary>
    internal static float[] Decimate(float[] input, int factor, CancellationToken ct)
    {
        var halfTaps = 8 * factor;
        var taps = new float[2 * halfTaps + 1];
        var cutoff = 0.9 / factor; // relative to the input Nyquist
        double sum = 0;
        for (var i = -halfTaps; i <= halfTaps; i++)
        {
            var x = Math.PI * cutoff * i;
            var sinc = i == 0 ? 1 : Math.Sin(x) / x;
            var n = (double)(i + halfTaps) / (2 * halfTaps);
            var window = 0.42 - 0.5 * Math.Cos(2 * Math.PI * n) + 0.08 * Math.Cos(4 * Math.PI * n);
            taps[i + halfTaps] = (float)(sinc * window);
            sum += sinc * window;
        }
        for (var i = 0; i < taps.Length; i++) taps[i] = (float)(taps[i] / sum);

        var output = new float[input.Length / factor];
        for (var o = 0; o < output.Length; o++)
        {
            if ((o & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            var centre = o * factor;
            var acc = 0f;
            if (centre - halfTaps >= 0 && centre + halfTaps < input.Length)
            {
                acc = Dot(input.AsSpan(centre - halfTaps, taps.Length), taps);
            }
            else
            {
                for (var t = 0; t < taps.Length; t++)
                {
                    var i = centre - halfTaps + t;
                    if (i >= 0 && i < input.Length) acc += input[i] * taps[t];
                }
            }
            output[o] = acc;
        }
        return output;
    }
}
