using MediaCreator.Modules.Image.Rendering;
using MediaCreator.Modules.Image.Rendering.Text;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Origami;

/// <summary>
/// The instruction page: the crease pattern in the standard conventions (edges solid, valley folds dashed, mountain
/// folds dash-dot), a legend, and the numbered steps. Pixel coordinates at <see cref="Dpi"/>.
/// </summary>
internal sealed class CreasePatternPage(PaperSize paper, int dpi)
{
    public static readonly SKColor ValleyColor = new(0x1E, 0x5A, 0xFF);
    public static readonly SKColor MountainColor = new(0xE0, 0x20, 0x20);

    public int Dpi { get; } = dpi;

    public int Width => paper.WidthPx(Dpi);

    public int Height => paper.HeightPx(Dpi);

    private float Mm(float mm) => PaperSize.MmToPx(mm, Dpi);

    /// <summary>Where the crease pattern's square sits.</summary>
    public SKRect Square
    {
        get
        {
            var side = Math.Min(Width - 2 * Mm(15), Mm(130));
            return SKRect.Create((Width - side) / 2, Mm(15 + 16), side, side);
        }
    }

    /// <summary>The legend's sample line for each kind (from, to).</summary>
    public (SKPoint From, SKPoint To) LegendSample(CreaseKind kind)
    {
        var y = Square.Bottom + Mm(10) + (int)kind * Mm(7);
        return (new SKPoint(Square.Left, y), new SKPoint(Square.Left + Mm(30), y));
    }

    public SKPaint Pen(CreaseKind kind) => kind switch
    {
        CreaseKind.Valley => new SKPaint
        {
            Color = ValleyColor, StrokeWidth = Mm(0.5f), IsAntialias = true, Style = SKPaintStyle.Stroke,
            PathEffect = SKPathEffect.CreateDash([Mm(3), Mm(2)], 0),
        },
        CreaseKind.Mountain => new SKPaint
        {
            Color = MountainColor, StrokeWidth = Mm(0.5f), IsAntialias = true, Style = SKPaintStyle.Stroke,
            PathEffect = SKPathEffect.CreateDash([Mm(4), Mm(1.5f), Mm(0.6f), Mm(1.5f)], 0),
        },
        _ => new SKPaint { Color = SKColors.Black, StrokeWidth = Mm(0.6f), IsAntialias = true, Style = SKPaintStyle.Stroke },
    };

    public void Draw(SKCanvas canvas, OrigamiModel model)
    {
        canvas.Clear(SKColors.White);
        var titleBox = SKRect.Create(Mm(15), Mm(12), Width - Mm(30), Mm(12));
        TextEngine.Fit($"{model.Title}: crease pattern", new TextStyle(FontRole.SansBold, 10, SKColors.Black), titleBox, 6, Mm(8)).Draw(canvas, titleBox);

        var sq = Square;
        foreach (var kind in new[] { CreaseKind.Valley, CreaseKind.Mountain, CreaseKind.Edge })
        {
            using var pen = Pen(kind);
            foreach (var c in model.Creases.Where(c => c.Kind == kind))
            {
                canvas.DrawLine(sq.Left + c.A.X * sq.Width, sq.Top + c.A.Y * sq.Height, sq.Left + c.B.X * sq.Width, sq.Top + c.B.Y * sq.Height, pen);
            }
        }

        var labels = new Dictionary<CreaseKind, string>
        {
            [CreaseKind.Edge] = "Edge of the sheet (cut line)",
            [CreaseKind.Valley] = "Valley fold (dashed): fold towards you",
            [CreaseKind.Mountain] = "Mountain fold (dash-dot): fold away from you",
        };
        foreach (var (kind, label) in labels)
        {
            var (from, to) = LegendSample(kind);
            using var pen = Pen(kind);
            canvas.DrawLine(from, to, pen);
            var box = new SKRect(to.X + Mm(5), from.Y - Mm(3), Width - Mm(15), from.Y + Mm(3));
            TextEngine.Fit(label, new TextStyle(FontRole.Sans, 10, SKColors.Black, TextAlign.Left), box, 4, Mm(4)).Draw(canvas, box);
        }

        var stepsTop = LegendSample(CreaseKind.Mountain).From.Y + Mm(8);
        var stepsBox = new SKRect(Mm(15), stepsTop, Width - Mm(15), Height - Mm(12));
        var steps = string.Join("\n", model.Steps.Select((s, i) => $"{i + 1}. {s}"));
        TextEngine.Fit(steps, new TextStyle(FontRole.Sans, 10, SKColors.Black, TextAlign.Left, 1.25f), stepsBox, 4, Mm(4.2f)).Draw(canvas, stepsBox, VerticalAlign.Top);
    }
}
