using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Analysis;

/// <summary>
/// Key by profile correlation (Krumhansl–Schmuckler method with Temperley's 2007 corpus profiles, made harmonic-aware as Gómez 2006): the
/// song's pitch-class distribution — frame chroma, each frame normalised then compressed so loud passages do not dominate,
/// plus the bass chroma that carries the tonic — is correlated with the 24 rotated profiles; the keys of the opening and closing chords get a small bonus. Confidence is the
/// winner's softmax weight among the 24 correlations (temperature 0.05).
/// </summary>
internal static class KeyFinder
{
    public static readonly string[] PitchNames = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

    // Temperley (2007) Kostka–Payne corpus profiles.
    private static readonly double[] MajorProfile = [0.748, 0.060, 0.488, 0.082, 0.670, 0.460, 0.096, 0.715, 0.104, 0.366, 0.057, 0.400];
    private static readonly double[] MinorProfile = [0.712, 0.084, 0.474, 0.618, 0.049, 0.460, 0.105, 0.747, 0.404, 0.067, 0.133, 0.330];

    /// <summary>Correlation bonus for the key whose tonic triad opens, and again for the one that closes, the piece.</summary>
    private const double CadenceBonus = 0.1;

    // The profiles as a spectrum-based chroma sees them: each pitch class also sounds its harmonics (Gómez 2006),
    // amplitude 0.6^(h-1) for h = 1..4 — octaves fold onto the note, the 3rd harmonic onto its fifth.
    private static readonly double[] HarmonicMajor = WithHarmonics(MajorProfile);
    private static readonly double[] HarmonicMinor = WithHarmonics(MinorProfile);

    private static double[] WithHarmonics(double[] profile)
    {
        var result = new double[12];
        for (var pc = 0; pc < 12; pc++)
        {
            result[pc] += profile[pc] * (1 + 0.6 + 0.216);
            result[(pc + 7) % 12] += profile[pc] * 0.36;
        }
        return result;
    }

    /// <param name="chords">Recognised chords, when available: pieces mostly open and close on the tonic chord, which
    /// separates keys the profiles confuse (relative major/minor share their notes).</param>
    public static KeyEstimate? Estimate(float[][] chroma, float[][] bass, IReadOnlyList<ChordSpan>? chords = null)
    {
        var histogram = PitchClassHistogram(chroma, bass);
        if (histogram.Sum() <= 0) return null;
        var correlations = new double[24];
        for (var key = 0; key < 24; key++)
        {
            var profile = key < 12 ? HarmonicMajor : HarmonicMinor;
            var tonic = key % 12;
            var rotated = new double[12];
            for (var pc = 0; pc < 12; pc++) rotated[(pc + tonic) % 12] = profile[pc];
            correlations[key] = Pearson(histogram, rotated);
        }
        var held = chords?.Where(c => c.Chord != "N" && c.End - c.Start >= 1).ToList() ?? [];
        if (held.Count >= 2)
        {
            foreach (var span in (ChordSpan[])[held[0], held[^1]])
            {
                var key = ChordKeyIndex(span.Chord);
                if (key >= 0) correlations[key] += CadenceBonus;
            }
        }
        var best = 0;
        for (var key = 1; key < 24; key++) if (correlations[key] > correlations[best]) best = key;
        double total = 0;
        for (var key = 0; key < 24; key++) total += Math.Exp((correlations[key] - correlations[best]) / 0.05);
        return new KeyEstimate(PitchNames[best % 12], best >= 12, Math.Clamp(1 / total, 0, 1));
    }

    /// <summary>The key index (0..11 major, 12..23 minor) whose tonic triad is <paramref name="symbol"/>.</summary>
    private static int ChordKeyIndex(string symbol)
    {
        var minor = symbol.EndsWith('m');
        var root = Array.IndexOf(PitchNames, minor ? symbol[..^1] : symbol);
        return root < 0 ? -1 : root + (minor ? 12 : 0);
    }

    internal static double[] PitchClassHistogram(float[][] chroma, float[][] bass)
    {
        var histogram = new double[12];
        var peaks = new float[chroma.Length];
        var loudest = 0f;
        for (var t = 0; t < chroma.Length; t++)
        {
            for (var pc = 0; pc < 12; pc++) peaks[t] = Math.Max(peaks[t], chroma[t][pc] + bass[t][pc]);
            loudest = Math.Max(loudest, peaks[t]);
        }
        for (var t = 0; t < chroma.Length; t++)
        {
            var frame = chroma[t];
            var max = peaks[t];
            // Frames 40 dB below the loudest are silence or reverb tails.
            if (max <= 0.01f * loudest) continue;
            for (var pc = 0; pc < 12; pc++) histogram[pc] += Math.Sqrt((frame[pc] + bass[t][pc]) / max);
        }
        return histogram;
    }

    private static double Pearson(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), num = 0, da = 0, db = 0;
        for (var i = 0; i < a.Length; i++)
        {
            num += (a[i] - ma) * (b[i] - mb);
            da += (a[i] - ma) * (a[i] - ma);
            db += (b[i] - mb) * (b[i] - mb);
        }
        return da > 0 && db > 0 ? num / Math.Sqrt(da * db) : 0;
    }
}
