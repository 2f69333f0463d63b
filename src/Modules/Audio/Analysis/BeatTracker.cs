using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace MediaCreator.Modules.Audio.Analysis;

/// <summary>Global tempo and beat times found by <see cref="BeatTracker"/>.</summary>
/// <param name="Bpm">Beats per minute of the tracked pulse (refined by a least-squares fit of the beat times).</param>
/// <param name="Period">Beat period in onset frames.</param>
/// <param name="Beats">Beat positions in onset frames (ascending).</param>
internal sealed record BeatGrid(double Bpm, double Confidence, double Period, int[] Beats);

/// <summary>
/// Tempo estimation and beat tracking on an onset strength envelope.
/// Tempo: generalized autocorrelation (|FFT|^0.5, Percival &amp; Tzanetakis 2014) of the envelope, enhanced by adding
/// its values at twice and four times the lag (so a lag whose multiples also repeat, the metrical pulse, wins over an
/// isolated one), weighted by a log-normal prior centred on 120 BPM (1.4 octaves wide, Ellis 2007).
/// Beats: Ellis' (2007) dynamic programme, which trades onset strength against deviations from the period
/// (penalty <c>-α·log²(Δ/P)</c>), then backtracks from the last strong beat. Confidence is the salience of the winning
/// autocorrelation peak over the median of the prior-weighted tempogram.
/// </summary>
internal static class BeatTracker
{
    private const double MinBpm = 40;
    private const double MaxBpm = 240;
    private const double PriorBpm = 120;
    private const double PriorOctaves = 1.4;
    private const double Tightness = 100;

    public static BeatGrid? Track(float[] onset, double frameRate, CancellationToken ct)
    {
        if (onset.Length < frameRate * 2) return null;
        var (mean, std) = MeanStd(onset);
        if (std <= 1e-6) return null;

        var acf = GeneralizedAutocorrelation(onset, mean);
        ct.ThrowIfCancellationRequested();
        var minLag = (int)Math.Floor(frameRate * 60 / MaxBpm);
        var maxLag = Math.Min((int)Math.Ceiling(frameRate * 60 / MinBpm), (acf.Length - 1) / 4 - 3);
        if (maxLag <= minLag + 2) return null;
        var score = new double[maxLag + 2];
        var priorLag = frameRate * 60 / PriorBpm;
        for (var lag = minLag; lag <= maxLag + 1; lag++)
        {
            var enhanced = acf[lag] + Near(acf, 2 * lag, 1) + Near(acf, 4 * lag, 2);
            var octaves = Math.Log2(lag / priorLag) / PriorOctaves;
            score[lag] = Math.Max(0, enhanced) * Math.Exp(-0.5 * octaves * octaves);
        }
        var best = minLag + 1;
        for (var lag = minLag + 1; lag <= maxLag; lag++)
            if (score[lag] > score[best]) best = lag;
        if (score[best] <= 0) return null;
        var period = best + ParabolicOffset(score[best - 1], score[best], score[best + 1]);

        var values = score[minLag..(maxLag + 1)];
        Array.Sort(values);
        var median = values[values.Length / 2];
        var confidence = Math.Clamp((score[best] - median) / score[best], 0, 1);

        var beats = Beats(onset, std, period, ct);
        if (beats.Length < 2) return new BeatGrid(60 * frameRate / period, confidence, period, beats);
        var fitted = FitPeriod(beats, period);
        return new BeatGrid(60 * frameRate / fitted, confidence, fitted, beats);
    }

    /// <summary>Autocorrelation as the inverse FFT of |X|^0.5 (mean removed, zero-padded), normalised to 1 at lag 0.</summary>
    private static double[] GeneralizedAutocorrelation(float[] onset, double mean)
    {
        var n = 1;
        while (n < 2 * onset.Length) n <<= 1;
        var buffer = new Complex[n];
        for (var i = 0; i < onset.Length; i++) buffer[i] = new Complex(onset[i] - mean, 0);
        Fourier.Forward(buffer, FourierOptions.AsymmetricScaling);
        for (var i = 0; i < n; i++) buffer[i] = new Complex(Math.Pow(buffer[i].Magnitude, 0.5), 0);
        Fourier.Inverse(buffer, FourierOptions.AsymmetricScaling);
        // Unbiased (divided by the overlap) so long lags are not penalised, then lightly smoothed.
        var raw = new double[onset.Length];
        var zero = buffer[0].Real;
        for (var i = 0; i < raw.Length; i++) raw[i] = zero > 0 ? buffer[i].Real / zero * onset.Length / (onset.Length - i) : 0;
        var result = new double[raw.Length];
        for (var i = 0; i < raw.Length; i++)
            result[i] = 0.5 * raw[i] + 0.25 * (raw[Math.Max(0, i - 1)] + raw[Math.Min(raw.Length - 1, i + 1)]);
        return result;
    }

    /// <summary>Largest value within <paramref name="radius"/> of <paramref name="index"/> (multiples of a fractional lag).</summary>
    private static double Near(double[] values, int index, int radius)
    {
        var best = double.NegativeInfinity;
        for (var i = Math.Max(0, index - radius); i <= Math.Min(values.Length - 1, index + radius); i++) best = Math.Max(best, values[i]);
        return best;
    }

    private static double ParabolicOffset(double a, double b, double c)
    {
        var denominator = a - 2 * b + c;
        return denominator < 0 ? Math.Clamp(0.5 * (a - c) / denominator, -0.5, 0.5) : 0;
    }

    /// <summary>Ellis' dynamic-programming beat tracker; returns beat frames.</summary>
    internal static int[] Beats(float[] onset, double std, double period, CancellationToken ct)
    {
        var n = onset.Length;
        // Local score: the envelope over its deviation, smoothed by a Gaussian of period/32 frames.
        var sigma = Math.Max(0.5, period / 32);
        var radius = (int)Math.Ceiling(3 * sigma);
        var kernel = new double[2 * radius + 1];
        for (var i = -radius; i <= radius; i++) kernel[i + radius] = Math.Exp(-0.5 * i * i / (sigma * sigma));
        var local = new double[n];
        for (var t = 0; t < n; t++)
        {
            double s = 0;
            for (var i = -radius; i <= radius; i++)
            {
                var j = t + i;
                if (j >= 0 && j < n) s += onset[j] * kernel[i + radius];
            }
            local[t] = s / std;
        }

        var minGap = Math.Max(1, (int)Math.Round(period / 2));
        var maxGap = Math.Max(minGap + 1, (int)Math.Round(2 * period));
        var penalty = new double[maxGap + 1];
        for (var d = minGap; d <= maxGap; d++)
        {
            var l = Math.Log(d / period);
            penalty[d] = -Tightness * l * l;
        }
        var cumulative = new double[n];
        var back = new int[n];
        var maxLocal = 0.0;
        foreach (var v in local) maxLocal = Math.Max(maxLocal, v);
        var started = false;
        for (var t = 0; t < n; t++)
        {
            if ((t & 4095) == 0) ct.ThrowIfCancellationRequested();
            var bestScore = double.NegativeInfinity;
            var bestIndex = -1;
            for (var d = minGap; d <= maxGap && t - d >= 0; d++)
            {
                var candidate = cumulative[t - d] + penalty[d];
                if (candidate > bestScore)
                {
                    bestScore = candidate;
                    bestIndex = t - d;
                }
            }
            // Before the first real onset a beat has no predecessor.
            if (!started && local[t] < 0.01 * maxLocal) bestIndex = -1;
            else started = true;
            cumulative[t] = local[t] + (bestIndex >= 0 ? bestScore : 0);
            back[t] = bestIndex;
        }

        // Last beat: the last local maximum of the cumulative score above half the median of such maxima.
        var maxima = new List<int>();
        for (var t = 1; t < n - 1; t++)
            if (cumulative[t] > cumulative[t - 1] && cumulative[t] >= cumulative[t + 1]) maxima.Add(t);
        if (maxima.Count == 0) return [];
        var sorted = maxima.Select(t => cumulative[t]).Order().ToArray();
        var threshold = 0.5 * sorted[sorted.Length / 2];
        var last = maxima[^1];
        for (var i = maxima.Count - 1; i >= 0; i--)
        {
            if (cumulative[maxima[i]] >= threshold)
            {
                last = maxima[i];
                break;
            }
        }
        var beats = new List<int>();
        for (var t = last; t >= 0; t = back[t]) beats.Add(t);
        beats.Reverse();
        return TrimWeak(beats, local);
    }

    /// <summary>Drops leading and trailing beats whose local score is below half the RMS of the beats' scores (librosa).</summary>
    private static int[] TrimWeak(List<int> beats, double[] local)
    {
        if (beats.Count < 3) return beats.ToArray();
        double sum = 0;
        foreach (var b in beats) sum += local[b] * local[b];
        var threshold = 0.5 * Math.Sqrt(sum / beats.Count);
        var first = 0;
        while (first < beats.Count - 1 && local[beats[first]] < threshold) first++;
        var end = beats.Count - 1;
        while (end > first && local[beats[end]] < threshold) end--;
        return beats.GetRange(first, end - first + 1).ToArray();
    }

    /// <summary>Least-squares period of the beat times against their index (robust to a few extra or missing beats).</summary>
    private static double FitPeriod(int[] beats, double period)
    {
        // Index each beat by its rounded distance in periods from the first, so a skipped beat does not bias the fit.
        var index = new double[beats.Length];
        for (var i = 1; i < beats.Length; i++)
            index[i] = index[i - 1] + Math.Max(1, Math.Round((beats[i] - beats[i - 1]) / period));
        double mi = 0, mt = 0;
        for (var i = 0; i < beats.Length; i++)
        {
            mi += index[i];
            mt += beats[i];
        }
        mi /= beats.Length;
        mt /= beats.Length;
        double num = 0, den = 0;
        for (var i = 0; i < beats.Length; i++)
        {
            num += (index[i] - mi) * (beats[i] - mt);
            den += (index[i] - mi) * (index[i] - mi);
        }
        var fitted = den > 0 ? num / den : period;
        return fitted > 0.8 * period && fitted < 1.25 * period ? fitted : period;
    }

    internal static (double Mean, double Std) MeanStd(ReadOnlySpan<float> values)
    {
        if (values.Length == 0) return (0, 0);
        double sum = 0, sq = 0;
        foreach (var v in values) sum += v;
        var mean = sum / values.Length;
        foreach (var v in values) sq += (v - mean) * (v - mean);
        return (mean, Math.Sqrt(sq / values.Length));
    }
}
