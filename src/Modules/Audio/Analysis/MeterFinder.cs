using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Analysis;

/// <summary>The meter and the pulse the tempo is reported on.</summary>
/// <param name="BeatsPerBar">Tracked beats per bar: 4 (4/4), 3 (3/4) or 2 (6/8, dotted-quarter beats).</param>
/// <param name="Ternary">Beats divide in three (compound meter).</param>
internal sealed record MeterGuess(MeterEstimate Meter, int BeatsPerBar, bool Ternary);

/// <summary>
/// Time signature from the tracked beats. Subdivision: the onset envelope sampled at 1/3 and 2/3 of each beat against
/// 1/2 (and 1/4, 3/4) of it says whether beats divide in three (compound) or two. Bar length: for 3 and 4 beats per bar,
/// how strongly one bar position stands out in beat-level features — the chord change (chroma novelty between
/// consecutive beats), the accent and the low-band (kick/bass) accent — as the spread of the per-position means over the
/// features' deviation (ties go to 4). Compound with 2 or 4 beats → 6/8 (beats are dotted quarters); simple with 3 →
/// 3/4; otherwise 4/4 (2/4 reads as 4/4).
/// </summary>
internal static class MeterFinder
{
    public static MeterGuess Estimate(SpectralFeatures features, BeatGrid grid, float[][] beatChroma)
    {
        var onset = features.Onset;
        var beats = grid.Beats;
        if (beats.Length < 8) return new MeterGuess(new MeterEstimate(4, 4, 0), 4, false);

        double binary = 0, ternary = 0;
        var intervals = 0;
        for (var i = 0; i + 1 < beats.Length; i++)
        {
            var start = beats[i];
            var length = beats[i + 1] - start;
            if (length < 6) continue;
            binary += Peak(onset, start + length / 2.0);
            binary += 0.5 * (Peak(onset, start + length / 4.0) + Peak(onset, start + 3 * length / 4.0));
            ternary += Peak(onset, start + length / 3.0) + Peak(onset, start + 2 * length / 3.0);
            intervals++;
        }
        var isTernary = intervals > 0 && ternary > 1.15 * binary;

        var accent = new double[beats.Length];
        var low = new double[beats.Length];
        for (var i = 0; i < beats.Length; i++)
        {
            accent[i] = Peak(onset, beats[i]);
            low[i] = Peak(features.LowOnset, beats[i]);
        }
        // Chroma novelty at beat i: change from the span before beat i to the span after it.
        // beatChroma[k] is the span between bounds k and k+1, where bounds start with 0 then the beats (see BeatSync).
        var novelty = new double[beats.Length];
        var offset = beatChroma.Length - beats.Length; // 1 when a span precedes the first beat
        for (var i = 0; i < beats.Length; i++)
        {
            var after = i + offset;
            var before = after - 1;
            if (before < 0 || after >= beatChroma.Length) continue;
            novelty[i] = 1 - BeatSync.Cosine(beatChroma[before], beatChroma[after]);
        }
        var three = Salience(novelty, 3) + 0.5 * (Salience(accent, 3) + Salience(low, 3));
        var four = Salience(novelty, 4) + 0.5 * (Salience(accent, 4) + Salience(low, 4));
        var margin = Math.Abs(three - four) / Math.Max(1e-9, Math.Max(three, four));
        var confidence = Math.Clamp(0.5 + margin, 0, 1);
        if (isTernary && four >= three) return new MeterGuess(new MeterEstimate(6, 8, confidence), 2, true);
        if (three > four) return new MeterGuess(new MeterEstimate(3, 4, confidence), 3, false);
        return new MeterGuess(new MeterEstimate(4, 4, confidence), 4, false);
    }

    /// <summary>Largest difference between the mean at one bar position and the overall mean, over the deviation.</summary>
    private static double Salience(double[] values, int period)
    {
        var n = values.Length;
        if (n < 2 * period) return 0;
        double mean = 0;
        foreach (var v in values) mean += v;
        mean /= n;
        double variance = 0;
        foreach (var v in values) variance += (v - mean) * (v - mean);
        var std = Math.Sqrt(variance / n);
        if (std <= 1e-12) return 0;
        var best = double.NegativeInfinity;
        for (var phase = 0; phase < period; phase++)
        {
            double sum = 0;
            var count = 0;
            for (var i = phase; i < n; i += period)
            {
                sum += values[i];
                count++;
            }
            best = Math.Max(best, sum / count - mean);
        }
        return best / std;
    }

    /// <summary>Largest envelope value within one frame of <paramref name="position"/>.</summary>
    private static double Peak(float[] envelope, double position)
    {
        var centre = (int)Math.Round(position);
        var best = 0f;
        for (var t = centre - 1; t <= centre + 1; t++)
            if (t >= 0 && t < envelope.Length) best = Math.Max(best, envelope[t]);
        return best;
    }
}
