using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Editing.FilterText;

namespace MediaCreator.Modules.Video.Editing;

/// <summary>
/// A crop path as ffmpeg expressions of <c>t</c>. A piecewise-linear function is written flat, as a start value plus
/// one clamped ramp per segment (<c>x0+s1*clip(t-t0,0,d1)+...</c>), so long paths never nest; paths are first
/// simplified (points within half a pixel of the line through their neighbours dropped) and capped.
/// </summary>
internal static class CropPathExpression
{
    public const int MaxSegments = 240;

    public static string Build(IReadOnlyList<(double Time, double Value)> keys)
    {
        if (keys.Count == 0) return "0";
        var parts = new List<string> { N(keys[0].Value) };
        for (var i = 1; i < keys.Count; i++)
        {
            var d = keys[i].Time - keys[i - 1].Time;
            var delta = keys[i].Value - keys[i - 1].Value;
            if (d <= 0 || Math.Abs(delta) < 1e-6) continue;
            parts.Add($"{N(delta / d)}*clip(t-{N(keys[i - 1].Time)},0,{N(d)})");
        }
        return string.Join("+", parts).Replace("+-", "-", StringComparison.Ordinal);
    }

    /// <summary>The path's keyframes (clamped to the frame) with redundant ones dropped, at most <see cref="MaxSegments"/>+1.</summary>
    public static IReadOnlyList<CropKeyframe> Simplify(CropPath path)
    {
        var keys = path.Keyframes.OrderBy(k => k.Time)
            .Select(k => { var (x, y) = path.At(k.Time); return new CropKeyframe(k.Time, x, y); }).ToList();
        if (keys.Count <= 2) return keys;
        var kept = new List<CropKeyframe> { keys[0] };
        for (var i = 1; i < keys.Count - 1; i++)
        {
            var a = kept[^1];
            var c = keys[i + 1];
            var f = (keys[i].Time - a.Time) / Math.Max(1e-9, c.Time - a.Time);
            if (Math.Abs(a.X + (c.X - a.X) * f - keys[i].X) > 0.5 || Math.Abs(a.Y + (c.Y - a.Y) * f - keys[i].Y) > 0.5) kept.Add(keys[i]);
        }
        kept.Add(keys[^1]);
        if (kept.Count <= MaxSegments + 1) return kept;
        // Still too long: sample the simplified path evenly in time.
        var t0 = kept[0].Time;
        var t1 = kept[^1].Time;
        var simplified = new CropPath(path.SourceWidth, path.SourceHeight, path.CropWidth, path.CropHeight, kept);
        return Enumerable.Range(0, MaxSegments + 1).Select(i =>
        {
            var t = t0 + (t1 - t0) * i / MaxSegments;
            var (x, y) = simplified.At(t);
            return new CropKeyframe(t, x, y);
        }).ToList();
    }
}
