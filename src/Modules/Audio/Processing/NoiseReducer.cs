using MathNet.Numerics.IntegralTransforms;
using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Processing;

/// <summary>What a noise-reduction pass did.</summary>
internal readonly record struct NoiseReductionReport(double NoiseFloorDbfs, double ProfileSeconds, double MaxReductionDb, double MeanReductionDb);

/// <summary>
/// Spectral noise reduction. The noise power spectrum is the mean power spectrum of the quietest 10% of frames
/// (digital silence excluded), as in Audacity's noise profile or a minimum-statistics tracker over the whole clip.
/// Each STFT frame (Hann, 75% overlap, ~46 ms) then gets the Wiener gain <c>ξ/(1+ξ)</c> with the a-priori SNR ξ from
/// Ephraim &amp; Malah's decision-directed estimate (α = 0.98), which smooths the gain over time and is the classic cure
/// for "musical noise"; the gains are further smoothed across neighbouring bins and floored. Strength 0..1 scales the
/// noise over-estimate (1..2×) and the deepest cut (0..30 dB); strength 0 leaves the audio unchanged. The same gains are
/// applied to every channel (computed from the channels' mean power) so the stereo image stays put.
/// </summary>
internal static class NoiseReducer
{
    private const double DecisionDirected = 0.98;
    private const double QuietFraction = 0.10;

    public static NoiseReductionReport Apply(AudioBuffer audio, double strength, IProgress<double>? progress, CancellationToken ct)
    {
        strength = Math.Clamp(strength, 0, 1);
        var rate = audio.SampleRate;
        var size = rate >= 32000 ? 2048 : rate >= 16000 ? 1024 : 512;
        var hop = size / 4;
        var bins = size / 2 + 1;
        var length = audio.Length;
        var channels = audio.Channels;
        var count = channels.Length;
        var window = new double[size];
        for (var i = 0; i < size; i++) window[i] = 0.5 - 0.5 * Math.Cos(2 * Math.PI * i / size);
        var frames = length / hop + 1;

        // Pass 1: frame energies, then the noise spectrum from the quietest frames.
        var energy = new double[frames];
        for (var t = 0; t < frames; t++)
        {
            var start = t * hop - size / 2;
            double sum = 0;
            for (var c = 0; c < count; c++)
            {
                var channel = channels[c];
                for (var i = Math.Max(0, -start); i < size && start + i < length; i++)
                {
                    var s = channel[start + i] * window[i];
                    sum += s * s;
                }
            }
            energy[t] = sum;
        }
        var candidates = new List<int>(frames);
        for (var t = 0; t < frames; t++) if (energy[t] > 1e-12) candidates.Add(t);
        if (candidates.Count == 0) return new NoiseReductionReport(double.NegativeInfinity, 0, 0, 0);
        candidates.Sort((a, b) => energy[a].CompareTo(energy[b]));
        var quiet = Math.Max(1, Math.Min(candidates.Count, Math.Max(5, (int)(candidates.Count * QuietFraction))));
        var noise = new double[bins];
        var buffer = new double[size + 2];
        for (var q = 0; q < quiet; q++)
        {
            var start = candidates[q] * hop - size / 2;
            for (var c = 0; c < count; c++)
            {
                Analyse(channels[c], start, window, buffer, size);
                for (var k = 0; k < bins; k++) noise[k] += (buffer[2 * k] * buffer[2 * k] + buffer[2 * k + 1] * buffer[2 * k + 1]) / count;
            }
        }
        var windowPower = 0.0;
        foreach (var w in window) windowPower += w * w;
        var noiseTotal = 0.0;
        for (var k = 0; k < bins; k++)
        {
            noise[k] /= quiet;
            noiseTotal += (k == 0 || k == bins - 1 ? 1 : 2) * noise[k];
        }
        // Parseval: mean square of the windowed frame = sum |X|^2 / (N * sum w^2).
        var floorDb = 10 * Math.Log10(noiseTotal / (size * windowPower) + 1e-20);
        if (strength <= 0) return new NoiseReductionReport(floorDb, quiet * (double)hop / rate, 0, 0);

        // Pass 2: Wiener gains with decision-directed a-priori SNR, overlap-added back.
        var overEstimate = 1 + strength;
        for (var k = 0; k < bins; k++) noise[k] = Math.Max(noise[k] * overEstimate, 1e-20);
        var floorGain = Math.Pow(10, -30 * strength / 20);
        var output = new double[count][];
        for (var c = 0; c < count; c++) output[c] = new double[length];
        var norm = new double[length];
        var spectra = new double[count][];
        for (var c = 0; c < count; c++) spectra[c] = new double[size + 2];
        var previousClean = new double[bins];
        var gain = new double[bins];
        var smoothed = new double[bins];
        double sumReduction = 0, maxReduction = 0;
        for (var t = 0; t < frames; t++)
        {
            if ((t & 63) == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report((double)t / frames);
            }
            var start = t * hop - size / 2;
            for (var c = 0; c < count; c++) Analyse(channels[c], start, window, spectra[c], size);
            for (var k = 0; k < bins; k++)
            {
                double power = 0;
                for (var c = 0; c < count; c++)
                {
                    var s = spectra[c];
                    power += (s[2 * k] * s[2 * k] + s[2 * k + 1] * s[2 * k + 1]) / count;
                }
                var posterior = power / noise[k];
                var prior = t == 0
                    ? Math.Max(posterior - 1, 0)
                    : DecisionDirected * previousClean[k] / noise[k] + (1 - DecisionDirected) * Math.Max(posterior - 1, 0);
                gain[k] = prior / (1 + prior);
                previousClean[k] = gain[k] * gain[k] * power;
            }
            smoothed[0] = gain[0];
            smoothed[bins - 1] = gain[bins - 1];
            for (var k = 1; k < bins - 1; k++) smoothed[k] = 0.25 * gain[k - 1] + 0.5 * gain[k] + 0.25 * gain[k + 1];
            double frameMean = 0;
            for (var k = 0; k < bins; k++)
            {
                var g = Math.Max(smoothed[k], floorGain);
                smoothed[k] = g;
                frameMean += g;
            }
            var frameReduction = -20 * Math.Log10(frameMean / bins);
            sumReduction += frameReduction;
            maxReduction = Math.Max(maxReduction, frameReduction);
            for (var c = 0; c < count; c++)
            {
                var s = spectra[c];
                for (var k = 0; k < bins; k++)
                {
                    s[2 * k] *= smoothed[k];
                    s[2 * k + 1] *= smoothed[k];
                }
                Fourier.InverseReal(s, size, FourierOptions.AsymmetricScaling);
                var o = output[c];
                for (var i = Math.Max(0, -start); i < size && start + i < length; i++) o[start + i] += s[i] * window[i];
            }
            for (var i = Math.Max(0, -start); i < size && start + i < length; i++) norm[start + i] += window[i] * window[i];
        }
        for (var c = 0; c < count; c++)
        {
            var channel = channels[c];
            var o = output[c];
            for (var i = 0; i < length; i++) channel[i] = norm[i] > 1e-9 ? (float)(o[i] / norm[i]) : 0f;
        }
        return new NoiseReductionReport(floorDb, quiet * (double)hop / rate, maxReduction, sumReduction / frames);
    }

    /// <summary>Windows the frame starting at <paramref name="start"/> (zero outside the signal) and FFTs it in place (packed real format).</summary>
    private static void Analyse(float[] channel, int start, double[] window, double[] buffer, int size)
    {
        for (var i = 0; i < size; i++)
        {
            var n = start + i;
            buffer[i] = n >= 0 && n < channel.Length ? channel[n] * window[i] : 0;
        }
        buffer[size] = 0;
        buffer[size + 1] = 0;
        Fourier.ForwardReal(buffer, size, FourierOptions.AsymmetricScaling);
    }
}
