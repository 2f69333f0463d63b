using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Origami;

/// <summary>
/// Printable origami: square sheets decorated on the printed side (pattern from the prompt's palette and motifs,
/// with a fine cut line), and an instruction page with the model's crease pattern (edges solid, valley dashed,
/// mountain dash-dot, legend) and numbered steps, for a crane, a masu box or a fortune teller.
/// Outputs: <c>origami-{model}.pdf</c> (the sheets, then the instruction page), <c>sheet-1.png</c>.. (the squares)
/// and <c>crease-pattern.png</c>.
/// Options (all optional): <c>{"model":"crane|masu|fortune-teller", "sheets":2, "sheetSizeMm":180,
/// "paper":"A4|Letter", "dpi":300, "palette":"pastel|ocean|...", "motifs":["star","flower"]}</c>.
/// </summary>
internal sealed class OrigamiRenderer : TemplateRenderer
{
    public override ImageTemplateType Type => ImageTemplateType.Origami;

    protected override TemplateOutput Render(TemplateRequest request, IProgress<TemplateProgress>? progress, CancellationToken ct)
    {
        var options = OptionsOf(request);
        var paper = PaperSize.Parse(options.String("paper"));
        var dpi = options.Int("dpi", 300, 50, 600);
        var key = (options.String("model") ?? OrigamiModel.Keys.FirstOrDefault(k => (request.Prompt ?? "").Contains(k.Split('-')[0], StringComparison.OrdinalIgnoreCase)) ?? "crane").ToLowerInvariant();
        if (!OrigamiModel.Keys.Contains(key)) throw options.Invalid($"unknown model '{key}' (use {string.Join(", ", OrigamiModel.Keys)})");
        var model = OrigamiModel.Get(key);
        var sheets = options.Int("sheets", request.PageCount ?? 2, 1, 10);
        var maxMm = Math.Min(paper.WidthMm, paper.HeightMm) - 20;
        var sideMm = options.Float("sheetSizeMm", Math.Min(180, maxMm), 50, maxMm);
        var rng = new SeededRandom(request.Seed);
        var palette = options.String("palette") is { } name ? Palettes.Get(name) : Palettes.From(request.Prompt, rng);
        var motifs = options.Strings("motifs").Where(Shapes.MotifNames.Contains).ToArray();
        if (motifs.Length == 0) motifs = [rng.Pick(Shapes.MotifNames), rng.Pick(Shapes.MotifNames)];

        var files = new List<OutputFile>();
        using var pdf = new PdfBuilder($"Origami {model.Title}", dpi);
        var side = (int)Math.Round(PaperSize.MmToPx(sideMm, dpi));
        SKBitmap? preview = null;
        for (var i = 0; i < sheets; i++)
        {
            ct.ThrowIfCancellationRequested();
            Report(progress, 0.8 * i / sheets, $"Sheet {i + 1} of {sheets}");
            var sheet = Outputs.Render(side, side, SKColors.White, c => DecorateSheet(c, side, palette, motifs, rng.Fork(i)));
            files.Add(Outputs.Png($"sheet-{i + 1}.png", sheet, dpi, hasAlpha: false));
            pdf.AddPage(paper, canvas => DrawSheetPage(canvas, paper, dpi, sheet, model.Title, sideMm));
            if (preview is null) preview = sheet; else sheet.Dispose();
        }
        Report(progress, 0.85, "Crease pattern");
        var cp = new CreasePatternPage(paper, dpi);
        pdf.AddPage(paper, canvas => cp.Draw(canvas, model));
        using (var cpBitmap = Outputs.Render(cp.Width, cp.Height, SKColors.White, canvas => cp.Draw(canvas, model)))
        {
            files.Add(Outputs.Png("crease-pattern.png", cpBitmap, dpi, hasAlpha: false));
        }
        files.Insert(0, Outputs.Pdf($"origami-{key}.pdf", pdf, paper));
        Report(progress, 1, "Done");
        return new TemplateOutput(files, preview!);
    }

    private static void DecorateSheet(SKCanvas canvas, int side, SKColor[] palette, string[] motifs, SeededRandom rng)
    {
        canvas.Clear(palette[rng.Next(5)]);
        var cell = side / (float)rng.Next(5, 9);
        for (var y = cell / 2; y < side + cell; y += cell)
        {
            for (var x = cell / 2; x < side + cell; x += cell)
            {
                using var paint = new SKPaint { Color = palette[rng.Next(palette.Length)], IsAntialias = true };
                var offset = (int)(y / cell) % 2 == 0 ? 0 : cell / 2;
                using var path = Shapes.Motif(motifs[rng.Next(motifs.Length)], x + offset, y, cell * rng.Range(0.4f, 0.7f));
                canvas.DrawPath(path, paint);
            }
        }
    }

    private static void DrawSheetPage(SKCanvas canvas, PaperSize paper, int dpi, SKBitmap sheet, string title, float sideMm)
    {
        var w = paper.WidthPx(dpi);
        var h = paper.HeightPx(dpi);
        var dest = SKRect.Create((w - sheet.Width) / 2f, (h - sheet.Height) / 2f, sheet.Width, sheet.Height);
        using (var image = SKImage.FromBitmap(sheet)) canvas.DrawImage(image, dest, new SKSamplingOptions(SKFilterMode.Linear));
        using var cut = new SKPaint { Color = new SKColor(0x80, 0x80, 0x80), Style = SKPaintStyle.Stroke, StrokeWidth = PaperSize.MmToPx(0.25f, dpi), IsAntialias = true };
        canvas.DrawRect(dest, cut);
        using var font = new SKFont(Rendering.FontLibrary.Get(Rendering.FontRole.Sans), PaperSize.MmToPx(3, dpi));
        using var ink = new SKPaint { Color = new SKColor(0x60, 0x60, 0x60), IsAntialias = true };
        canvas.DrawText($"{title}: cut along the grey line ({sideMm:0} mm square), decorated side is the outside",
            w / 2f, dest.Bottom + PaperSize.MmToPx(6, dpi), SKTextAlign.Center, font, ink);
    }
}
