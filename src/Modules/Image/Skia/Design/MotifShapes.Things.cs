using static MediaCreator.Modules.Image.Skia.Design.PaintRole;

namespace MediaCreator.Modules.Image.Skia.Design;

internal static partial class MotifShapes
{
    private static Motif House() => new MotifBuilder("house")
        .Rect(Secondary, 64, 16, 74, 40)
        .Rect(Primary, 20, 46, 80, 95)
        .Poly(Secondary, 10, 50, 50, 12, 90, 50)
        .Rect(Accent, 43, 66, 57, 95, 3)
        .Rect(Paper, 26, 56, 38, 68, 2).Rect(Paper, 62, 56, 74, 68, 2)
        .Build();

    private static Motif Coffee() => new MotifBuilder("coffee")
        .Line(Secondary, 3, "M38 30 C32 22 44 18 38 8 M52 30 C46 22 58 18 52 8 M66 30 C60 22 72 18 66 8")
        .Oval(Secondary, 12, 84, 88, 97)
        .Cut(Primary, MotifBuilder.CirclePath(79, 58, 13), MotifBuilder.CirclePath(79, 58, 6))
        .Svg(Primary, "M20 38 L80 38 L74 82 C73 88 68 90 62 90 L38 90 C32 90 27 88 26 82 Z")
        .Oval(Ink, 23, 34, 77, 44)
        .Svg(Paper, "M44 62 C44 56 50 54 50 58 C50 54 56 56 56 62 C56 66 50 70 50 72 C50 70 44 66 44 62 Z")
        .Build();

    private static Motif Rocket() => new MotifBuilder("rocket")
        .Svg(Accent, "M38 76 L50 99 L62 76 Z")
        .Poly(Secondary, 35, 54, 19, 82, 38, 76).Poly(Secondary, 65, 54, 81, 82, 62, 76)
        .Svg(Primary, "M50 3 C67 16 71 40 66 78 L34 78 C29 40 33 16 50 3 Z")
        .Circle(Paper, 50, 38, 10).Circle(Secondary, 50, 38, 5.5f)
        .Build();

    private static Motif Balloon() => new MotifBuilder("balloon")
        .Line(Ink, 1.6f, "M50 68 C44 78 56 86 50 98")
        .Poly(Primary, 45, 66, 55, 66, 50, 60)
        .Oval(Primary, 24, 4, 76, 64)
        .Oval(Paper, 33, 15, 42, 31, -20)
        .Build();

    private static Motif Cake() => new MotifBuilder("cake")
        .Rect(Primary, 16, 48, 84, 93, 6)
        .Svg(Paper, "M16 58 L16 52 C16 47 20 44 25 44 L75 44 C80 44 84 47 84 52 L84 60 C80 66 76 56 72 62 C68 68 64 56 60 62 C56 68 52 56 48 62 C44 68 40 56 36 62 C32 68 28 56 24 62 C20 66 16 62 16 58 Z")
        .Rect(Secondary, 47, 22, 53, 44, 1)
        .Svg(Accent, "M50 6 C57 14 57 20 50 23 C43 20 43 14 50 6 Z")
        .Circle(Accent, 28, 78, 2.6f).Circle(Secondary, 42, 84, 2.6f).Circle(Accent, 58, 76, 2.6f).Circle(Secondary, 72, 84, 2.6f)
        .Build();

    private static Motif Music() => new MotifBuilder("music")
        .Poly(Primary, 30, 22, 68, 10, 68, 23, 30, 35)
        .Rect(Primary, 62, 12, 68, 72).Rect(Primary, 30, 22, 36, 80)
        .Oval(Primary, 14, 70, 38, 88, -20).Oval(Primary, 44, 62, 68, 80, -20)
        .Build();

    private static Motif Car() => new MotifBuilder("car")
        .Svg(Primary, "M6 72 L6 58 C6 53 10 50 15 50 L28 50 L38 34 C40 31 43 30 46 30 L66 30 C70 30 73 32 75 35 L84 50 C90 50 95 54 95 60 L95 72 Z")
        .Poly(Paper, 32, 50, 41, 36, 54, 36, 54, 50).Poly(Paper, 58, 50, 58, 36, 67, 36, 76, 50)
        .Circle(Ink, 27, 73, 11).Circle(Ink, 74, 73, 11)
        .Circle(Paper, 27, 73, 4.5f).Circle(Paper, 74, 73, 4.5f)
        .Build();

    private static Motif Umbrella() => new MotifBuilder("umbrella")
        .Line(Ink, 3.2f, "M50 50 L50 86 Q50 95 42 95 Q35 95 35 88")
        .Svg(Primary, "M6 52 C10 26 30 10 50 10 C70 10 90 26 94 52 Q83 44 72 52 Q61 44 50 52 Q39 44 28 52 Q17 44 6 52 Z")
        .Line(Secondary, 2.5f, "M50 12 Q36 30 28 51 M50 12 Q64 30 72 51")
        .Build();

    private static Motif IceCream() => new MotifBuilder("ice cream")
        .Poly(Secondary, 31, 52, 69, 52, 50, 97)
        .Line(Ink, 1.4f, "M38 60 L58 80 M46 56 L64 68 M62 60 L42 80")
        .Circle(Accent, 39, 46, 14).Circle(Primary, 61, 46, 14).Circle(Primary, 50, 30, 16)
        .Circle(Accent, 50, 11, 5)
        .Build();

    private static Motif Lightning() => new MotifBuilder("lightning")
        .Poly(Accent, 58, 3, 22, 56, 46, 56, 36, 97, 80, 40, 55, 40, 66, 3)
        .Build();

    private static Motif Gem() => new MotifBuilder("gem")
        .Poly(Primary, 18, 36, 33, 15, 67, 15, 82, 36, 50, 92)
        .Line(Paper, 1.6f, "M18 36 L82 36 M33 15 L42 36 L50 92 M67 15 L58 36 L50 92")
        .Build();

    private static Motif Book() => new MotifBuilder("book")
        .Svg(Primary, "M8 24 C22 18 38 18 50 26 C62 18 78 18 92 24 L92 86 C78 80 62 80 50 88 C38 80 22 80 8 86 Z")
        .Svg(Paper, "M14 28 C26 24 38 24 47 30 L47 80 C38 75 26 74 14 78 Z")
        .Svg(Paper, "M86 28 C74 24 62 24 53 30 L53 80 C62 75 74 74 86 78 Z")
        .Line(Secondary, 2, "M20 38 L40 40 M20 48 L40 50 M20 58 L40 60 M60 40 L80 38 M60 50 L80 48 M60 60 L80 58")
        .Build();
}
