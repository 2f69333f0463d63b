using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Analysis;

/// <summary>
/// Major/minor chord recognition: beat-synchronous chroma matched against 24 triad templates that include the first
/// harmonics of each note (Gómez 2006 style; the 3rd harmonic of a note sounds its fifth), plus "N" for no chord, with
/// the bass chroma favouring the chord whose root is in the bass. A 25-state HMM (uniform change probability) is decoded
/// with Viterbi so single-beat flickers are smoothed away; equal neighbours are merged.
/// </summary>
internal static class ChordRecognizer
{
    private const double Sharpness = 30;     // emission log-likelihood per unit of cosine similarity
    private const double StayProbability = 0.75;
    private const double BassWeight = 0.15;
    private const double NoChordSimilarity = 0.35;
    private const int States = 25;           // 0..11 major, 12..23 minor, 24 = N

    private static readonly float[][] Templates = BuildTemplates();

    public static string Symbol(int state) =>
        state == 24 ? "N" : KeyFinder.PitchNames[state % 12] + (state >= 12 ? "m" : "");

    public static IReadOnlyList<ChordSpan> Recognize(SpectralFeatures features, double[] bounds, CancellationToken ct)
    {
        var chroma = BeatSync.Mean(features.Chroma, features.ChromaRate, bounds);
        var bass = BeatSync.Mean(features.BassChroma, features.ChromaRate, bounds);
        var segments = chroma.Length;
        if (segments == 0) return [];
        var loudest = 0f;
        foreach (var c in chroma) loudest = Math.Max(loudest, c.Max());

        var emission = new double[segments][];
        for (var s = 0; s < segments; s++)
        {
            var e = new double[States];
            var max = chroma[s].Max();
            if (max <= 0.02f * loudest)
            {
                for (var k = 0; k < 24; k++) e[k] = 0;
                e[24] = Sharpness;
                emission[s] = e;
                continue;
            }
            var compressed = new float[12];
            for (var pc = 0; pc < 12; pc++) compressed[pc] = MathF.Sqrt(chroma[s][pc] / max);
            var bassMax = bass[s].Max();
            for (var k = 0; k < 24; k++)
            {
                var similarity = BeatSync.Cosine(compressed, Templates[k]);
                if (bassMax > 0) similarity += (float)(BassWeight * bass[s][k % 12] / bassMax);
                e[k] = Sharpness * similarity;
            }
            e[24] = Sharpness * NoChordSimilarity;
            emission[s] = e;
        }
        ct.ThrowIfCancellationRequested();

        var path = Viterbi(emission);
        var spans = new List<ChordSpan>();
        var start = 0;
        for (var s = 1; s <= segments; s++)
        {
            if (s < segments && path[s] == path[start]) continue;
            double confidence = 0;
            for (var i = start; i < s; i++) confidence += Posterior(emission[i], path[i]);
            spans.Add(new ChordSpan(Symbol(path[start]), bounds[start], bounds[s], confidence / (s - start)));
            start = s;
        }
        return spans;
    }

    /// <summary>The chosen state's share of the segment's emission likelihoods.</summary>
    private static double Posterior(double[] emission, int state)
    {
        var max = emission.Max();
        double total = 0;
        foreach (var e in emission) total += Math.Exp(e - max);
        return Math.Exp(emission[state] - max) / total;
    }

    private static int[] Viterbi(double[][] emission)
    {
        var stay = Math.Log(StayProbability);
        var change = Math.Log((1 - StayProbability) / (States - 1));
        var n = emission.Length;
        var score = (double[])emission[0].Clone();
        var back = new int[n][];
        for (var s = 1; s < n; s++)
        {
            back[s] = new int[States];
            var bestPrevious = 0;
            for (var k = 1; k < States; k++) if (score[k] > score[bestPrevious]) bestPrevious = k;
            var next = new double[States];
            for (var k = 0; k < States; k++)
            {
                var viaStay = score[k] + stay;
                var viaChange = score[bestPrevious] + change;
                if (viaStay >= viaChange || bestPrevious == k)
                {
                    next[k] = viaStay + emission[s][k];
                    back[s][k] = k;
                }
                else
                {
                    next[k] = viaChange + emission[s][k];
                    back[s][k] = bestPrevious;
                }
            }
            score = next;
        }
        var path = new int[n];
        var last = 0;
        for (var k = 1; k < States; k++) if (score[k] > score[last]) last = k;
        path[n - 1] = last;
        for (var s = n - 1; s > 0; s--) path[s - 1] = back[s][path[s]];
        return path;
    }

    private static float[][] BuildTemplates()
    {
        var templates = new float[24][];
        for (var k = 0; k < 24; k++)
        {
            var root = k % 12;
            var third = k < 12 ? 4 : 3;
            var t = new float[12];
            foreach (var interval in (int[])[0, third, 7])
            {
                var note = root + interval;
                // Harmonics 1..4 with amplitude 0.6^(h-1): octaves land on the note, the 3rd on its fifth.
                t[note % 12] += 1f + 0.6f + 0.216f;
                t[(note + 7) % 12] += 0.36f;
            }
            for (var pc = 0; pc < 12; pc++) t[pc] = MathF.Sqrt(t[pc]);
            templates[k] = t;
        }
        return templates;
    }
}
