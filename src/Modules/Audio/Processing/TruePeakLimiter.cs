using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Processing;

/// <summary>
/// Look-ahead true-peak limiter (offline). The peak envelope is taken from a 4× oversampled signal (16-tap
/// Hann-windowed sinc per phase, linked over channels), the gain each sample needs to stay under the ceiling is
/// min-held over the look-ahead window, released exponentially, and finally averaged over the same window. The
/// min-hold followed by a box filter of the same length guarantees the gain at every sample is at or below what that
/// sample needs, while the gain moves in smooth ramps (attack = look-ahead) with no overshoot and no added latency.
/// </summary>
internal static class TruePeakLimiter
{
    private const int Factor = 4;
    private const int Taps = 16;
    private static readonly float[][] Kernel = BuildKernel();

    /// <summary>Limits <paramref name="audio"/> in place to <paramref name="ceilingDb"/> dBTP; returns the largest gain reduction in dB.</summary>
    /// <param name="envelope">The <see cref="PeakEnvelope"/> of the audio before a plain gain of <paramref name="envelopeScale"/> (computed when null).</param>
    public static double Apply(
        AudioBuffer audio, double ceilingDb, float[]? envelope = null, double envelopeScale = 1,
        double lookAheadSeconds = 0.005, double releaseSeconds = 0.08, CancellationToken ct = default)
    {
        var length = audio.Length;
        if (length == 0) return 0;
        var ceiling = Math.Pow(10, ceilingDb / 20);
        if (envelope is null)
        {
            envelope = PeakEnvelope(audio, ct);
            envelopeScale = 1;
        }
        var required = new float[length];
        var anyOver = false;
        for (var i = 0; i < length; i++)
        {
            var peak = envelope[i] * envelopeScale;
            var needed = peak > ceiling ? (float)(ceiling / peak) : 1f;
            anyOver |= needed < 1f;
            required[i] = needed;
        }
        if (!anyOver) return 0;
        ct.ThrowIfCancellationRequested();

        var window = Math.Max(1, (int)Math.Round(lookAheadSeconds * audio.SampleRate));
        var held = SlidingMinimumAhead(required, window);
        var releaseCoef = 1 - Math.Exp(-1.0 / (releaseSeconds * audio.SampleRate));
        var level = 1.0;
        for (var i = 0; i < length; i++)
        {
            level = Math.Min(held[i], level + (1 - level) * releaseCoef);
            held[i] = (float)level;
        }
        // Box average over [i - window + 1, i]: every term is a min over a window holding i, so gain <= required[i].
        var minGain = 1.0;
        double sum = 0;
        var gain = required; // reuse
        for (var i = 0; i < length; i++)
        {
            sum += held[i];
            if (i >= window) sum -= held[i - window];
            // Before the window is full, the missing terms take held[0], itself a min over a window holding i.
            var g = i + 1 >= window ? sum / window : (sum + (window - i - 1) * held[0]) / window;
            gain[i] = (float)g;
            minGain = Math.Min(minGain, g);
        }
        foreach (var channel in audio.Channels)
            for (var i = 0; i < length; i++) channel[i] *= gain[i];
        return -20 * Math.Log10(minGain);
    }

    /// <summary>Per sample, the largest absolute value of the 4× oversampled signal between this sample and the next, over all channels.</summary>
    internal static float[] PeakEnvelope(AudioBuffer audio, CancellationToken ct)
    {
        var length = audio.Length;
        var envelope = new float[length];
        const int half = Taps / 2;
        foreach (var channel in audio.Channels)
        {
            ct.ThrowIfCancellationRequested();
            for (var n = 0; n < length; n++)
            {
                var peak = Math.Abs(channel[n]);
                var interior = n - half + 1 >= 0 && n + half < length;
                for (var phase = 1; phase < Factor; phase++)
                {
                    var kernel = Kernel[phase];
                    float sum = 0;
                    if (interior)
                    {
                        var offset = n - half + 1;
                        for (var t = 0; t < Taps; t++) sum += channel[offset + t] * kernel[t];
                    }
                    else
                    {
                        for (var t = 0; t < Taps; t++)
                        {
                            var index = n + t - half + 1;
                            if (index >= 0 && index < length) sum += channel[index] * kernel[t];
                        }
                    }
                    peak = Math.Max(peak, Math.Abs(sum));
                }
                if (peak > envelope[n]) envelope[n] = peak;
            }
        }
        return envelope;
    }

    /// <summary>out[i] = min(values[i .. i + window - 1]) by a monotonic deque (O(n)).</summary>
    private static float[] SlidingMinimumAhead(float[] values, int window)
    {
        var length = values.Length;
        var result = new float[length];
        var deque = new int[length];
        int head = 0, tail = 0;
        // Walk backwards: the window of i is [i, i + window - 1].
        for (var i = length - 1; i >= 0; i--)
        {
            while (tail > head && values[deque[tail - 1]] >= values[i]) tail--;
            deque[tail++] = i;
            while (deque[head] > i + window - 1) head++;
            result[i] = values[deque[head]];
        }
        return result;
    }

    private static float[][] BuildKernel()
    {
        const int half = Taps / 2;
        var kernel = new float[Factor][];
        for (var phase = 0; phase < Factor; phase++)
        {
            kernel[phase] = new float[Taps];
            for (var t = 0; t < Taps; t++)
            {
                // Tap t weighs sample n + t - half + 1 for the point n + phase / Factor.
                var x = t - half + 1 - (double)phase / Factor;
                var sinc = Math.Abs(x) < 1e-12 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);
                var w = 0.5 + 0.5 * Math.Cos(Math.PI * x / (half + 1));
                kernel[phase][t] = (float)(sinc * w);
            }
        }
        return kernel;
    }
}
