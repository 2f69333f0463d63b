using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Common;

/// <summary>Vector shapes shared by the templates, each a single closed, connected path centred on (cx, cy).</summary>
internal static class Shapes
{
    public static SKPath Heart(float cx, float cy, float size)
    {
        var s = size / 2;
        using var p = new SKPathBuilder();
        p.MoveTo(cx, cy + s * 0.95f);
        p.CubicTo(cx - s * 1.35f, cy + s * 0.05f, cx - s * 0.95f, cy - s * 1.05f, cx, cy - s * 0.45f);
        p.CubicTo(cx + s * 0.95f, cy - s * 1.05f, cx + s * 1.35f, cy + s * 0.05f, cx, cy + s * 0.95f);
        p.Close();
        return p.Detach();
    }

    public static SKPath Diamond(float cx, float cy, float size)
    {
        var s = size / 2;
        using var p = new SKPathBuilder();
        p.MoveTo(cx, cy - s);
        p.LineTo(cx + s * 0.72f, cy);
        p.LineTo(cx, cy + s);
        p.LineTo(cx - s * 0.72f, cy);
        p.Close();
        return p.Detach();
    }

    public static SKPath Spade(float cx, float cy, float size)
    {
        var s = size / 2;
        using var p = new SKPathBuilder();
        p.MoveTo(cx, cy - s);
        p.CubicTo(cx + s * 0.25f, cy - s * 0.55f, cx + s * 1.15f, cy - s * 0.1f, cx + s * 0.8f, cy + s * 0.45f);
        p.CubicTo(cx + s * 0.55f, cy + s * 0.8f, cx + s * 0.15f, cy + s * 0.6f, cx + s * 0.06f, cy + s * 0.4f);
        p.LineTo(cx + s * 0.35f, cy + s);
        p.LineTo(cx - s * 0.35f, cy + s);
        p.LineTo(cx - s * 0.06f, cy + s * 0.4f);
        p.CubicTo(cx - s * 0.15f, cy + s * 0.6f, cx - s * 0.55f, cy + s * 0.8f, cx - s * 0.8f, cy + s * 0.45f);
        p.CubicTo(cx - s * 1.15f, cy - s * 0.1f, cx - s * 0.25f, cy - s * 0.55f, cx, cy - s);
        p.Close();
        return p.Detach();
    }

    public static SKPath Club(float cx, float cy, float size)
    {
        var s = size / 2;
        var r = s * 0.36f;
        using var stem = new SKPathBuilder();
        stem.MoveTo(cx - s * 0.1f, cy - s * 0.2f);
        stem.LineTo(cx + s * 0.1f, cy - s * 0.2f);
        stem.LineTo(cx + s * 0.35f, cy + s);
        stem.LineTo(cx - s * 0.35f, cy + s);
        stem.Close();
        return Union(
            Circle(cx, cy - s * 0.5f, r), Circle(cx - s * 0.5f, cy + s * 0.08f, r), Circle(cx + s * 0.5f, cy + s * 0.08f, r),
            stem.Detach(), Circle(cx, cy, r * 0.6f));
    }

    public static SKPath Star(float cx, float cy, float outer, float inner, int points = 5, float rotation = -90)
    {
        using var p = new SKPathBuilder();
        for (var i = 0; i < points * 2; i++)
        {
            var r = i % 2 == 0 ? outer : inner;
            var a = (rotation + i * 180f / points) * MathF.PI / 180;
            var pt = new SKPoint(cx + r * MathF.Cos(a), cy + r * MathF.Sin(a));
            if (i == 0) p.MoveTo(pt); else p.LineTo(pt);
        }
        p.Close();
        return p.Detach();
    }

    public static SKPath Polygon(float cx, float cy, float radius, int sides, float rotation = -90)
    {
        using var p = new SKPathBuilder();
        for (var i = 0; i < sides; i++)
        {
            var a = (rotation + i * 360f / sides) * MathF.PI / 180;
            var pt = new SKPoint(cx + radius * MathF.Cos(a), cy + radius * MathF.Sin(a));
            if (i == 0) p.MoveTo(pt); else p.LineTo(pt);
        }
        p.Close();
        return p.Detach();
    }

    /// <summary>A flower: <paramref name="petals"/> round petals around a centre, outline as one path.</summary>
    public static SKPath Flower(float cx, float cy, float radius, int petals)
    {
        var parts = new List<SKPath> { Circle(cx, cy, radius * 0.42f) };
        for (var i = 0; i < petals; i++)
        {
            var a = i * 2 * MathF.PI / petals;
            using var petal = new SKPathBuilder();
            petal.AddOval(SKRect.Create(-radius * 0.22f, -radius * 0.3f, radius * 0.44f, radius * 0.6f), SKPathDirection.Clockwise);
            using var unplaced = petal.Detach();
            var m = SKMatrix.CreateRotation(a + MathF.PI / 2).PostConcat(SKMatrix.CreateTranslation(cx + radius * 0.62f * MathF.Cos(a), cy + radius * 0.62f * MathF.Sin(a)));
            using var placed = new SKPathBuilder();
            placed.AddPath(unplaced, in m, SKPathAddMode.Append);
            parts.Add(placed.Detach());
        }
        return Union([.. parts]);
    }

    /// <summary>A named motif (heart, star, diamond, flower, circle, leaf, moon, drop, hexagon); unknown names give a circle.</summary>
    public static SKPath Motif(string name, float cx, float cy, float size) => name switch
    {
        "heart" => Heart(cx, cy, size),
        "star" => Star(cx, cy, size / 2, size / 4.5f),
        "diamond" => Diamond(cx, cy, size),
        "flower" => Flower(cx, cy, size / 2, 6),
        "leaf" => Leaf(cx, cy, size),
        "moon" => Moon(cx, cy, size),
        "drop" => Drop(cx, cy, size),
        "hexagon" => Polygon(cx, cy, size / 2, 6),
        "triangle" => Polygon(cx, cy, size / 2, 3),
        "spade" => Spade(cx, cy, size),
        "club" => Club(cx, cy, size),
        _ => Circle(cx, cy, size / 2),
    };

    public static readonly string[] MotifNames = ["heart", "star", "diamond", "flower", "leaf", "moon", "drop", "hexagon", "triangle", "circle"];

    public static SKPath Circle(float cx, float cy, float r)
    {
        using var p = new SKPathBuilder();
        p.AddCircle(cx, cy, r, SKPathDirection.Clockwise);
        return p.Detach();
    }

    /// <summary>The union of <paramref name="parts"/> (disposes them).</summary>
    public static SKPath Union(params SKPath[] parts)
    {
        var result = parts[0];
        foreach (var part in parts.Skip(1))
        {
            var next = result.Op(part, SKPathOp.Union)!;
            result.Dispose();
            part.Dispose();
            result = next;
        }
        return result;
    }

    /// <summary>A copy of <paramref name="path"/> transformed by <paramref name="matrix"/>.</summary>
    public static SKPath Transformed(SKPath path, SKMatrix matrix)
    {
        using var b = new SKPathBuilder();
        b.AddPath(path, in matrix, SKPathAddMode.Append);
        return b.Detach();
    }

    private static SKPath Leaf(float cx, float cy, float size)
    {
        var s = size / 2;
        using var p = new SKPathBuilder();
        p.MoveTo(cx, cy - s);
        p.QuadTo(cx + s * 0.9f, cy, cx, cy + s);
        p.QuadTo(cx - s * 0.9f, cy, cx, cy - s);
        p.Close();
        return p.Detach();
    }

    private static SKPath Moon(float cx, float cy, float size)
    {
        using var full = Circle(cx, cy, size / 2);
        using var bite = Circle(cx + size * 0.22f, cy - size * 0.1f, size * 0.4f);
        return full.Op(bite, SKPathOp.Difference)!;
    }

    private static SKPath Drop(float cx, float cy, float size)
    {
        var s = size / 2;
        using var p = new SKPathBuilder();
        p.MoveTo(cx, cy - s);
        p.CubicTo(cx + s * 0.3f, cy - s * 0.4f, cx + s * 0.7f, cy, cx + s * 0.7f, cy + s * 0.3f);
        p.ArcTo(SKRect.Create(cx - s * 0.7f, cy - s * 0.4f, s * 1.4f, s * 1.4f), 0, 180, false);
        p.CubicTo(cx - s * 0.7f, cy, cx - s * 0.3f, cy - s * 0.4f, cx, cy - s);
        p.Close();
        return p.Detach();
    }
}
