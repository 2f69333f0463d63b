using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Boards;

/// <summary>Board geometries inside an area: a square grid, a serpentine track, or a hex map.</summary>
internal static class BoardLayouts
{
    public static IReadOnlyList<BoardCell> Grid(SKRect area, int rows, int cols, SKColor[] palette)
    {
        var size = Math.Min(area.Width / cols, area.Height / rows);
        var left = area.MidX - cols * size / 2;
        var top = area.MidY - rows * size / 2;
        var cells = new List<BoardCell>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                var rect = SKRect.Create(left + c * size, top + r * size, size, size);
                cells.Add(new BoardCell(Rect(rect), new SKPoint(rect.MidX, rect.MidY), (r + c) % 2 == 0 ? palette[5] : palette[0]));
            }
        }
        return cells;
    }

    public static IReadOnlyList<BoardCell> Track(SKRect area, int spaces, SKColor[] palette, SeededRandom rng)
    {
        var cols = Math.Max(2, (int)Math.Ceiling(Math.Sqrt(spaces * area.Width / area.Height)));
        var rows = (int)Math.Ceiling(spaces / (double)cols);
        var size = Math.Min(area.Width / cols, area.Height / rows);
        var gap = size * 0.12f;
        var left = area.MidX - cols * size / 2;
        var top = area.MidY - rows * size / 2;
        var cells = new List<BoardCell>();
        for (var i = 0; i < spaces; i++)
        {
            var row = i / cols;
            var col = row % 2 == 0 ? i % cols : cols - 1 - i % cols;
            // serpentine from the bottom row up, so the finish is at the top
            var rect = SKRect.Create(left + col * size + gap / 2, top + (rows - 1 - row) * size + gap / 2, size - gap, size - gap);
            string? label = i == 0 ? "START" : i == spaces - 1 ? "FINISH" : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string? icon = i > 0 && i < spaces - 1 && rng.Chance(0.18) ? rng.Pick(new[] { "star", "heart", "moon" }) : null;
            var fill = i == 0 || i == spaces - 1 ? palette[3] : palette[i % 3];
            using var b = new SKPathBuilder();
            b.AddRoundRect(rect, size * 0.12f, size * 0.12f, SKPathDirection.Clockwise);
            cells.Add(new BoardCell(b.Detach(), new SKPoint(rect.MidX, rect.MidY), fill, label, icon));
        }
        return cells;
    }

    public static IReadOnlyList<BoardCell> Hex(SKRect area, int rows, int cols, SKColor[] palette, SeededRandom rng)
    {
        // pointy-top hexes, odd rows shifted right by half a hex
        var sqrt3 = MathF.Sqrt(3);
        var radius = Math.Min(area.Width / (sqrt3 * (cols + 0.5f)), area.Height / (1.5f * rows + 0.5f));
        var w = sqrt3 * radius;
        var left = area.MidX - w * (cols + 0.5f) / 2 + w / 2;
        var top = area.MidY - (1.5f * rows + 0.5f) * radius / 2 + radius;
        var cells = new List<BoardCell>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                var centre = new SKPoint(left + c * w + (r % 2 == 1 ? w / 2 : 0), top + r * 1.5f * radius);
                cells.Add(new BoardCell(Shapes.Polygon(centre.X, centre.Y, radius, 6, -90), centre, palette[rng.Next(5)]));
            }
        }
        return cells;
    }

    private static SKPath Rect(SKRect r)
    {
        using var b = new SKPathBuilder();
        b.AddRect(r, SKPathDirection.Clockwise);
        return b.Detach();
    }
}
