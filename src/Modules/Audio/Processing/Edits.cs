using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Processing;

/// <summary>A kept stretch of the source, in samples: [Start, End).</summary>
internal readonly record struct Segment(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Sample-accurate editing: splicing kept segments together, joining clips with an equal-power crossfade, fades.
/// Splice junctions are de-clicked without changing any length: the last samples before a junction are crossfaded
/// (equal power) with the samples just before the next kept segment, i.e. with the removed material, so the audio
/// after the junction is the source sample for sample and the output is exactly the sum of the kept lengths.
/// </summary>
internal static class Edits
{
    /// <summary>Default de-click crossfade at edits.</summary>
    public const double DeclickSeconds = 0.005;

    /// <summary>Concatenates <paramref name="segments"/> (sorted, disjoint) of <paramref name="audio"/>.</summary>
    public static AudioBuffer Splice(AudioBuffer audio, IReadOnlyList<Segment> segments, int crossfade)
    {
        var total = 0;
        foreach (var segment in segments) total += segment.Length;
        var output = new float[audio.ChannelCount][];
        for (var c = 0; c < audio.ChannelCount; c++)
        {
            var source = audio.Channels[c];
            var target = new float[total];
            var position = 0;
            for (var j = 0; j < segments.Count; j++)
            {
                var segment = segments[j];
                Array.Copy(source, segment.Start, target, position, segment.Length);
                if (j > 0)
                {
                    // Junction with the previous segment: fade its tail into the pre-roll of this one.
                    var before = segments[j - 1];
                    var gap = segment.Start - before.End;
                    var n = Math.Min(Math.Min(crossfade, gap), before.Length);
                    for (var i = 0; i < n; i++)
                    {
                        var (fadeOut, fadeIn) = EqualPower(i, n);
                        target[position - n + i] = source[before.End - n + i] * fadeOut + source[segment.Start - n + i] * fadeIn;
                    }
                }
                position += segment.Length;
            }
            if (segments.Count > 0)
            {
                var first = segments[0];
                if (first.Start > 0) FadeIn(target, Math.Min(crossfade, first.Length / 2), FadeShape.QuarterSine);
                var last = segments[^1];
                if (last.End < audio.Length) FadeOut(target, Math.Min(crossfade, last.Length / 2), FadeShape.QuarterSine);
            }
            output[c] = target;
        }
        return new AudioBuffer(audio.SampleRate, output);
    }

    /// <summary>Appends <paramref name="part"/> (same rate and channels) with an equal-power crossfade of <paramref name="crossfade"/> samples.</summary>
    public static AudioBuffer Join(AudioBuffer first, AudioBuffer part, int crossfade)
    {
        var length = first.Length + part.Length - crossfade;
        var output = new float[first.ChannelCount][];
        for (var c = 0; c < first.ChannelCount; c++)
        {
            var a = first.Channels[c];
            var b = part.Channels[c];
            var target = new float[length];
            Array.Copy(a, target, first.Length - crossfade);
            var offset = first.Length - crossfade;
            for (var i = 0; i < crossfade; i++)
            {
                var (fadeOut, fadeIn) = EqualPower(i, crossfade);
                target[offset + i] = a[offset + i] * fadeOut + b[i] * fadeIn;
            }
            Array.Copy(b, crossfade, target, first.Length, part.Length - crossfade);
            output[c] = target;
        }
        return new AudioBuffer(first.SampleRate, output);
    }

    /// <summary>Equal-power (sin/cos) gains at step <paramref name="i"/> of <paramref name="n"/>, sampled at mid-steps.</summary>
    public static (float FadeOut, float FadeIn) EqualPower(int i, int n)
    {
        var angle = Math.PI / 2 * (i + 0.5) / n;
        return ((float)Math.Cos(angle), (float)Math.Sin(angle));
    }

    /// <summary>Gain of a fade shape at progress <paramref name="u"/> (0 silent .. 1 full).</summary>
    public static double FadeGain(FadeShape shape, double u)
    {
        u = Math.Clamp(u, 0, 1);
        return shape switch
        {
            FadeShape.Linear => u,
            FadeShape.SCurve => 0.5 - 0.5 * Math.Cos(Math.PI * u),
            FadeShape.Logarithmic => u <= 0 ? 0 : Math.Pow(10, -60 * (1 - u) / 20),
            _ => Math.Sin(Math.PI / 2 * u),
        };
    }

    /// <summary>Fades the first <paramref name="n"/> samples in: sample i gets gain(i / n).</summary>
    public static void FadeIn(float[] samples, int n, FadeShape shape)
    {
        n = Math.Min(n, samples.Length);
        for (var i = 0; i < n; i++) samples[i] *= (float)FadeGain(shape, (double)i / n);
    }

    /// <summary>Fades the last <paramref name="n"/> samples out: the last sample gets gain(0).</summary>
    public static void FadeOut(float[] samples, int n, FadeShape shape)
    {
        n = Math.Min(n, samples.Length);
        var length = samples.Length;
        for (var i = 0; i < n; i++) samples[length - 1 - i] *= (float)FadeGain(shape, (double)i / n);
    }

    /// <summary><paramref name="part"/> at <paramref name="rate"/> with <paramref name="channels"/> channels.</summary>
    public static AudioBuffer Match(AudioBuffer part, int rate, int channels)
    {
        float[][] data;
        if (part.ChannelCount == channels) data = part.Channels;
        else if (channels == 1) data = [part.Mono()];
        else
        {
            var mono = part.ChannelCount == 1 ? part.Channels[0] : part.Mono();
            data = new float[channels][];
            for (var c = 0; c < channels; c++) data[c] = c < part.ChannelCount && part.ChannelCount > 1 ? part.Channels[c] : mono;
        }
        if (part.SampleRate != rate)
        {
            var resampled = new float[channels][];
            for (var c = 0; c < channels; c++) resampled[c] = Resampler.Resample(data[c], part.SampleRate, rate);
            data = resampled;
        }
        else
        {
            data = Array.ConvertAll(data, d => (float[])d.Clone());
        }
        return new AudioBuffer(rate, data);
    }
}

/// <summary>
/// Band-limited resampling by Kaiser-windowed sinc interpolation (any rate ratio; 24 zero crossings each side, β = 8,
/// cutoff at 97% of the lower Nyquist), the kernel read from a finely sampled table.
/// </summary>
internal static class Resampler
{
    private const int HalfTaps = 24;
    private const int TableSteps = 512;
    private const double Beta = 8.0;
    private static readonly double[] Table = BuildTable();

    public static float[] Resample(float[] input, int from, int to)
    {
        if (from == to) return (float[])input.Clone();
        var ratio = (double)to / from;
        var length = (int)Math.Round(input.Length * ratio);
        var output = new float[length];
        var cutoff = Math.Min(1.0, ratio) * 0.97;
        var reach = HalfTaps / cutoff;
        for (var n = 0; n < length; n++)
        {
            var t = n / ratio;
            var first = Math.Max(0, (int)Math.Ceiling(t - reach));
            var last = Math.Min(input.Length - 1, (int)Math.Floor(t + reach));
            double sum = 0;
            for (var k = first; k <= last; k++)
            {
                // Kernel argument in zero crossings, read from the table with linear interpolation.
                var position = Math.Abs(t - k) * cutoff * TableSteps;
                var index = (int)position;
                if (index >= Table.Length - 1) continue;
                var fraction = position - index;
                sum += input[k] * (Table[index] + (Table[index + 1] - Table[index]) * fraction);
            }
            output[n] = (float)(sum * cutoff);
        }
        return output;
    }

    private static double[] BuildTable()
    {
        var table = new double[HalfTaps * TableSteps + 2];
        var norm = BesselI0(Beta);
        for (var i = 0; i < table.Length; i++)
        {
            var x = (double)i / TableSteps;
            var r = x / HalfTaps;
            if (r > 1) continue;
            var window = BesselI0(Beta * Math.Sqrt(1 - r * r)) / norm;
            table[i] = (x < 1e-12 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x)) * window;
        }
        return table;
    }

    private static double BesselI0(double x)
    {
        double sum = 1, term = 1, half = x / 2;
        for (var k = 1; k < 60; k++)
        {
            term *= half / k;
            var square = term * term;
            sum += square;
            if (square < 1e-14 * sum) break;
        }
        return sum;
    }
}
