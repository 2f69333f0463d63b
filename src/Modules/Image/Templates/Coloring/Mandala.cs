using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Coloring;

/// <summary>Concentric rings of petals, beads, scallops and spikes; every region is closed.</summary>
internal static class Mandala
{
    public static void Draw(Ink ink, SKPoint c, float radius, SeededRandom rng)
    {
        var rings = rng.Next(5, 8);
        var inner = radius * 0.12f;
        var step = (radius - inner) / rings;
        // outermost first so inner rings sit on top of the outer fills
        var kinds = Enumerable.Range(0, rings).Select(_ => rng.Next(4)).ToArray();
        var counts = Enumerable.Range(0, rings).Select(k => 4 * rng.Next(2 + k / 2, 5 + k)).ToArray();
        for (var k = rings - 1; k >= 0; k--)
        {
            var r0 = inner + k * step;
            var r1 = r0 + step;
            ink.Circle(c.X, c.Y, r1);
            Ring(ink, c, r0, r1, kinds[k], counts[k]);
        }
        ink.Circle(c.X, c.Y, inner);
        ink.Take(Shapes.Flower(c.X, c.Y, inner * 0.8f, 8));
        ink.Circle(c.X, c.Y, inner * 0.22f);
    }

    private static void Ring(Ink ink, SKPoint c, float r0, float r1, int kind, int n)
    {
        var mid = (r0 + r1) / 2;
        var w = r1 - r0;
        for (var i = 0; i < n; i++)
        {
            var a = i * MathF.Tau / n;
            var dir = new SKPoint(MathF.Cos(a), MathF.Sin(a));
            switch (kind)
            {
                case 0: // pointed petals
                    ink.Take(Petal(c, a, r0, r1 - w * 0.06f, MathF.Min(w * 0.35f, MathF.PI * mid / n * 0.9f)));
                    break;
                case 1: // beads
                    ink.Circle(c.X + dir.X * mid, c.Y + dir.Y * mid, Math.Min(w * 0.36f, MathF.PI * mid / n * 0.8f));
                    break;
                case 2: // scallops
                {
                    var half = MathF.PI / n;
                    using var b = new SKPathBuilder();
                    b.MoveTo(c.X + r0 * MathF.Cos(a - half), c.Y + r0 * MathF.Sin(a - half));
                    b.QuadTo(c.X + (r1 + w * 0.3f) * MathF.Cos(a), c.Y + (r1 + w * 0.3f) * MathF.Sin(a), c.X + r0 * MathF.Cos(a + half), c.Y + r0 * MathF.Sin(a + half));
                    b.Close();
                    using var path = b.Detach();
                    ink.Canvas.Save();
                    using (var clip = Shapes.Circle(c.X, c.Y, r1)) ink.Canvas.ClipPath(clip, antialias: true);
                    ink.Shape(path);
                    ink.Canvas.Restore();
                    break;
                }
                default: // spikes
                {
                    var half = MathF.PI / n;
                    using var b = new SKPathBuilder();
                    b.MoveTo(c.X + r0 * MathF.Cos(a - half), c.Y + r0 * MathF.Sin(a - half));
                    b.LineTo(c.X + (r1 - w * 0.08f) * dir.X, c.Y + (r1 - w * 0.08f) * dir.Y);
                    b.LineTo(c.X + r0 * MathF.Cos(a + half), c.Y + r0 * MathF.Sin(a + half));
                    b.Close();
                    using var path = b.Detach();
                    ink.Shape(path);
                    ink.Circle(c.X + dir.X * (r0 + w * 0.3f), c.Y + dir.Y * (r0 + w * 0.3f), w * 0.08f);
                    break;
                }
            }
        }
    }

    private static SKPath Petal(SKPoint c, float angle, float r0, float r1, float halfWidth)
    {
        var dir = new SKPoint(MathF.Cos(angle), MathF.Sin(angle));
        var normal = new SKPoint(-dir.Y, dir.X);
        var midR = (r0 + r1) / 2;
        SKPoint At(float r, float side) => new(c.X + dir.X * r + normal.X * side, c.Y + dir.Y * r + normal.Y * side);
        using var b = new SKPathBuilder();
        b.MoveTo(At(r0, 0));
        b.QuadTo(At(midR, halfWidth * 2), At(r1, 0));
        b.QuadTo(At(midR, -halfWidth * 2), At(r0, 0));
        b.Close();
        return b.Detach();
    }
}
