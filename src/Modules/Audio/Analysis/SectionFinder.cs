using MediaCreator.Modules.Audio.Abstractions;

namespace MediaCreator.Modules.Audio.Analysis;

/// <summary>
/// Structural segmentation and labelling (Foote 2000; Paulus, Müller &amp; Klapuri 2010 survey). Per beat: chroma stacked
/// over one bar (time-delay embedding, so similarity means "same progression") and standardised mel timbre; a
/// self-similarity matrix averaging the chroma cosine and a Gaussian of the timbre distance (median width); a Gaussian-tapered checkerboard kernel (~6 s half width) slid
/// along its diagonal gives a novelty curve whose prominent peaks are the boundaries. Segments are grouped by their
/// best-aligned diagonal similarity (repetition), then labelled: the loudest repeated group is the chorus, the earliest
/// other repeated group the verse (a group always followed by the chorus is the pre-chorus), a quiet or unrepeated first
/// or last segment is the intro or outro, other unrepeated middle segments are bridges.
/// </summary>
internal static class SectionFinder
{
    private const double KernelSeconds = 6;
    private const double MinSectionSeconds = 6;
    private const double RepeatSimilarity = 0.75;

    public static IReadOnlyList<SectionSpan> Find(
        SpectralFeatures features, double[] bounds, float[][] beatChroma, double[] beatLevelDb, CancellationToken ct)
    {
        var n = beatChroma.Length;
        var duration = bounds[^1];
        if (n < 8) return [new SectionSpan(SectionKind.Other, 0, duration, 0)];
        var timbre = BeatSync.Mean(features.MelDb, features.OnsetRate, bounds);
        var similarity = SelfSimilarity(beatChroma, timbre);
        ct.ThrowIfCancellationRequested();

        var beatSeconds = duration / n;
        var half = Math.Clamp((int)Math.Round(KernelSeconds / beatSeconds), 3, 48);
        var novelty = Novelty(similarity, half);
        var minGap = Math.Max(2, (int)Math.Round(MinSectionSeconds / beatSeconds));
        var cuts = PickBoundaries(novelty, minGap);

        var starts = new List<int> { 0 };
        starts.AddRange(cuts);
        var segments = starts.Count;
        var ends = starts.Skip(1).Append(n).ToArray();
        var energy = new double[segments];
        for (var s = 0; s < segments; s++)
        {
            double sum = 0;
            for (var i = starts[s]; i < ends[s]; i++) sum += beatLevelDb[i];
            energy[s] = sum / (ends[s] - starts[s]);
        }
        var pair = new double[segments, segments];
        for (var a = 0; a < segments; a++)
            for (var b = a + 1; b < segments; b++)
                pair[a, b] = pair[b, a] = Diagonal(similarity, starts[a], ends[a], starts[b], ends[b]);
        var cluster = Cluster(pair, segments);
        var labels = Label(cluster, energy, segments);

        var maxNovelty = Math.Max(1e-9, novelty.Max());
        var result = new List<SectionSpan>();
        for (var s = 0; s < segments; s++)
        {
            var edge = 0.0;
            var edges = 0;
            if (s > 0) { edge += novelty[starts[s]] / maxNovelty; edges++; }
            if (s < segments - 1) { edge += novelty[ends[s]] / maxNovelty; edges++; }
            var repeat = 0.5;
            for (var o = 0; o < segments; o++) if (o != s && cluster[o] == cluster[s]) repeat = Math.Max(repeat, pair[s, o]);
            var confidence = Math.Clamp(0.5 * (edges > 0 ? edge / edges : 0.5) + 0.5 * repeat, 0, 1);
            var start = bounds[starts[s]];
            var end = bounds[ends[s]];
            if (result.Count > 0 && result[^1].Label == labels[s] && (s == 0 || cluster[s] == cluster[s - 1]))
                result[^1] = result[^1] with { End = end, Confidence = 0.5 * (result[^1].Confidence + confidence) };
            else
                result.Add(new SectionSpan(labels[s], start, end, confidence));
        }
        return result;
    }

    private static float[][] SelfSimilarity(float[][] chroma, float[][] timbre)
    {
        var n = chroma.Length;
        const int embed = 4;
        var chromaVectors = new float[n][];
        for (var i = 0; i < n; i++)
        {
            var v = new float[12 * embed];
            for (var e = 0; e < embed; e++)
            {
                var source = chroma[Math.Min(n - 1, i + e)];
                var max = source.Max();
                if (max <= 0) continue;
                for (var pc = 0; pc < 12; pc++) v[12 * e + pc] = MathF.Sqrt(source[pc] / max);
            }
            chromaVectors[i] = v;
        }
        var dims = timbre[0].Length;
        var timbreVectors = new float[n][];
        for (var d = 0; d < dims; d++)
        {
            double mean = 0, sq = 0;
            for (var i = 0; i < n; i++) mean += timbre[i][d];
            mean /= n;
            for (var i = 0; i < n; i++) sq += (timbre[i][d] - mean) * (timbre[i][d] - mean);
            var std = Math.Sqrt(sq / n) + 1e-6;
            for (var i = 0; i < n; i++)
            {
                timbreVectors[i] ??= new float[dims];
                timbreVectors[i][d] = (float)((timbre[i][d] - mean) / std);
            }
        }
        // Timbre similarity: a Gaussian of the Euclidean distance, its width the median pairwise distance.
        var distances = new float[n][];
        var all = new float[n * (n - 1) / 2];
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            distances[i] = new float[n];
            for (var j = i + 1; j < n; j++)
            {
                float d2 = 0;
                for (var d = 0; d < dims; d++)
                {
                    var diff = timbreVectors[i][d] - timbreVectors[j][d];
                    d2 += diff * diff;
                }
                distances[i][j] = d2;
                all[k++] = d2;
            }
        }
        Array.Sort(all);
        var width = Math.Max(1e-6f, all.Length > 0 ? all[all.Length / 2] : 1f);
        var s = new float[n][];
        for (var i = 0; i < n; i++) s[i] = new float[n];
        for (var i = 0; i < n; i++)
        {
            s[i][i] = 1;
            for (var j = i + 1; j < n; j++)
            {
                var value = 0.5f * BeatSync.Cosine(chromaVectors[i], chromaVectors[j]) + 0.5f * MathF.Exp(-distances[i][j] / width);
                s[i][j] = s[j][i] = value;
            }
        }
        return s;
    }

    /// <summary>Foote novelty: correlation of a Gaussian-tapered checkerboard kernel along the diagonal.</summary>
    private static double[] Novelty(float[][] s, int half)
    {
        var n = s.Length;
        var kernel = new double[2 * half, 2 * half];
        var sigma = 0.5 * half;
        for (var a = -half; a < half; a++)
            for (var b = -half; b < half; b++)
            {
                var ga = a + 0.5;
                var gb = b + 0.5;
                var sign = Math.Sign(ga) * Math.Sign(gb);
                kernel[a + half, b + half] = sign * Math.Exp(-(ga * ga + gb * gb) / (2 * sigma * sigma));
            }
        double weight = 0;
        foreach (var k in kernel) weight += Math.Abs(k);
        var novelty = new double[n + 1];
        for (var i = 1; i < n; i++)
        {
            // Out-of-range cells count as zero, so the song's edges do not read as boundaries.
            double sum = 0;
            for (var a = -half; a < half; a++)
            {
                var x = i + a;
                if (x < 0 || x >= n) continue;
                for (var b = -half; b < half; b++)
                {
                    var y = i + b;
                    if (y < 0 || y >= n) continue;
                    var k = kernel[a + half, b + half];
                    sum += k * s[x][y];
                }
            }
            novelty[i] = Math.Max(0, sum / weight);
        }
        return novelty;
    }

    /// <summary>Peaks that are the largest within <paramref name="minGap"/> beats and stand above the curve's typical level.</summary>
    private static List<int> PickBoundaries(double[] novelty, int minGap)
    {
        var n = novelty.Length - 1;
        var sorted = novelty[1..n].Order().ToArray();
        if (sorted.Length == 0) return [];
        var median = sorted[sorted.Length / 2];
        var max = sorted[^1];
        var threshold = median + 0.25 * (max - median);
        var candidates = new List<int>();
        for (var i = 1; i < n; i++)
        {
            if (novelty[i] < threshold) continue;
            var isPeak = true;
            for (var j = Math.Max(1, i - minGap); j <= Math.Min(n - 1, i + minGap) && isPeak; j++)
                if (novelty[j] > novelty[i] || (novelty[j] == novelty[i] && j < i)) isPeak = false;
            if (isPeak && i >= minGap / 2 && n - i >= minGap / 2) candidates.Add(i);
        }
        return candidates;
    }

    /// <summary>Mean similarity along the diagonal of two segments, best over small alignment shifts.</summary>
    private static double Diagonal(float[][] s, int a0, int a1, int b0, int b1)
    {
        var best = double.NegativeInfinity;
        for (var shift = -2; shift <= 2; shift++)
        {
            double sum = 0;
            var count = 0;
            for (var k = 0; a0 + k < a1; k++)
            {
                var y = b0 + k + shift;
                if (y < b0 || y >= b1) continue;
                sum += s[a0 + k][y];
                count++;
            }
            if (count >= Math.Min(a1 - a0, b1 - b0) / 2 && count > 0) best = Math.Max(best, sum / count);
        }
        return double.IsNegativeInfinity(best) ? 0 : best;
    }

    /// <summary>Average-linkage agglomeration while the closest groups are similar enough.</summary>
    private static int[] Cluster(double[,] pair, int segments)
    {
        var groups = Enumerable.Range(0, segments).Select(i => new List<int> { i }).ToList();
        while (groups.Count > 1)
        {
            var bestSimilarity = double.NegativeInfinity;
            var (ba, bb) = (-1, -1);
            for (var a = 0; a < groups.Count; a++)
                for (var b = a + 1; b < groups.Count; b++)
                {
                    double sum = 0;
                    foreach (var x in groups[a]) foreach (var y in groups[b]) sum += pair[x, y];
                    var similarity = sum / (groups[a].Count * groups[b].Count);
                    if (similarity > bestSimilarity) (bestSimilarity, ba, bb) = (similarity, a, b);
                }
            if (bestSimilarity < RepeatSimilarity) break;
            groups[ba].AddRange(groups[bb]);
            groups.RemoveAt(bb);
        }
        var cluster = new int[segments];
        for (var g = 0; g < groups.Count; g++) foreach (var s in groups[g]) cluster[s] = g;
        return cluster;
    }

    private static SectionKind[] Label(int[] cluster, double[] energy, int segments)
    {
        var labels = Enumerable.Repeat(SectionKind.Other, segments).ToArray();
        var members = cluster.Distinct().ToDictionary(c => c, c => Enumerable.Range(0, segments).Where(s => cluster[s] == c).ToArray());
        var repeated = members.Where(m => m.Value.Length >= 2).Select(m => m.Key).ToList();
        var medianEnergy = energy.Order().ElementAt(segments / 2);
        int? chorus = repeated.Count > 0 ? repeated.MaxBy(c => members[c].Average(s => energy[s])) : null;
        if (chorus is null && segments >= 3)
        {
            // No repetition: a clearly louder middle segment still reads as a chorus.
            var loudest = Enumerable.Range(1, segments - 2).MaxBy(s => energy[s]);
            if (energy[loudest] >= medianEnergy + 3) chorus = cluster[loudest];
        }
        if (chorus is { } c0) foreach (var s in members[c0]) labels[s] = SectionKind.Chorus;

        bool Quiet(int s) => energy[s] < medianEnergy - 3;
        bool Single(int s) => members[cluster[s]].Length == 1;
        if (segments >= 3 && labels[0] != SectionKind.Chorus && (Quiet(0) || Single(0))) labels[0] = SectionKind.Intro;
        var lastIndex = segments - 1;
        if (segments >= 3 && labels[lastIndex] != SectionKind.Chorus && (Quiet(lastIndex) || Single(lastIndex)))
            labels[lastIndex] = SectionKind.Outro;

        var verseFound = false;
        foreach (var c in repeated.Where(c => c != chorus).OrderBy(c => members[c].Min()))
        {
            var group = members[c].Where(s => labels[s] == SectionKind.Other).ToArray();
            if (group.Length == 0) continue;
            var beforeChorus = chorus is not null && group.All(s => s + 1 < segments && cluster[s + 1] == chorus);
            var kind = !verseFound ? SectionKind.Verse : beforeChorus ? SectionKind.PreChorus : SectionKind.Instrumental;
            if (kind == SectionKind.Verse) verseFound = true;
            foreach (var s in group) labels[s] = kind;
        }
        var firstChorus = chorus is null ? segments : members[chorus.Value].Min();
        for (var s = 0; s < segments; s++)
        {
            if (labels[s] != SectionKind.Other) continue;
            labels[s] = s < firstChorus && !verseFound ? SectionKind.Verse : SectionKind.Bridge;
        }
        return labels;
    }
}
