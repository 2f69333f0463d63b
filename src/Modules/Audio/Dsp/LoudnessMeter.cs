using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Dsp;

/// <summary>Loudness figures of a buffer (ITU-R BS.1770-4 / EBU R128).</summary>
/// <param name="IntegratedLufs">Gated integrated loudness; <c>-inf</c> for silence.</param>
/// <param name="LoudnessRangeLu">EBU Tech 3342 loudness range.</param>
/// <param name="TruePeakDbtp">4x oversampled peak in dBTP.</param>
/// <param name="SamplePeakDbfs">Largest sample in dBFS.</param>
public sealed record LoudnessMeasurement(double IntegratedLufs, double LoudnessRangeLu, double TruePeakDbtp, double SamplePeakDbfs);

/// <summary>
/// ITU-R BS.1770-4 loudness meter: K-weighting (high shelf + RLB high-pass, designed for any sample rate),
/// 400 ms blocks with 75% overlap, absolute (-70 LUFS) and relative (-10 LU) gates; loudness range from 3 s
/// short-term blocks (Tech 3342); true peak by 4x polyphase windowed-sinc oversampling.
/// </summary>
public static class LoudnessMeter
{
    public static LoudnessMeasurement Measure(AudioBuffer audio)
    {
        // Channels are independent until the gating: weight and oversample them in parallel.
        var weighted = new double[audio.ChannelCount][];
        var peaks = new double[audio.ChannelCount];
        Parallel.For(0, audio.ChannelCount * 2, job =>
        {
            var channel = job / 2;
            if (job % 2 == 0) weighted[channel] = KWeight(audio.Channels[channel], audio.SampleRate);
            else peaks[channel] = TruePeak(audio.Channels[channel]);
        });
        var integrated = Integrated(weighted, audio.SampleRate);
        var range = LoudnessRange(weighted, audio.SampleRate);
        var samplePeak = audio.Peak();
        var truePeak = peaks.Max();
        return new LoudnessMeasurement(integrated, range, truePeak > 0 ? 20 * Math.Log10(truePeak) : double.NegativeInfinity,
            samplePeak > 0 ? 20 * Math.Log10(samplePeak) : double.NegativeInfinity);
    }

    /// <summary>Integrated loudness in LUFS.</summary>
    public static double IntegratedLufs(AudioBuffer audio) =>
        Integrated(audio.Channels.Select(c => KWeight(c, audio.SampleRate)).ToArray(), audio.SampleRate);

    /// <summary>Momentary loudness (400 ms windows) every <paramref name="stepSeconds"/>, in LUFS.</summary>
    public static double[] MomentaryLufs(AudioBuffer audio, double stepSeconds = 0.1)
    {
        var weighted = audio.Channels.Select(c => KWeight(c, audio.SampleRate)).ToArray();
        return BlockPowers(weighted, audio.SampleRate, 0.4, stepSeconds).Select(Lufs).ToArray();
    }

    /// <summary>True peak in dBTP (4x oversampled).</summary>
    public static double TruePeakDb(AudioBuffer audio)
    {
        var peak = 0.0;
        foreach (var channel in audio.Channels) peak = Math.Max(peak, TruePeak(channel));
        return peak > 0 ? 20 * Math.Log10(peak) : double.NegativeInfinity;
    }

    private static double Integrated(double[][] weighted, int rate)
    {
        var blocks = BlockPowers(weighted, rate, 0.4, 0.1);
        var absolute = blocks.Where(p => Lufs(p) > -70).ToArray();
        if (absolute.Length == 0) return double.NegativeInfinity;
        var relativeGate = Lufs(absolute.Average()) - 10;
        var gated = absolute.Where(p => Lufs(p) > relativeGate).ToArray();
        return gated.Length == 0 ? double.NegativeInfinity : Lufs(gated.Average());
    }

    private static double LoudnessRange(double[][] weighted, int rate)
    {
        var blocks = BlockPowers(weighted, rate, 3.0, 0.1).Where(p => Lufs(p) > -70).ToArray();
        if (blocks.Length < 2) return 0;
        var relativeGate = Lufs(blocks.Average()) - 20;
        var levels = blocks.Select(Lufs).Where(l => l > relativeGate).Order().ToArray();
        if (levels.Length < 2) return 0;
        return Percentile(levels, 0.95) - Percentile(levels, 0.10);
    }

    private static double Percentile(double[] sorted, double p)
    {
        var index = p * (sorted.Length - 1);
        var lower = (int)Math.Floor(index);
        var upper = Math.Min(sorted.Length - 1, lower + 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (index - lower);
    }

    /// <summary>Mean square (summed over channels, weights 1.0 for L/R/C) per block.</summary>
    private static double[] BlockPowers(double[][] weighted, int rate, double blockSeconds, double stepSeconds)
    {
        var length = weighted[0].Length;
        var block = (int)Math.Round(blockSeconds * rate);
        var step = Math.Max(1, (int)Math.Round(stepSeconds * rate));
        if (length < block) block = length;
        if (block == 0) return [];
        var prefix = new double[length + 1];
        foreach (var channel in weighted)
            for (var i = 0; i < length; i++) prefix[i + 1] += channel[i] * channel[i];
        for (var i = 0; i < length; i++) prefix[i + 1] += prefix[i];
        var result = new List<double>();
        for (var start = 0; start + block <= length; start += step)
            result.Add((prefix[start + block] - prefix[start]) / block);
        return result.ToArray();
    }

    private static double Lufs(double power) => power > 0 ? -0.691 + 10 * Math.Log10(power) : double.NegativeInfinity;

    /// <summary>The BS.1770 K-weighting filter pair, bilinear-designed for <paramref name="rate"/> (libebur128's analogue prototypes).</summary>
    private static double[] KWeight(float[] input, int rate)
    {
        // Stage 1: high shelf (+4 dB above ~1.7 kHz).
        var f0 = 1681.974450955533;
        var gainDb = 3.999843853973347;
        var q = 0.7071752369554196;
        var k = Math.Tan(Math.PI * f0 / rate);
        var vh = Math.Pow(10, gainDb / 20);
        var vb = Math.Pow(vh, 0.4996667741545416);
        var a0 = 1 + k / q + k * k;
        var sb0 = (vh + vb * k / q + k * k) / a0;
        var sb1 = 2 * (k * k - vh) / a0;
        var sb2 = (vh - vb * k / q + k * k) / a0;
        var sa1 = 2 * (k * k - 1) / a0;
        var sa2 = (1 - k / q + k * k) / a0;
        // Stage 2: RLB high-pass (~38 Hz).
        f0 = 38.13547087602444;
        q = 0.5003270373238773;
        k = Math.Tan(Math.PI * f0 / rate);
        var ha1 = 2 * (k * k - 1) / (1 + k / q + k * k);
        var ha2 = (1 - k / q + k * k) / (1 + k / q + k * k);

        var result = new double[input.Length];
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0, z1 = 0, z2 = 0;
        for (var i = 0; i < input.Length; i++)
        {
            double x = input[i];
            var y = sb0 * x + sb1 * x1 + sb2 * x2 - sa1 * y1 - sa2 * y2;
            x2 = x1; x1 = x;
            // High-pass numerator is [1, -2, 1] on the shelf's output.
            var z = y - 2 * y1 + y2 - ha1 * z1 - ha2 * z2;
            y2 = y1; y1 = y;
            z2 = z1; z1 = z;
            result[i] = z;
        }
        return result;
    }

    private const int Oversampling = 4;
    private const int TapsPerPhase = 12;

    /// <summary>Polyphase windowed-sinc kernels for phases 1..3 (phase 0 is the sample itself), flat, and each phase's gain bound.</summary>
    private static readonly (double[] Kernel, double MaxAbsSum) Interpolator = BuildInterpolator();

    private static (double[] Kernel, double MaxAbsSum) BuildInterpolator()
    {
        var half = TapsPerPhase / 2;
        var kernel = new double[Oversampling * TapsPerPhase];
        var maxAbsSum = 0.0;
        for (var phase = 1; phase < Oversampling; phase++)
        {
            var absSum = 0.0;
            for (var t = 0; t < TapsPerPhase; t++)
            {
                var x = t - half + 1 - (double)phase / Oversampling;
                var sinc = Math.Abs(x) < 1e-12 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);
                var window = 0.5 + 0.5 * Math.Cos(Math.PI * x / (half + 1));
                kernel[phase * TapsPerPhase + t] = sinc * window;
                absSum += Math.Abs(sinc * window);
            }
            maxAbsSum = Math.Max(maxAbsSum, absSum);
        }
        return (kernel, maxAbsSum);
    }

    /// <summary>
    /// 4x oversampled peak. An interpolated value near sample n is at most the largest |sample| of its 12-tap window
    /// times the kernel's absolute sum, so windows that cannot beat the peak found so far are skipped (block maxima).
    /// </summary>
    private static double TruePeak(float[] samples)
    {
        const int block = 16;
        var half = TapsPerPhase / 2;
        var (kernel, bound) = Interpolator;
        var blocks = new float[samples.Length / block + 2];
        var peak = 0.0;
        for (var i = 0; i < samples.Length; i++)
        {
            var a = Math.Abs(samples[i]);
            if (a > blocks[i / block]) blocks[i / block] = a;
            if (a > peak) peak = a;
        }
        for (var n = 0; n < samples.Length; n++)
        {
            var first = Math.Max(0, n - half + 1);
            var last = Math.Min(samples.Length - 1, n + half);
            var windowMax = Math.Max(blocks[first / block], blocks[last / block]);
            if (last / block - first / block > 1) windowMax = Math.Max(windowMax, blocks[first / block + 1]);
            if (windowMax * bound <= peak) continue;
            for (var phase = 1; phase < Oversampling; phase++)
            {
                var sum = 0.0;
                var k = phase * TapsPerPhase;
                for (var t = 0; t < TapsPerPhase; t++)
                {
                    var index = n + t - half + 1;
                    if ((uint)index < (uint)samples.Length) sum += samples[index] * kernel[k + t];
                }
                var magnitude = Math.Abs(sum);
                if (magnitude > peak) peak = magnitude;
            }
        }
        return peak;
    }
}
