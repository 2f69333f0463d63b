using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Boards;

/// <summary>
/// A printable six-sided die: the cross-shaped net of a cube (opposite faces add up to 7) with pips, dashed fold
/// lines and glue tabs.
/// </summary>
internal static class DieNet
{
    // (column, row) of each face in the cross; the strip 2-1-5-6 runs down, 3 and 4 flank the 1
    private static readonly (int Col, int Row, int Value)[] Faces = [(1, 0, 2), (1, 1, 1), (1, 2, 5), (1, 3, 6), (0, 1, 3), (2, 1, 4)];

    private static readonly Dictionary<int, (float X, float Y)[]> Pips = new()
    {
        [1] = [(0.5f, 0.5f)],
        [2] = [(0.25f, 0.25f), (0.75f, 0.75f)],
        [3] = [(0.25f, 0.25f), (0.5f, 0.5f), (0.75f, 0.75f)],
        [4] = [(0.25f, 0.25f), (0.75f, 0.25f), (0.25f, 0.75f), (0.75f, 0.75f)],
        [5] = [(0.25f, 0.25f), (0.75f, 0.25f), (0.5f, 0.5f), (0.25f, 0.75f), (0.75f, 0.75f)],
        [6] = [(0.25f, 0.22f), (0.75f, 0.22f), (0.25f, 0.5f), (0.75f, 0.5f), (0.25f, 0.78f), (0.75f, 0.78f)],
    };

    /// <summary>The net's bounds when drawn at <paramref name="origin"/> with faces of side <paramref name="a"/>.</summary>
    public static SKRect Bounds(SKPoint origin, float a) => SKRect.Create(origin.X - a * 0.3f, origin.Y, a * 3.6f, a * 4);

    public static void Draw(SKCanvas canvas, SKPoint origin, float a, float line)
    {
        using var tab = new SKPaint { Color = new SKColor(0xE4, 0xE4, 0xE4), IsAntialias = true };
        using var edge = new SKPaint { Color = new SKColor(0x44, 0x44, 0x44), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = line };
        using var fold = new SKPaint { Color = new SKColor(0x44, 0x44, 0x44), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = line, PathEffect = SKPathEffect.CreateDash([line * 4, line * 3], 0) };
        using var pip = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        SKRect Cell(int col, int row) => SKRect.Create(origin.X + col * a, origin.Y + row * a, a, a);

        // glue tabs on the strip's free sides (rows 0, 2, 3) and on the flanks' tops
        foreach (var (col, row) in new[] { (1, 0), (1, 2), (1, 3) })
        {
            var r = Cell(col, row);
            DrawTab(canvas, new SKPoint(r.Left, r.Top), new SKPoint(r.Left, r.Bottom), -1, 0, a * 0.28f, tab, edge);
            DrawTab(canvas, new SKPoint(r.Right, r.Top), new SKPoint(r.Right, r.Bottom), 1, 0, a * 0.28f, tab, edge);
        }
        foreach (var col in new[] { 0, 2 })
        {
            var r = Cell(col, 1);
            DrawTab(canvas, new SKPoint(r.Left, r.Top), new SKPoint(r.Right, r.Top), 0, -1, a * 0.28f, tab, edge);
        }
        foreach (var (col, row, value) in Faces)
        {
            var r = Cell(col, row);
            canvas.DrawRect(r, edge);
            foreach (var (x, y) in Pips[value]) canvas.DrawCircle(r.Left + x * a, r.Top + y * a, a * 0.085f, pip);
        }
        // fold lines between joined faces
        for (var row = 1; row <= 3; row++) canvas.DrawLine(Cell(1, row).Left, Cell(1, row).Top, Cell(1, row).Right, Cell(1, row).Top, fold);
        canvas.DrawLine(Cell(1, 1).Left, Cell(1, 1).Top, Cell(1, 1).Left, Cell(1, 1).Bottom, fold);
        canvas.DrawLine(Cell(1, 1).Right, Cell(1, 1).Top, Cell(1, 1).Right, Cell(1, 1).Bottom, fold);
    }

    private static void DrawTab(SKCanvas canvas, SKPoint a, SKPoint b, int dx, int dy, float depth, SKPaint fill, SKPaint edge)
    {
        var inset = SKPoint.Distance(a, b) * 0.18f;
        var along = new SKPoint((b.X - a.X) / SKPoint.Distance(a, b), (b.Y - a.Y) / SKPoint.Distance(a, b));
        using var builder = new SKPathBuilder();
        builder.MoveTo(a);
        builder.LineTo(a.X + dx * depth + along.X * inset, a.Y + dy * depth + along.Y * inset);
        builder.LineTo(b.X + dx * depth - along.X * inset, b.Y + dy * depth - along.Y * inset);
        builder.LineTo(b);
        builder.Close();
        using var path = builder.Detach();
        canvas.DrawPath(path, fill);
        canvas.DrawPath(path, edge);
    }
}
