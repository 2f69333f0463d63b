using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Templates;

/// <summary>Connected components and flood fills over decoded pixels.</summary>
internal static class PixelRegions
{
    /// <summary>Number of 4-connected components of pixels matching <paramref name="match"/> within <paramref name="area"/>.</summary>
    public static int CountComponents(SKBitmap bitmap, SKRectI area, Func<SKColor, bool> match, int minPixels = 4)
    {
        var w = area.Width;
        var h = area.Height;
        var seen = new bool[w * h];
        var count = 0;
        var stack = new Stack<int>();
        for (var i = 0; i < w * h; i++)
        {
            if (seen[i] || !match(bitmap.GetPixel(area.Left + i % w, area.Top + i / w))) continue;
            var size = 0;
            seen[i] = true;
            stack.Push(i);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                size++;
                int x = p % w, y = p / w;
                foreach (var (nx, ny) in new[] { (x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1) })
                {
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                    var n = ny * w + nx;
                    if (seen[n] || !match(bitmap.GetPixel(area.Left + nx, area.Top + ny))) continue;
                    seen[n] = true;
                    stack.Push(n);
                }
            }
            if (size >= minPixels) count++;
        }
        return count;
    }

    /// <summary>Pixels reachable from <paramref name="start"/> through pixels matching <paramref name="passable"/>.</summary>
    public static bool[] Flood(SKBitmap bitmap, SKPointI start, Func<SKColor, bool> passable)
    {
        var w = bitmap.Width;
        var h = bitmap.Height;
        var reached = new bool[w * h];
        var pixels = bitmap.Pixels;
        var stack = new Stack<int>();
        stack.Push(start.Y * w + start.X);
        reached[start.Y * w + start.X] = true;
        while (stack.Count > 0)
        {
            var p = stack.Pop();
            int x = p % w, y = p / w;
            foreach (var (nx, ny) in new[] { (x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1) })
            {
                if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                var n = ny * w + nx;
                if (reached[n] || !passable(pixels[n])) continue;
                reached[n] = true;
                stack.Push(n);
            }
        }
        return reached;
    }
}
