using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Coloring;

/// <summary>Animals built from simple closed shapes (ovals, triangles, petals), drawn back to front.</summary>
internal static class Animals
{
    public static readonly string[] Names = ["cat", "fish", "owl", "turtle", "butterfly"];

    /// <summary>Draws <paramref name="name"/> centred on <paramref name="c"/>, about 2*<paramref name="s"/> wide.</summary>
    public static void Draw(Ink ink, string name, SKPoint c, float s, SeededRandom rng)
    {
        switch (name)
        {
            case "cat": Cat(ink, c, s); break;
            case "fish": Fish(ink, c, s, rng); break;
            case "owl": Owl(ink, c, s); break;
            case "turtle": Turtle(ink, c, s); break;
            default: Butterfly(ink, c, s, rng); break;
        }
    }

    private static SKPath Triangle(SKPoint a, SKPoint b, SKPoint c)
    {
        using var p = new SKPathBuilder();
        p.MoveTo(a);
        p.LineTo(b);
        p.LineTo(c);
        p.Close();
        return p.Detach();
    }

    private static void Cat(Ink ink, SKPoint c, float s)
    {
        ink.Oval(c.X + s * 0.55f, c.Y + s * 0.55f, s * 0.45f, s * 0.1f, -50);                  // tail
        ink.Oval(c.X, c.Y + s * 0.45f, s * 0.55f, s * 0.5f);                                 // body
        ink.Oval(c.X, c.Y + s * 0.55f, s * 0.28f, s * 0.3f);                                 // belly
        ink.Oval(c.X - s * 0.25f, c.Y + s * 0.9f, s * 0.16f, s * 0.09f);                     // paws
        ink.Oval(c.X + s * 0.25f, c.Y + s * 0.9f, s * 0.16f, s * 0.09f);
        foreach (var side in new[] { -1f, 1f })
        {
            ink.Take(Triangle(new(c.X + side * s * 0.15f, c.Y - s * 0.55f), new(c.X + side * s * 0.45f, c.Y - s * 0.95f), new(c.X + side * s * 0.5f, c.Y - s * 0.4f)));
        }
        ink.Oval(c.X, c.Y - s * 0.35f, s * 0.5f, s * 0.42f);                                 // head
        foreach (var side in new[] { -1f, 1f })
        {
            ink.Oval(c.X + side * s * 0.18f, c.Y - s * 0.42f, s * 0.09f, s * 0.12f);         // eyes
            ink.Oval(c.X + side * s * 0.18f, c.Y - s * 0.4f, s * 0.03f, s * 0.07f);
            ink.Line(c.X + side * s * 0.12f, c.Y - s * 0.25f, c.X + side * s * 0.45f, c.Y - s * 0.3f);
            ink.Line(c.X + side * s * 0.12f, c.Y - s * 0.22f, c.X + side * s * 0.45f, c.Y - s * 0.17f);
        }
        ink.Take(Triangle(new(c.X - s * 0.06f, c.Y - s * 0.3f), new(c.X + s * 0.06f, c.Y - s * 0.3f), new(c.X, c.Y - s * 0.23f)));
    }

    private static void Fish(Ink ink, SKPoint c, float s, SeededRandom rng)
    {
        ink.Take(Triangle(new(c.X + s * 0.55f, c.Y), new(c.X + s, c.Y - s * 0.45f), new(c.X + s, c.Y + s * 0.45f)));
        ink.Take(Triangle(new(c.X - s * 0.2f, c.Y - s * 0.35f), new(c.X + s * 0.2f, c.Y - s * 0.7f), new(c.X + s * 0.3f, c.Y - s * 0.3f)));
        ink.Oval(c.X - s * 0.1f, c.Y, s * 0.72f, s * 0.45f);
        for (var i = 0; i < 3; i++)
        {
            using var b = new SKPathBuilder();
            b.AddArc(SKRect.Create(c.X - s * (0.2f - i * 0.22f), c.Y - s * 0.3f, s * 0.3f, s * 0.6f), -70, 140);
            using var arc = b.Detach();
            ink.Stroke(arc);
        }
        ink.Circle(c.X - s * 0.52f, c.Y - s * 0.1f, s * 0.09f);
        ink.Circle(c.X - s * 0.52f, c.Y - s * 0.1f, s * 0.03f);
        for (var i = 0; i < 4; i++) ink.Circle(c.X - s * (0.9f + rng.Range(0, 0.1f)), c.Y - s * (0.4f + i * 0.2f), s * (0.04f + i * 0.015f));
    }

    private static void Owl(Ink ink, SKPoint c, float s)
    {
        ink.Take(Shapes.Transformed(Shapes.Polygon(0, 0, 1, 4, 0), SKMatrix.CreateScale(s * 0.9f, s * 0.06f).PostConcat(SKMatrix.CreateTranslation(c.X, c.Y + s * 0.95f)))); // branch
        ink.Oval(c.X - s * 0.5f, c.Y + s * 0.2f, s * 0.2f, s * 0.45f, 15);                   // wings
        ink.Oval(c.X + s * 0.5f, c.Y + s * 0.2f, s * 0.2f, s * 0.45f, -15);
        ink.Oval(c.X, c.Y + s * 0.15f, s * 0.55f, s * 0.75f);                                // body
        ink.Oval(c.X, c.Y + s * 0.4f, s * 0.32f, s * 0.4f);
        foreach (var side in new[] { -1f, 1f })
        {
            ink.Take(Triangle(new(c.X + side * s * 0.2f, c.Y - s * 0.5f), new(c.X + side * s * 0.5f, c.Y - s * 0.85f), new(c.X + side * s * 0.5f, c.Y - s * 0.4f)));
            ink.Circle(c.X + side * s * 0.24f, c.Y - s * 0.28f, s * 0.2f);
            ink.Circle(c.X + side * s * 0.24f, c.Y - s * 0.28f, s * 0.1f);
            ink.Oval(c.X + side * s * 0.15f, c.Y + s * 0.9f, s * 0.08f, s * 0.06f);
        }
        ink.Take(Triangle(new(c.X - s * 0.07f, c.Y - s * 0.12f), new(c.X + s * 0.07f, c.Y - s * 0.12f), new(c.X, c.Y + s * 0.02f)));
    }

    private static void Turtle(Ink ink, SKPoint c, float s)
    {
        foreach (var (dx, dy) in new[] { (-0.5f, 0.3f), (0.5f, 0.3f), (-0.4f, -0.15f), (0.4f, -0.15f) }) ink.Oval(c.X + s * dx, c.Y + s * dy, s * 0.16f, s * 0.12f);
        ink.Oval(c.X + s * 0.8f, c.Y + s * 0.05f, s * 0.22f, s * 0.17f);                     // head
        ink.Circle(c.X + s * 0.88f, c.Y, s * 0.035f);
        ink.Oval(c.X, c.Y + s * 0.05f, s * 0.7f, s * 0.45f);                                 // shell
        ink.Take(Shapes.Polygon(c.X, c.Y + s * 0.05f, s * 0.2f, 6, 0));
        for (var i = 0; i < 6; i++)
        {
            var a = i * MathF.Tau / 6;
            ink.Take(Shapes.Polygon(c.X + MathF.Cos(a) * s * 0.36f, c.Y + s * 0.05f + MathF.Sin(a) * s * 0.25f, s * 0.12f, 6, 0));
        }
    }

    private static void Butterfly(Ink ink, SKPoint c, float s, SeededRandom rng)
    {
        foreach (var side in new[] { -1f, 1f })
        {
            ink.Oval(c.X + side * s * 0.45f, c.Y - s * 0.35f, s * 0.45f, s * 0.38f, side * -20);
            ink.Oval(c.X + side * s * 0.38f, c.Y + s * 0.35f, s * 0.32f, s * 0.3f, side * 25);
            ink.Circle(c.X + side * s * 0.5f, c.Y - s * 0.38f, s * rng.Range(0.12f, 0.18f));
            ink.Take(Shapes.Heart(c.X + side * s * 0.38f, c.Y + s * 0.38f, s * 0.22f));
            ink.Line(c.X, c.Y - s * 0.5f, c.X + side * s * 0.25f, c.Y - s * 0.9f);
            ink.Circle(c.X + side * s * 0.25f, c.Y - s * 0.9f, s * 0.04f);
        }
        ink.Oval(c.X, c.Y, s * 0.08f, s * 0.55f);
    }
}
