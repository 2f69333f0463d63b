using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Coloring;

/// <summary>A grid of framed cells, each holding a motif with a smaller echo of itself inside.</summary>
internal static class PatternPage
{
    public static void Draw(Ink ink, SKRect area, SeededRandom rng)
    {
        var cols = rng.Next(3, 5);
        var cell = area.Width / cols;
        var rows = Math.Max(1, (int)(area.Height / cell));
        var top = area.MidY - rows * cell / 2;
        var motifs = Enumerable.Range(0, 3).Select(_ => rng.Pick(Shapes.MotifNames)).ToArray();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                var rect = SKRect.Create(area.Left + c * cell, top + r * cell, cell, cell);
                using (var frame = new SKPathBuilder())
                {
                    frame.AddRect(rect, SKPathDirection.Clockwise);
                    using var path = frame.Detach();
                    ink.Shape(path);
                }
                var motif = motifs[(r + c) % motifs.Length];
                ink.Take(Shapes.Motif(motif, rect.MidX, rect.MidY, cell * 0.78f));
                ink.Take(Shapes.Motif(motif, rect.MidX, rect.MidY, cell * 0.4f));
                foreach (var (dx, dy) in new[] { (0.1f, 0.1f), (0.9f, 0.1f), (0.1f, 0.9f), (0.9f, 0.9f) })
                {
                    ink.Circle(rect.Left + dx * cell, rect.Top + dy * cell, cell * 0.045f);
                }
            }
        }
    }
}
