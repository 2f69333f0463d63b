using static MediaCreator.Modules.Image.Skia.Design.PaintRole;

namespace MediaCreator.Modules.Image.Skia.Design;

internal static partial class MotifShapes
{
    private static Motif Cat() => new MotifBuilder("cat")
        .Line(Primary, 7, "M72 86 C92 86 96 66 88 56")
        .Oval(Primary, 22, 50, 78, 96)
        .Oval(Paper, 38, 62, 62, 92)
        .Union(Primary, MotifBuilder.CirclePath(50, 38, 24), MotifBuilder.PolyPath(28, 30, 27, 6, 46, 17), MotifBuilder.PolyPath(54, 17, 73, 6, 72, 30))
        .Poly(Accent, 32, 22, 31, 12, 40, 18).Poly(Accent, 60, 18, 69, 12, 68, 22)
        .Oval(Ink, 37, 32, 44, 41).Oval(Ink, 56, 32, 63, 41)
        .Poly(Accent, 46, 45, 54, 45, 50, 50)
        .Line(Ink, 1.4f, "M32 46 L16 43 M32 51 L16 53 M68 46 L84 43 M68 51 L84 53")
        .Build();

    private static Motif Dog() => new MotifBuilder("dog")
        .Oval(Secondary, 24, 54, 76, 96)
        .Circle(Primary, 62, 74, 8)
        .Circle(Secondary, 50, 40, 24)
        .Svg(Primary, "M32 20 C14 20 10 44 16 58 C24 62 30 50 34 34 Z")
        .Svg(Primary, "M68 20 C86 20 90 44 84 58 C76 62 70 50 66 34 Z")
        .Oval(Paper, 37, 42, 63, 61)
        .Oval(Ink, 45, 42, 55, 49)
        .Circle(Ink, 40, 34, 3.4f).Circle(Ink, 60, 34, 3.4f)
        .Line(Ink, 1.6f, "M50 49 L50 54 M44 55 Q50 60 56 55")
        .Build();

    private static Motif Bird() => new MotifBuilder("bird")
        .Poly(Primary, 22, 60, 4, 50, 8, 72)
        .Svg(Primary, "M18 58 C18 34 38 22 56 26 C70 29 78 40 78 52 C78 72 60 84 40 82 C26 80 18 70 18 58 Z")
        .Oval(Paper, 40, 60, 72, 80)
        .Svg(Secondary, "M30 54 C40 42 58 44 62 56 C54 66 40 68 30 54 Z")
        .Poly(Accent, 76, 40, 93, 45, 76, 50)
        .Circle(Ink, 66, 40, 3.2f)
        .Line(Ink, 2.2f, "M44 82 L42 95 M54 82 L56 95")
        .Build();

    private static Motif Fish() => new MotifBuilder("fish")
        .Poly(Secondary, 24, 50, 4, 30, 4, 70)
        .Svg(Secondary, "M40 31 C46 16 60 16 66 31 Z")
        .Oval(Primary, 16, 28, 88, 72)
        .Line(Paper, 4, "M42 33 Q37 50 42 67 M54 30 Q49 50 54 70")
        .Circle(Paper, 72, 44, 6.5f).Circle(Ink, 73, 44, 3.2f)
        .Line(Ink, 1.6f, "M86 53 Q80 56 86 59")
        .Build();

    private static Motif Bear() => new MotifBuilder("bear")
        .Oval(Primary, 26, 66, 74, 99)
        .Circle(Primary, 28, 22, 11).Circle(Primary, 72, 22, 11)
        .Circle(Accent, 28, 22, 5.5f).Circle(Accent, 72, 22, 5.5f)
        .Circle(Primary, 50, 44, 28)
        .Oval(Paper, 37, 46, 63, 65)
        .Oval(Ink, 45, 46, 55, 53)
        .Circle(Ink, 39, 38, 3.2f).Circle(Ink, 61, 38, 3.2f)
        .Build();

    private static Motif Rabbit() => new MotifBuilder("rabbit")
        .Oval(Primary, 30, 66, 70, 99)
        .Oval(Primary, 31, 2, 47, 44, -8).Oval(Primary, 53, 2, 69, 44, 8)
        .Oval(Accent, 35, 9, 43, 38, -8).Oval(Accent, 57, 9, 65, 38, 8)
        .Circle(Primary, 50, 52, 22)
        .Circle(Ink, 42, 49, 2.8f).Circle(Ink, 58, 49, 2.8f)
        .Poly(Accent, 47, 56, 53, 56, 50, 60)
        .Line(Ink, 1.4f, "M50 60 L50 63 M46 65 Q50 67 54 65")
        .Build();

    private static Motif Butterfly() => new MotifBuilder("butterfly")
        .Oval(Secondary, 16, 46, 50, 86, 20).Oval(Secondary, 50, 46, 84, 86, -20)
        .Oval(Primary, 8, 12, 50, 56, -15).Oval(Primary, 50, 12, 92, 56, 15)
        .Circle(Accent, 30, 34, 7).Circle(Accent, 70, 34, 7)
        .Rect(Ink, 46, 24, 54, 84, 4)
        .Line(Ink, 1.6f, "M48 26 Q42 12 35 9 M52 26 Q58 12 65 9")
        .Build();
}
