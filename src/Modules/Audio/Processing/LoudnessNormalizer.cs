using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Dsp;

namespace MediaCreator.Modules.Audio.Processing;

/// <summary>What a normalization did.</summary>
internal sealed record NormalizationReport(
    double InputLufs, double OutputLufs, double GainDb, double LimiterDb, double OutputTruePeakDb, int Passes, bool Reached);

/// <summary>
/// Two-pass loudness normalization that measures after and corrects: measure the integrated loudness (BS.1770-4),
/// apply the gain to the target, run the look-ahead true-peak limiter where the gain pushes the true peak over the
/// ceiling, then measure the result again. Limiting lowers the loudness, so the gain is re-solved (secant steps on the
/// measured loudness-versus-gain curve) and the limiter re-run from the original until the integrated loudness is within
/// 0.1 LU of the target and the measured true peak is at or under the ceiling. This is the fix for the failure mode of
/// ffmpeg's single-pass <c>loudnorm</c>, which falls back to dynamic mode and misses its target on wide-range material.
/// </summary>
internal static class LoudnessNormalizer
{
    private const double Tolerance = 0.1;
    private const double MaxGainDb = 60;
    private const int MaxPasses = 10;

    /// <summary>Headroom kept under the ceiling for the difference between true-peak estimators (ours, ffmpeg's).</summary>
    private const double CeilingMarginDb = 0.2;

    public static (AudioBuffer Audio, NormalizationReport Report) Apply(AudioBuffer input, NormalizeSpec spec, IProgress<double>? progress, CancellationToken ct)
    {
        var before = LoudnessMeter.IntegratedLufs(input);
        if (double.IsNegativeInfinity(before) || double.IsNaN(before))
            return (input, new NormalizationReport(before, before, 0, 0, LoudnessMeter.TruePeakDb(input), 0, false));

        var target = spec.TargetLufs;
        var ceiling = spec.TruePeakDb;
        var limitAt = ceiling - CeilingMarginDb;
        var gainDb = Math.Min(MaxGainDb, target - before);
        var envelope = TruePeakLimiter.PeakEnvelope(input, ct);
        double? previousGain = null, previousLoudness = null;
        var settled = false;
        for (var pass = 1; pass <= MaxPasses; pass++)
        {
            ct.ThrowIfCancellationRequested();
            progress?.Report((pass - 1.0) / MaxPasses);
            var output = Amplified(input, gainDb);
            var limiter = TruePeakLimiter.Apply(output, limitAt, envelope, Math.Pow(10, gainDb / 20), ct: ct);
            var loudness = LoudnessMeter.IntegratedLufs(output);
            var error = target - loudness;
            if (Math.Abs(error) <= Tolerance || settled)
            {
                // Only a candidate answer pays for the true-peak measurement.
                var truePeak = LoudnessMeter.TruePeakDb(output);
                if (truePeak <= ceiling - CeilingMarginDb / 2)
                {
                    progress?.Report(1);
                    return (output, new NormalizationReport(before, loudness, gainDb, limiter, truePeak, pass, Math.Abs(error) <= Tolerance));
                }
                // The limiter's estimate and the meter's disagree by a hair: tighten the limiter, keep the gain.
                limitAt -= truePeak - (ceiling - CeilingMarginDb);
                continue;
            }
            // Secant step on the measured loudness-versus-gain curve (slope 1 until two points are known).
            var slope = 1.0;
            if (previousGain is { } g0 && previousLoudness is { } l0 && Math.Abs(gainDb - g0) > 1e-6)
                slope = Math.Clamp((loudness - l0) / (gainDb - g0), 0.05, 1.0);
            previousGain = gainDb;
            previousLoudness = loudness;
            var next = Math.Min(MaxGainDb, gainDb + error / slope);
            if (Math.Abs(next - gainDb) < 1e-4) settled = true; // at the gain cap: take what it gives
            else gainDb = next;
        }
        // Passes ran out (pathological material): the last gain, limited with a wider margin.
        var last = Amplified(input, gainDb);
        var lastLimiter = TruePeakLimiter.Apply(last, limitAt - 0.5, envelope, Math.Pow(10, gainDb / 20), ct: ct);
        progress?.Report(1);
        return (last, new NormalizationReport(before, LoudnessMeter.IntegratedLufs(last), gainDb, lastLimiter, LoudnessMeter.TruePeakDb(last), MaxPasses, false));
    }

    private static AudioBuffer Amplified(AudioBuffer input, double gainDb)
    {
        var output = input.Clone();
        var linear = (float)Math.Pow(10, gainDb / 20);
        foreach (var channel in output.Channels)
            for (var i = 0; i < channel.Length; i++) channel[i] *= linear;
        return output;
    }
}
