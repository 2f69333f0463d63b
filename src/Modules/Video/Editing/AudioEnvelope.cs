using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Editing;

/// <summary>Short-window RMS loudness (dBFS) of mono PCM, and what edits read from it: silences and emphasis points.</summary>
internal sealed class AudioEnvelope(double[] db, double windowSeconds)
{
    public const double Floor = -120;

    public IReadOnlyList<double> Db => db;

    public double WindowSeconds => windowSeconds;

    public static AudioEnvelope FromPcm(ReadOnlySpan<short> samples, int sampleRate, double windowSeconds)
    {
        var window = Math.Max(1, (int)Math.Round(sampleRate * windowSeconds));
        var db = new double[(samples.Length + window - 1) / window];
        for (var w = 0; w < db.Length; w++)
        {
            var span = samples.Slice(w * window, Math.Min(window, samples.Length - w * window));
            double sum = 0;
            foreach (var s in span) sum += (double)s * s;
            var rms = Math.Sqrt(sum / span.Length) / 32768.0;
            db[w] = rms > 0 ? Math.Max(Floor, 20 * Math.Log10(rms)) : Floor;
        }
        return new AudioEnvelope(db, window / (double)sampleRate);
    }

    /// <summary>Runs of windows quieter than <paramref name="thresholdDb"/> lasting at least <paramref name="minSeconds"/>.</summary>
    public List<TimeRange> Silences(double thresholdDb, double minSeconds)
    {
        var result = new List<TimeRange>();
        var start = -1;
        for (var i = 0; i <= db.Length; i++)
        {
            var quiet = i < db.Length && db[i] < thresholdDb;
            if (quiet && start < 0) start = i;
            if (quiet || start < 0) continue;
            var range = new TimeRange(start * windowSeconds, i * windowSeconds);
            if (range.Duration >= minSeconds - 1e-9) result.Add(range);
            start = -1;
        }
        return result;
    }

    /// <summary>
    /// What to keep of a <paramref name="duration"/>-long timeline when <paramref name="silences"/> are cut, each
    /// shrunk by <paramref name="padding"/> on the sides that touch sound.
    /// </summary>
    public static List<TimeRange> KeepRanges(IReadOnlyList<TimeRange> silences, double duration, double padding)
    {
        var keep = new List<TimeRange>();
        var cursor = 0.0;
        foreach (var s in silences)
        {
            var cutStart = s.Start <= 0 ? 0 : s.Start + padding;
            var cutEnd = s.End >= duration ? duration : s.End - padding;
            if (cutEnd - cutStart <= 0) continue;
            if (cutStart > cursor) keep.Add(new TimeRange(cursor, cutStart));
            cursor = Math.Max(cursor, cutEnd);
        }
        if (duration > cursor) keep.Add(new TimeRange(cursor, duration));
        return keep;
    }

    /// <summary>
    /// Emphasis points: local loudness peaks at least <paramref name="aboveTypicalDb"/> over the median of the sounding
    /// windows, at least <paramref name="minSpacing"/> seconds apart, loudest first kept.
    /// </summary>
    public List<double> EmphasisPoints(double aboveTypicalDb, double minSpacing, int max)
    {
        var sounding = db.Where(d => d > -50).OrderBy(d => d).ToArray();
        if (sounding.Length == 0 || max <= 0) return [];
        var threshold = sounding[sounding.Length / 2] + aboveTypicalDb;
        var reach = Math.Max(1, (int)Math.Round(minSpacing / 2 / windowSeconds));
        var peaks = new List<(double Time, double Db)>();
        for (var i = 0; i < db.Length; i++)
        {
            if (db[i] < threshold) continue;
            var lo = Math.Max(0, i - reach);
            var hi = Math.Min(db.Length - 1, i + reach);
            var isMax = true;
            for (var j = lo; j <= hi && isMax; j++) isMax = db[j] < db[i] || (db[j] == db[i] && j >= i);
            if (isMax) peaks.Add((i * windowSeconds, db[i]));
        }
        var chosen = new List<double>();
        foreach (var p in peaks.OrderByDescending(p => p.Db))
        {
            if (chosen.Count >= max) break;
            if (chosen.All(c => Math.Abs(c - p.Time) >= minSpacing)) chosen.Add(p.Time);
        }
        chosen.Sort();
        return chosen;
    }
}
