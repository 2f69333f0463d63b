using SkiaSharp;
using static MediaCreator.Modules.Image.Skia.Design.PaintRole;

namespace MediaCreator.Modules.Image.Skia.Design;

internal static partial class MotifShapes
{
    private static Motif Heart() => new MotifBuilder("heart")
        .Svg(Primary, "M50 90 C20 68 6 52 6 33 C6 18 17 8 30 8 C39 8 46 13 50 21 C54 13 61 8 70 8 C83 8 94 18 94 33 C94 52 80 68 50 90 Z")
        .Oval(Paper, 20, 22, 32, 36, -30)
        .Build();

    private static Motif Star() => new MotifBuilder("star")
        .Star(Primary, 50, 54, 47, 20)
        .Star(Accent, 50, 54, 20, 9)
        .Build();

    private static Motif Flower() => new MotifBuilder("flower")
        .Line(Secondary, 4, "M50 56 Q47 78 50 98")
        .Svg(Secondary, "M50 82 C58 68 74 68 80 72 C72 84 60 86 50 82 Z")
        .Radial(Primary, 6, 50, 36, () => Ellipse(43, 6, 57, 34))
        .Circle(Accent, 50, 36, 9)
        .Build();

    private static Motif Tree() => new MotifBuilder("tree")
        .Rect(Secondary, 44, 56, 56, 97, 2)
        .Union(Primary, MotifBuilder.CirclePath(50, 34, 25), MotifBuilder.CirclePath(31, 50, 17), MotifBuilder.CirclePath(69, 50, 17))
        .Circle(Accent, 42, 30, 3.5f).Circle(Accent, 61, 43, 3.5f).Circle(Accent, 35, 52, 3.5f)
        .Build();

    private static Motif Sun() => new MotifBuilder("sun")
        .Radial(Secondary, 12, 50, 50, () => MotifBuilder.PolyPath(45, 16, 50, 2, 55, 16))
        .Circle(Primary, 50, 50, 27)
        .Circle(Accent, 40, 46, 3).Circle(Accent, 60, 46, 3)
        .Line(Ink, 2, "M41 57 Q50 64 59 57")
        .Build();

    private static Motif Moon() => new MotifBuilder("moon")
        .Cut(Primary, MotifBuilder.CirclePath(46, 52, 38), MotifBuilder.CirclePath(64, 40, 33))
        .Star(Accent, 80, 70, 8, 3.2f)
        .Star(Accent, 84, 18, 6, 2.4f)
        .Build();

    private static Motif Cloud() => new MotifBuilder("cloud")
        .Union(Secondary, MotifBuilder.CirclePath(34, 56, 18), MotifBuilder.CirclePath(56, 46, 24),
            MotifBuilder.CirclePath(75, 60, 15), MotifBuilder.RectPath(18, 56, 88, 75, 9))
        .Line(Accent, 3, "M34 84 L30 94 M52 84 L48 94 M70 84 L66 94")
        .Build();

    private static Motif Mountain() => new MotifBuilder("mountain")
        .Poly(Primary, 2, 92, 38, 22, 74, 92)
        .Poly(Secondary, 40, 92, 68, 40, 98, 92)
        .Poly(Paper, 38, 22, 28, 42, 35, 38, 40, 44, 47, 38)
        .Poly(Paper, 68, 40, 62, 52, 67, 49, 71, 53, 74, 51)
        .Build();

    private static Motif Leaf() => new MotifBuilder("leaf")
        .Svg(Primary, "M14 86 C14 40 46 12 90 12 C90 56 62 86 14 86 Z")
        .Line(Paper, 2.5f, "M18 82 Q50 50 84 16 M40 60 L40 44 M56 46 L58 32 M40 60 L56 62 M56 46 L70 48")
        .Build();

    private static Motif Rainbow() => new MotifBuilder("rainbow")
        .Line(Primary, 9, "M12 78 A38 38 0 0 1 88 78")
        .Line(Secondary, 9, "M21 78 A29 29 0 0 1 79 78")
        .Line(Accent, 9, "M30 78 A20 20 0 0 1 70 78")
        .Union(Paper, MotifBuilder.CirclePath(12, 82, 9), MotifBuilder.CirclePath(24, 84, 8))
        .Union(Paper, MotifBuilder.CirclePath(76, 84, 8), MotifBuilder.CirclePath(88, 82, 9))
        .Build();

    private static Motif Planet() => new MotifBuilder("planet")
        .Circle(Primary, 50, 50, 26)
        .Line(Accent, 3, "M32 40 Q50 34 68 42 M30 56 Q50 50 70 58")
        .Svg(Secondary, RingPathData())
        .Build();

    private static SKPath Ellipse(float left, float top, float right, float bottom)
    {
        using var builder = new SKPathBuilder();
        builder.AddOval(new SKRect(left, top, right, bottom));
        return builder.Detach();
    }

    // A tilted ring: the outer ellipse minus the inner one, both rotated -18 degrees about the centre.
    private static string RingPathData()
    {
        using var outer = Ellipse(4, 38, 96, 62);
        using var inner = Ellipse(14, 43, 86, 57);
        using var ring = outer.Op(inner, SKPathOp.Difference) ?? new SKPath(outer);
        ring.Transform(SKMatrix.CreateRotationDegrees(-18, 50, 50));
        return ring.ToSvgPathData();
    }
}
