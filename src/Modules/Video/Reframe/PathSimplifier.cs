using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Reframe;

/// <summary>Ramer-Douglas-Peucker over time: keeps the keyframes without which the linear path strays past the tolerance.</summary>
internal static class PathSimplifier
{
    public static List<CropKeyframe> Simplify(IReadOnlyList<CropKeyframe> points, double toleranceX, double toleranceY)
    {
        if (points.Count <= 2) return [.. points];
        var keep = new bool[points.Count];
        keep[0] = keep[^1] = true;
        var stack = new Stack<(int, int)>();
        stack.Push((0, points.Count - 1));
        while (stack.Count > 0)
        {
            var (a, b) = stack.Pop();
            var worst = -1;
            var worstError = 1.0;
            for (var i = a + 1; i < b; i++)
            {
                var f = (points[i].Time - points[a].Time) / (points[b].Time - points[a].Time);
                var ex = Math.Abs(points[i].X - (points[a].X + (points[b].X - points[a].X) * f)) / toleranceX;
                var ey = Math.Abs(points[i].Y - (points[a].Y + (points[b].Y - points[a].Y) * f)) / toleranceY;
                if (Math.Max(ex, ey) > worstError) (worst, worstError) = (i, Math.Max(ex, ey));
            }
            if (worst < 0) continue;
            keep[worst] = true;
            stack.Push((a, worst));
            stack.Push((worst, b));
        }
        return points.Where((_, i) => keep[i]).ToList();
    }
}
