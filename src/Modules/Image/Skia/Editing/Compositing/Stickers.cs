using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Editing.Compositing;

/// <summary>Built-in vector stickers, each drawn into a given box (its own 0..1 coordinates scaled to the box).</summary>
internal static class Stickers
{
    private static readonly Dictionary<string, Action<SKCanvas>> Drawers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["heart"] = DrawHeart,
        ["star"] = DrawStar,
        ["sparkle"] = DrawSparkle,
        ["speech-bubble"] = DrawSpeechBubble,
        ["crown"] = DrawCrown,
    };

    public static IReadOnlyCollection<string> Names => Drawers.Keys;

    /// <summary>Normalises <c>Speech Bubble</c>, <c>speech_bubble</c> and <c>speechBubble</c> to <c>speech-bubble</c>.</summary>
    public static bool TryGet(string name, out Action<SKCanvas, SKRect> draw)
    {
        var key = string.Concat(name.Trim().Select((c, i) =>
            c is ' ' or '_' ? "-" : char.IsUpper(c) && i > 0 && char.IsLower(name.Trim()[i - 1]) ? "-" + c : c.ToString()));
        if (!Drawers.TryGetValue(key, out var unit))
        {
            draw = (_, _) => { };
            return false;
        }

        draw = (canvas, box) =>
        {
            canvas.Save();
            canvas.Translate(box.Left, box.Top);
            canvas.Scale(box.Width, box.Height);
            unit(canvas);
            canvas.Restore();
        };
        return true;
    }

    private static void Paint(SKCanvas canvas, string svgPath, SKColor fill, SKColor outline)
    {
        using var path = SKPath.ParseSvgPathData(svgPath);
        using var paint = new SKPaint { IsAntialias = true, Color = fill, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, paint);
        paint.Color = outline;
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = 0.035f;
        paint.StrokeJoin = SKStrokeJoin.Round;
        canvas.DrawPath(path, paint);
    }

    private static void DrawHeart(SKCanvas canvas) => Paint(canvas,
        "M.5 .92 C.12 .66 .02 .42 .1 .24 C.2 .03 .44 .05 .5 .25 C.56 .05 .8 .03 .9 .24 C.98 .42 .88 .66 .5 .92Z",
        new SKColor(0xE8, 0x2A, 0x4A), new SKColor(0x9E, 0x10, 0x2A));

    private static void DrawStar(SKCanvas canvas)
    {
        var points = Enumerable.Range(0, 10).Select(k =>
        {
            var angle = (-Math.PI / 2) + (k * Math.PI / 5);
            var radius = k % 2 == 0 ? 0.48 : 0.2;
            return FormattableString.Invariant($"{0.5 + (radius * Math.Cos(angle)):0.####} {0.52 + (radius * Math.Sin(angle)):0.####}");
        });
        Paint(canvas, "M" + string.Join(" L", points) + "Z", new SKColor(0xFF, 0xC8, 0x2E), new SKColor(0xC9, 0x8A, 0x00));
    }

    // Two four-pointed glints with pinched (concave) sides.
    private static void DrawSparkle(SKCanvas canvas) => Paint(canvas,
        "M.5 .13 Q.55 .5 .92 .55 Q.55 .6 .5 .97 Q.45 .6 .08 .55 Q.45 .5 .5 .13Z "
        + "M.82 .04 Q.84 .16 .96 .18 Q.84 .2 .82 .32 Q.8 .2 .68 .18 Q.8 .16 .82 .04Z",
        new SKColor(0xFF, 0xF1, 0x8A), new SKColor(0xE8, 0xB8, 0x00));

    private static void DrawSpeechBubble(SKCanvas canvas) => Paint(canvas,
        "M.24 .08 H.76 A.2 .2 0 0 1 .96 .28 V.52 A.2 .2 0 0 1 .76 .72 H.46 L.16 .95 L.22 .72 "
        + "A.2 .2 0 0 1 .04 .52 V.28 A.2 .2 0 0 1 .24 .08Z",
        SKColors.White, new SKColor(0x22, 0x22, 0x22));

    private static void DrawCrown(SKCanvas canvas)
    {
        Paint(canvas, "M.1 .82 L.06 .3 L.3 .52 L.5 .16 L.7 .52 L.94 .3 L.9 .82Z",
            new SKColor(0xFF, 0xC2, 0x1A), new SKColor(0xB8, 0x7A, 0x00));
        using var jewel = new SKPaint { IsAntialias = true, Color = new SKColor(0xD6, 0x1F, 0x4F) };
        foreach (var (x, y) in new[] { (0.06f, 0.27f), (0.5f, 0.13f), (0.94f, 0.27f), (0.5f, 0.68f) })
        {
            canvas.DrawCircle(x, y, 0.05f, jewel);
        }
    }
}
