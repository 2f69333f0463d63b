using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Tests.Analysis;

/// <summary>The MIREX-style measures used to score an analysis against the truth.</summary>
internal static class AnalysisScores
{
    /// <summary>Within 4% of the truth.</summary>
    public static bool Accuracy1(double estimate, double truth) => Math.Abs(estimate - truth) <= 0.04 * truth;

    /// <summary>Within 4% of the truth or of its double, half, triple or third (metrical-level errors).</summary>
    public static bool Accuracy2(double estimate, double truth) =>
        new[] { 1.0, 2.0, 0.5, 3.0, 1.0 / 3 }.Any(f => Accuracy1(estimate, truth * f));

    /// <summary>MIREX key score: 1 same key, 0.5 a fifth away (same mode), 0.3 relative, 0.2 parallel, else 0.</summary>
    public static double KeyScore(KeyEstimate? estimate, int tonic, bool minor)
    {
        if (estimate is null) return 0;
        var estimated = Array.IndexOf(SongChordNames, estimate.Tonic);
        if (estimated == tonic && estimate.Minor == minor) return 1;
        if (estimate.Minor == minor && (estimated == (tonic + 7) % 12 || estimated == (tonic + 5) % 12)) return 0.5;
        if (!minor && estimate.Minor && estimated == (tonic + 9) % 12) return 0.3;
        if (minor && !estimate.Minor && estimated == (tonic + 3) % 12) return 0.3;
        if (estimated == tonic) return 0.2;
        return 0;
    }

    /// <summary>Share of the truth's time where the estimated chord symbol equals the true one (major/minor vocabulary).</summary>
    public static double ChordOverlap(IReadOnlyList<ChordSpan> estimate, IReadOnlyList<TruthChord> truth)
    {
        double total = 0, right = 0;
        foreach (var t in truth)
        {
            total += t.End - t.Start;
            foreach (var e in estimate)
            {
                if (e.Chord != t.Symbol) continue;
                var overlap = Math.Min(e.End, t.End) - Math.Max(e.Start, t.Start);
                if (overlap > 0) right += overlap;
            }
        }
        return total > 0 ? right / total : 0;
    }

    private static readonly string[] SongChordNames = TruthChord.Names;
}
