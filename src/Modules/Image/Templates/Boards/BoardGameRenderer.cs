using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Rendering;
using MediaCreator.Modules.Image.Rendering.Text;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Boards;

/// <summary>
/// A printable board game: the board (square grid, serpentine track with START/FINISH and bonus spaces, or hex map)
/// on a landscape page with its title, and a page of player tokens and a fold-up die (cube net) to cut out.
/// Outputs: <c>board-game.pdf</c> (board, tokens), <c>board.png</c>, <c>tokens.png</c>.
/// Options (all optional): <c>{"layout":"grid|track|hex", "rows":8, "cols":8, "spaces":30, "players":4,
/// "title":"...", "palette":"forest|ocean|...", "paper":"A4|Letter", "dpi":300}</c>.
/// </summary>
internal sealed class BoardGameRenderer : TemplateRenderer
{
    public static readonly SKColor[] PlayerColors = [new(0xE6, 0x39, 0x46), new(0x1D, 0x7A, 0xD8), new(0x2A, 0x9D, 0x3F), new(0xF2, 0xB1, 0x00), new(0x8E, 0x44, 0xAD), new(0x33, 0x33, 0x33)];

    public override ImageTemplateType Type => ImageTemplateType.BoardGame;

    protected override TemplateOutput Render(TemplateRequest request, IProgress<TemplateProgress>? progress, CancellationToken ct)
    {
        var options = OptionsOf(request);
        var paper = PaperSize.Parse(options.String("paper")).Landscape;
        var dpi = options.Int("dpi", 300, 50, 600);
        var players = options.Int("players", 4, 2, PlayerColors.Length);
        var title = options.String("title") ?? request.Text ?? request.Prompt ?? "Board game";
        Report(progress, 0.1, "Laying out the board");
        var (board, cells) = RenderBoard(request, options, paper, dpi, title);
        ct.ThrowIfCancellationRequested();
        foreach (var cell in cells) cell.Shape.Dispose();
        Report(progress, 0.6, "Tokens");
        using var tokens = Outputs.Render(paper.WidthPx(dpi), paper.HeightPx(dpi), SKColors.White, c => DrawTokens(c, paper, dpi, players));
        using var pdf = new PdfBuilder(title, dpi);
        pdf.AddBitmapPage(paper, board);
        pdf.AddBitmapPage(paper, tokens);
        var files = new[]
        {
            Outputs.Pdf("board-game.pdf", pdf, paper),
            Outputs.Png("board.png", board, dpi, hasAlpha: false),
            Outputs.Png("tokens.png", tokens, dpi, hasAlpha: false),
        };
        Report(progress, 1, "Done");
        return new TemplateOutput(files, board);
    }

    internal (SKBitmap Board, IReadOnlyList<BoardCell> Cells) RenderBoard(TemplateRequest request, TemplateOptions options, PaperSize paper, int dpi, string title)
    {
        var rng = new SeededRandom(request.Seed);
        var palette = options.String("palette") is { } name ? Palettes.Get(name) : Palettes.From(request.Prompt, rng);
        var w = paper.WidthPx(dpi);
        var h = paper.HeightPx(dpi);
        var margin = PaperSize.MmToPx(12, dpi);
        var titleBox = SKRect.Create(margin, margin, w - 2 * margin, PaperSize.MmToPx(14, dpi));
        var area = new SKRect(margin, titleBox.Bottom + PaperSize.MmToPx(4, dpi), w - margin, h - margin);
        var layout = options.String("layout", "grid").ToLowerInvariant();
        IReadOnlyList<BoardCell> cells = layout switch
        {
            "grid" => BoardLayouts.Grid(area, options.Int("rows", 8, 2, 30), options.Int("cols", 8, 2, 30), palette),
            "track" => BoardLayouts.Track(area, options.Int("spaces", 30, 6, 120), palette, rng),
            "hex" => BoardLayouts.Hex(area, options.Int("rows", 7, 2, 30), options.Int("cols", 9, 2, 30), palette, rng),
            _ => throw options.Invalid($"unknown layout '{layout}' (grid, track, hex)"),
        };
        var board = Outputs.Render(w, h, SKColors.White, canvas =>
        {
            TextEngine.Fit(title, new TextStyle(FontRole.SansBold, 10, SKColors.Black), titleBox, 6, titleBox.Height).Draw(canvas, titleBox);
            using var fill = new SKPaint { IsAntialias = true };
            using var outline = new SKPaint { Color = new SKColor(0x22, 0x22, 0x22), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(2, PaperSize.MmToPx(0.5f, dpi)), StrokeJoin = SKStrokeJoin.Round };
            if (layout == "track") DrawConnectors(canvas, cells, outline);
            foreach (var cell in cells)
            {
                fill.Color = cell.Fill;
                canvas.DrawPath(cell.Shape, fill);
                canvas.DrawPath(cell.Shape, outline);
                var bounds = cell.Shape.Bounds;
                if (cell.Icon is { } icon)
                {
                    fill.Color = SKColors.White;
                    using var path = Shapes.Motif(icon, cell.Centre.X, cell.Centre.Y + bounds.Height * 0.1f, bounds.Height * 0.45f);
                    canvas.DrawPath(path, fill);
                    canvas.DrawPath(path, outline);
                }
                if (cell.Label is { } label)
                {
                    var box = SKRect.Create(bounds.Left + bounds.Width * 0.08f, bounds.Top + bounds.Height * 0.06f, bounds.Width * 0.84f, bounds.Height * (label.Length > 3 ? 0.4f : 0.3f));
                    TextEngine.Fit(label, new TextStyle(FontRole.SansBold, 10, SKColors.Black), box, 3, box.Height).Draw(canvas, box);
                }
            }
        });
        return (board, cells);
    }

    private static void DrawConnectors(SKCanvas canvas, IReadOnlyList<BoardCell> cells, SKPaint outline)
    {
        using var band = new SKPaint { Color = new SKColor(0xDD, 0xDD, 0xDD), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = cells[0].Shape.Bounds.Width * 0.3f, StrokeCap = SKStrokeCap.Round };
        for (var i = 1; i < cells.Count; i++) canvas.DrawLine(cells[i - 1].Centre, cells[i].Centre, band);
    }

    private static void DrawTokens(SKCanvas canvas, PaperSize paper, int dpi, int players)
    {
        var r = PaperSize.MmToPx(9, dpi);
        var step = PaperSize.MmToPx(26, dpi);
        var left = PaperSize.MmToPx(20, dpi);
        var top = PaperSize.MmToPx(25, dpi);
        using var font = new SKFont(FontLibrary.Get(FontRole.SansBold), r);
        using var fill = new SKPaint { IsAntialias = true };
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var cut = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(1, PaperSize.MmToPx(0.3f, dpi)), PathEffect = SKPathEffect.CreateDash([PaperSize.MmToPx(1.5f, dpi), PaperSize.MmToPx(1, dpi)], 0) };
        canvas.DrawText("Cut out the tokens along the dashed circles.", left, top - PaperSize.MmToPx(10, dpi), SKTextAlign.Left, font, fill);
        for (var p = 0; p < players; p++)
        {
            fill.Color = PlayerColors[p];
            for (var k = 0; k < 4; k++)
            {
                var c = new SKPoint(left + r + k * step, top + r + p * step);
                canvas.DrawCircle(c, r, fill);
                canvas.DrawCircle(c, r + PaperSize.MmToPx(1.5f, dpi), cut);
                canvas.DrawText((p + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), c.X, c.Y + r * 0.35f, SKTextAlign.Center, font, white);
            }
        }
        DieNet.Draw(canvas, DieOrigin(paper, dpi), DieFace(dpi), Math.Max(1, PaperSize.MmToPx(0.3f, dpi)));
    }

    /// <summary>The die net on the token page: 25 mm faces, right of the tokens.</summary>
    internal static SKPoint DieOrigin(PaperSize paper, int dpi) => new(paper.WidthPx(dpi) - PaperSize.MmToPx(20, dpi) - 3.3f * DieFace(dpi), PaperSize.MmToPx(25, dpi));

    internal static float DieFace(int dpi) => PaperSize.MmToPx(25, dpi);
}
