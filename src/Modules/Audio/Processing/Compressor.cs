using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Processing;

/// <summary>What a compressor pass did.</summary>
internal readonly record struct CompressionReport(double MaxGainReductionDb, double MeanGainReductionDb);

/// <summary>
/// Feed-forward downward compressor after Giannoulis, Massberg &amp; Reiss (JAES 2012): a stereo-linked RMS detector
/// (mean square of the channels, 10 ms averaging), a soft-knee static curve in the log domain and a "smooth decoupled"
/// attack/release filter on the gain reduction, then make-up gain. The same gain is applied to every channel so the
/// stereo image does not move.
/// </summary>
internal static class Compressor
{
    private const double KneeDb = 6;
    private const double RmsSeconds = 0.010;

    public static CompressionReport Apply(AudioBuffer audio, CompressSpec spec, CancellationToken ct)
    {
        var rate = audio.SampleRate;
        var channels = audio.Channels;
        var count = channels.Length;
        var rmsCoef = Math.Exp(-1.0 / (RmsSeconds * rate));
        var attack = Math.Exp(-1.0 / (Math.Max(0.01, spec.AttackMs) / 1000 * rate));
        var release = Math.Exp(-1.0 / (Math.Max(0.1, spec.ReleaseMs) / 1000 * rate));
        var slope = 1 - 1 / spec.Ratio;
        var makeup = Math.Pow(10, spec.MakeupDb / 20);
        double meanSquare = 0, state1 = 0, reduction = 0, maxReduction = 0, sumReduction = 0;
        for (var i = 0; i < audio.Length; i++)
        {
            if ((i & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            double power = 0;
            for (var c = 0; c < count; c++) power += channels[c][i] * channels[c][i];
            power /= count;
            meanSquare = rmsCoef * meanSquare + (1 - rmsCoef) * power;
            var levelDb = 10 * Math.Log10(meanSquare + 1e-20);
            var target = StaticReductionDb(levelDb, spec.ThresholdDb, slope);
            // Smooth decoupled peak detector on the gain reduction (Giannoulis et al., eq. 17).
            state1 = Math.Max(target, release * state1 + (1 - release) * target);
            reduction = attack * reduction + (1 - attack) * state1;
            maxReduction = Math.Max(maxReduction, reduction);
            sumReduction += reduction;
            var gain = (float)(Math.Pow(10, -reduction / 20) * makeup);
            for (var c = 0; c < count; c++) channels[c][i] *= gain;
        }
        return new CompressionReport(maxReduction, audio.Length == 0 ? 0 : sumReduction / audio.Length);
    }

    /// <summary>Gain reduction (positive dB) of the soft-knee static curve for an input level.</summary>
    public static double StaticReductionDb(double levelDb, double thresholdDb, double slope)
    {
        var over = levelDb - thresholdDb;
        if (2 * over <= -KneeDb) return 0;
        if (2 * over >= KneeDb) return slope * over;
        var x = over + KneeDb / 2;
        return slope * x * x / (2 * KneeDb);
    }
}
