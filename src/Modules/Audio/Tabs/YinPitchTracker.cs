using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace MediaCreator.Modules.Audio.Tabs;

/// <summary>One analysis frame of a pitch track: time (centre, seconds), frequency (0 when unvoiced), YIN aperiodicity
/// (the cumulative mean normalised difference at the chosen lag) and RMS level.</summary>
internal readonly record struct PitchFrame(double Time, double Frequency, double Aperiodicity, double Rms)
{
    public bool Voiced => Frequency > 0;

    /// <summary>Fractional MIDI note number (NaN when unvoiced).</summary>
    public double Midi => Voiced ? 69 + 12 * Math.Log2(Frequency / 440.0) : double.NaN;
}

/// <summary>A pitch track at a fixed hop, with the short-time level envelope used for onset detection.</summary>
internal sealed record PitchTrack(IReadOnlyList<PitchFrame> Frames, double HopSeconds);

/// <summary>
/// Monophonic fundamental-frequency tracking with YIN (de Cheveigné &amp; Kawahara 2002): difference function (computed
/// through the FFT), cumulative mean normalised difference, absolute threshold with the first dip below it followed
/// to its minimum, and parabolic interpolation of the lag. Works on a mono downmix resampled to ~22.05 kHz with a
/// 10 ms hop; the integration window covers at least one period of the lowest pitch searched (≥ 23 ms).
/// A frame is voiced when its aperiodicity is under <see cref="VoicingThreshold"/> and its level is within
/// <see cref="SilenceDb"/> of the loud frames.
/// </summary>
internal sealed class YinPitchTracker(double minHz, double maxHz)
{
    public const int AnalysisRate = 22050;

    /// <summary>YIN's absolute threshold on the normalised difference (paper: 0.1–0.15).</summary>
    public double Threshold { get; init; } = 0.15;

    /// <summary>Frames whose best normalised difference exceeds this are unvoiced.</summary>
    public double VoicingThreshold { get; init; } = 0.3;

    /// <summary>Frames quieter than the 95th-percentile frame level by more than this are unvoiced.</summary>
    public double SilenceDb { get; init; } = 40;

    public double HopSeconds { get; init; } = 0.010;

    public PitchTrack Track(float[] mono, int sampleRate, CancellationToken ct = default)
    {
        var x = sampleRate > AnalysisRate * 1.05 ? Resampler.Resample(mono, sampleRate, AnalysisRate) : mono;
        var rate = sampleRate > AnalysisRate * 1.05 ? AnalysisRate : sampleRate;
        var tauMin = Math.Max(2, (int)Math.Floor(rate / maxHz));
        var tauMax = (int)Math.Ceiling(rate / minHz) + 1;
        var window = Math.Max((int)Math.Round(0.023 * rate), tauMax + 2);
        var span = window + tauMax;
        var fftSize = 1;
        while (fftSize < span) fftSize <<= 1;
        var hop = Math.Max(1, (int)Math.Round(HopSeconds * rate));

        var prefix = new double[x.Length + 1];
        for (var i = 0; i < x.Length; i++) prefix[i + 1] = prefix[i] + (double)x[i] * x[i];

        var frameCount = x.Length >= span ? (x.Length - span) / hop + 1 : 0;
        var raw = new (double Tau, double Aperiodicity, double Rms)[frameCount];
        var a = new Complex[fftSize];
        var b = new Complex[fftSize];
        var diff = new double[tauMax + 1];
        var cmnd = new double[tauMax + 1];
        for (var frame = 0; frame < frameCount; frame++)
        {
            if ((frame & 63) == 0) ct.ThrowIfCancellationRequested();
            var start = frame * hop;
            Array.Clear(a);
            Array.Clear(b);
            for (var j = 0; j < window; j++) a[j] = new Complex(x[start + j], 0);
            for (var j = 0; j < span; j++) b[j] = new Complex(x[start + j], 0);
            Fourier.Forward(a, FourierOptions.AsymmetricScaling);
            Fourier.Forward(b, FourierOptions.AsymmetricScaling);
            for (var k = 0; k < fftSize; k++) b[k] = Complex.Conjugate(a[k]) * b[k];
            Fourier.Inverse(b, FourierOptions.AsymmetricScaling);

            // d(τ) = Σ x_j² + Σ x_{j+τ}² − 2 Σ x_j x_{j+τ} over the window.
            var e0 = prefix[start + window] - prefix[start];
            for (var tau = 0; tau <= tauMax; tau++)
            {
                var eTau = prefix[start + tau + window] - prefix[start + tau];
                diff[tau] = Math.Max(0, e0 + eTau - 2 * b[tau].Real);
            }
            raw[frame] = (Estimate(diff, cmnd, tauMin, tauMax, out var aperiodicity), aperiodicity, Math.Sqrt(e0 / window));
        }

        var loud = raw.Select(r => r.Rms).OrderBy(v => v).ElementAtOrDefault((int)(raw.Length * 0.95));
        var gate = Math.Max(1e-4, loud * Math.Pow(10, -SilenceDb / 20));
        var frames = new PitchFrame[frameCount];
        for (var frame = 0; frame < frameCount; frame++)
        {
            var (tau, aperiodicity, rms) = raw[frame];
            var voiced = tau > 0 && aperiodicity < VoicingThreshold && rms >= gate;
            var time = (frame * hop + window / 2.0) / rate;
            frames[frame] = new PitchFrame(time, voiced ? rate / tau : 0, aperiodicity, rms);
        }
        return new PitchTrack(frames, (double)hop / rate);
    }

    /// <summary>Steps 3–5 of YIN on one difference function: returns the interpolated lag (0 if none).</summary>
    private double Estimate(double[] diff, double[] cmnd, int tauMin, int tauMax, out double aperiodicity)
    {
        cmnd[0] = 1;
        double running = 0;
        for (var tau = 1; tau <= tauMax; tau++)
        {
            running += diff[tau];
            cmnd[tau] = running > 0 ? diff[tau] * tau / running : 1;
        }
        var chosen = -1;
        for (var tau = tauMin; tau < tauMax; tau++)
        {
            if (cmnd[tau] >= Threshold) continue;
            while (tau + 1 < tauMax && cmnd[tau + 1] < cmnd[tau]) tau++;
            chosen = tau;
            break;
        }
        if (chosen < 0)
        {
            // No dip under the threshold: the global minimum, judged by the voicing threshold.
            chosen = tauMin;
            for (var tau = tauMin + 1; tau < tauMax; tau++)
                if (cmnd[tau] < cmnd[chosen]) chosen = tau;
        }
        aperiodicity = cmnd[chosen];
        if (chosen <= tauMin || chosen >= tauMax) return chosen;
        // Parabolic interpolation of the minimum of d'.
        double y0 = cmnd[chosen - 1], y1 = cmnd[chosen], y2 = cmnd[chosen + 1];
        var denominator = y0 - 2 * y1 + y2;
        var shift = denominator > 1e-12 ? 0.5 * (y0 - y2) / denominator : 0;
        return chosen + Math.Clamp(shift, -0.5, 0.5);
    }
}

/// <summary>Band-limited resampling by windowed-sinc interpolation (Blackman window, 16 zero crossings each side);
/// the kernel is tabulated per phase when the rate ratio is a small fraction (44.1/48 kHz → 22.05 kHz).</summary>
internal static class Resampler
{
    private const int Zeros = 16;

    public static float[] Resample(float[] input, int fromRate, int toRate)
    {
        if (fromRate == toRate) return input;
        var ratio = (double)toRate / fromRate;
        var cutoff = Math.Min(1.0, ratio) * 0.95;
        var half = (int)Math.Ceiling(Zeros / cutoff);
        var g = Gcd(fromRate, toRate);
        int up = toRate / g, down = fromRate / g;
        var output = new float[(int)Math.Floor(input.Length * ratio)];
        if (up <= 1024)
        {
            // Output n sits at input position n·down/up: phase (n·down mod up)/up past sample floor(n·down/up).
            var table = new double[up][];
            for (var phase = 0; phase < up; phase++)
            {
                table[phase] = new double[2 * half];
                for (var i = 0; i < 2 * half; i++) table[phase][i] = Kernel((double)phase / up + half - 1 - i, cutoff, half);
            }
            for (var n = 0; n < output.Length; n++)
            {
                var position = (long)n * down;
                var centre = (int)(position / up);
                var weights = table[(int)(position % up)];
                double sum = 0;
                for (var i = 0; i < weights.Length; i++)
                {
                    var k = centre - half + 1 + i;
                    if ((uint)k < (uint)input.Length) sum += input[k] * weights[i];
                }
                output[n] = (float)sum;
            }
            return output;
        }
        for (var n = 0; n < output.Length; n++)
        {
            var t = n / ratio;
            var centre = (int)Math.Floor(t);
            double sum = 0;
            for (var k = centre - half + 1; k <= centre + half; k++)
                if (k >= 0 && k < input.Length) sum += input[k] * Kernel(t - k, cutoff, half);
            output[n] = (float)sum;
        }
        return output;
    }

    private static double Kernel(double distance, double cutoff, int half)
    {
        if (Math.Abs(distance) >= half) return 0;
        var w = 0.42 + 0.5 * Math.Cos(Math.PI * distance / half) + 0.08 * Math.Cos(2 * Math.PI * distance / half);
        var arg = Math.PI * cutoff * distance;
        var sinc = Math.Abs(arg) < 1e-9 ? 1 : Math.Sin(arg) / arg;
        return cutoff * sinc * w;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
