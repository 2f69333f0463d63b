namespace MediaCreator.Modules.Audio.Stems;

/// <summary>
/// Follows the bass line of a harmonic spectrogram and returns, per frame, a soft comb over its harmonics. The f0 of
/// each frame is the best sub-harmonic summation (Hermes 1988: Σ 0.85^(h−1)·|X(h·f0)|) over 30–160 Hz of the
/// centre-weighted harmonic magnitude; the comb (Gaussian, one bin wide, harmonics up to 2 kHz) is scaled by how
/// present the bass is: the frame's energy below 160 Hz against the segment's average and the frame's own energy.
/// </summary>
internal static class BassLine
{
    private const double MinF0 = 30;
    private const double MaxF0 = 160;
    private const double MaxHarmonicHz = 2000;
    private const int MaxHarmonics = 10;
    private const double Decay = 0.85;
    private const int StepsPerSemitone = 8;

    /// <returns>Weights in [0, 1], <c>[frame][bin]</c>.</returns>
    public static float[][] Comb(float[][] harmonic, float[][] centreWeight, double binHz, CancellationToken ct)
    {
        var frames = harmonic.Length;
        var bins = frames == 0 ? 0 : harmonic[0].Length;
        var top = Math.Min(bins - 1, (int)Math.Ceiling(MaxHarmonicHz / binHz) + 2);
        var lowTop = (int)Math.Floor(MaxF0 / binHz);
        var lowBottom = (int)Math.Ceiling(MinF0 / binHz);

        var weighted = new float[frames][];
        var lowEnergy = new double[frames];
        var frameEnergy = new double[frames];
        for (var t = 0; t < frames; t++)
        {
            var row = new float[top + 1];
            for (var k = 0; k <= top; k++)
            {
                row[k] = harmonic[t][k] * centreWeight[t][k];
                var e = (double)row[k] * row[k];
                frameEnergy[t] += e;
                if (k >= lowBottom && k <= lowTop) lowEnergy[t] += e;
            }
            weighted[t] = row;
        }
        var meanLow = frames == 0 ? 0 : lowEnergy.Average();

        var candidates = new List<double>();
        for (var f = MinF0; f <= MaxF0; f *= Math.Pow(2, 1.0 / (12 * StepsPerSemitone))) candidates.Add(f);

        var result = new float[frames][];
        for (var t = 0; t < frames; t++)
        {
            if ((t & 63) == 0) ct.ThrowIfCancellationRequested();
            var comb = new float[bins];
            result[t] = comb;
            var denominator = lowEnergy[t] + 0.05 * meanLow + 0.05 * frameEnergy[t];
            var presence = denominator > 1e-20 ? lowEnergy[t] / denominator : 0;
            if (presence < 1e-3) continue;

            var row = weighted[t];
            double bestSalience = 0, f0 = 0;
            foreach (var candidate in candidates)
            {
                double salience = 0, weight = 1;
                var harmonics = Math.Min(MaxHarmonics, (int)(MaxHarmonicHz / candidate));
                for (var h = 1; h <= harmonics; h++, weight *= Decay)
                    salience += weight * Interpolate(row, h * candidate / binHz);
                if (salience > bestSalience)
                {
                    bestSalience = salience;
                    f0 = candidate;
                }
            }
            if (f0 <= 0) continue;
            for (var k = 1; k <= top; k++)
            {
                var f = k * binHz;
                if (f > MaxHarmonicHz + binHz) break;
                var h = Math.Max(1, Math.Round(f / f0));
                var distance = (f - h * f0) / binHz;
                comb[k] = (float)(presence * Math.Exp(-0.5 * distance * distance));
            }
        }
        return result;
    }

    private static double Interpolate(float[] row, double position)
    {
        var i = (int)position;
        if (i + 1 >= row.Length) return 0;
        var frac = position - i;
        return row[i] * (1 - frac) + row[i + 1] * frac;
    }
}
