namespace MediaCreator.Modules.Audio.Analysis;

/// <summary>Beat-synchronous aggregation: the mean of the frame vectors whose centres fall in each span between boundaries.</summary>
internal static class BeatSync
{
    /// <summary>Segment boundaries (seconds): 0, the beats, the end; empty leading or trailing bits are dropped.</summary>
    public static double[] Boundaries(IReadOnlyList<double> beats, double duration)
    {
        var bounds = new List<double> { 0 };
        foreach (var b in beats)
            if (b > bounds[^1] + 0.05 && b < duration - 0.05) bounds.Add(b);
        bounds.Add(duration);
        return bounds.ToArray();
    }

    /// <summary>Mean vector per segment <c>[bounds[i], bounds[i+1])</c>.</summary>
    public static float[][] Mean(float[][] frames, double frameRate, double[] bounds)
    {
        var dims = frames.Length > 0 ? frames[0].Length : 0;
        var result = new float[bounds.Length - 1][];
        for (var s = 0; s < result.Length; s++)
        {
            var sum = new float[dims];
            var first = (int)Math.Ceiling(bounds[s] * frameRate);
            var last = (int)Math.Ceiling(bounds[s + 1] * frameRate) - 1;
            first = Math.Clamp(first, 0, Math.Max(0, frames.Length - 1));
            last = Math.Clamp(last, first, Math.Max(0, frames.Length - 1));
            if (frames.Length > 0)
            {
                for (var t = first; t <= last; t++)
                    for (var d = 0; d < dims; d++) sum[d] += frames[t][d];
                var scale = 1f / (last - first + 1);
                for (var d = 0; d < dims; d++) sum[d] *= scale;
            }
            result[s] = sum;
        }
        return result;
    }

    public static float Norm(ReadOnlySpan<float> v)
    {
        var s = 0f;
        foreach (var x in v) s += x * x;
        return MathF.Sqrt(s);
    }

    public static float Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na > 0 && nb > 0 ? dot / MathF.Sqrt(na * nb) : 0f;
    }
}
