using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Coloring;

/// <summary>
/// A coloring book: bold, closed black outlines on white, pure black/white pixels, one motif per page inside a frame.
/// Motifs come from the prompt (mandala, an animal: cat/fish/owl/turtle/butterfly, or geometric patterns; otherwise
/// the themes alternate), or page 1 is traced from request.Reference (edge extraction). request.PageCount pages
/// (default 4, or 1 with a reference; at most 40). Outputs: <c>coloring-book.pdf</c> (one page per sheet, A4 or
/// Letter) and, with <c>pngPages</c>, <c>page-01.png</c>...
/// Options (all optional): <c>{"paper":"A4|Letter", "dpi":300, "theme":"mandala|animals|patterns|mixed",
/// "animal":"cat|fish|owl|turtle|butterfly", "lineWidthMm":0.8, "pngPages":false}</c>.
/// </summary>
internal sealed class ColoringBookRenderer : TemplateRenderer
{
    private static readonly (string Word, string Theme)[] ThemeWords =
    [
        ("mandala", "mandala"), ("zen", "mandala"), ("มันดาลา", "mandala"),
        ("pattern", "patterns"), ("geometric", "patterns"), ("tile", "patterns"), ("shapes", "patterns"), ("ลาย", "patterns"),
        ("animal", "animals"), ("cat", "animals"), ("fish", "animals"), ("owl", "animals"), ("turtle", "animals"), ("butterfly", "animals"),
        ("สัตว์", "animals"), ("แมว", "animals"), ("ปลา", "animals"), ("นกฮูก", "animals"), ("เต่า", "animals"), ("ผีเสื้อ", "animals"),
    ];

    private static readonly (string Word, string Animal)[] AnimalWords =
    [
        ("cat", "cat"), ("kitten", "cat"), ("แมว", "cat"), ("fish", "fish"), ("ปลา", "fish"), ("owl", "owl"), ("นกฮูก", "owl"),
        ("turtle", "turtle"), ("เต่า", "turtle"), ("butterfly", "butterfly"), ("ผีเสื้อ", "butterfly"),
    ];

    public override ImageTemplateType Type => ImageTemplateType.ColoringBook;

    protected override TemplateOutput Render(TemplateRequest request, IProgress<TemplateProgress>? progress, CancellationToken ct)
    {
        var options = OptionsOf(request);
        var paper = PaperSize.Parse(options.String("paper"));
        var dpi = options.Int("dpi", 300, 50, 600);
        var pages = request.PageCount ?? (request.Reference is null ? 4 : 1);
        if (pages is < 1 or > 40) throw Invalid($"PageCount must be 1..40 (got {pages}).");
        var pngPages = options.Bool("pngPages", false);
        var spec = new PageSpec(paper, dpi, Math.Max(2, PaperSize.MmToPx(options.Float("lineWidthMm", 0.8f, 0.2f, 3f), dpi)),
            Theme(options, request.Prompt), Animal(options, request.Prompt));

        (bool[] Mask, int Width, int Height)? traced = null;
        if (request.Reference is { } photo)
        {
            Report(progress, 0.05, "Tracing the reference photo");
            traced = LineArtExtractor.Extract(photo);
        }
        var files = new List<OutputFile>();
        SKBitmap? preview = null;
        using var pdf = new PdfBuilder("Coloring book", dpi);
        var rng = new SeededRandom(request.Seed);
        for (var i = 0; i < pages; i++)
        {
            ct.ThrowIfCancellationRequested();
            Report(progress, 0.1 + 0.85 * i / pages, $"Page {i + 1} of {pages}");
            var page = i == 0 && traced is { } t ? RenderTraced(spec, t) : RenderPage(spec, i, rng.Fork(i));
            pdf.AddBitmapPage(paper, page);
            if (pngPages) files.Add(Outputs.Png($"page-{i + 1:00}.png", page, dpi, hasAlpha: false));
            if (preview is null) preview = page; else page.Dispose();
        }
        files.Insert(0, Outputs.Pdf("coloring-book.pdf", pdf, paper));
        Report(progress, 1, "Done");
        return new TemplateOutput(files, preview!);
    }

    internal sealed record PageSpec(PaperSize Paper, int Dpi, float LineWidth, string Theme, string? Animal);

    internal static SKBitmap RenderPage(PageSpec spec, int index, SeededRandom rng) => Page(spec, (ink, content) =>
    {
        var theme = spec.Theme == "mixed" ? new[] { "mandala", "animals", "patterns" }[index % 3] : spec.Theme;
        var centre = new SKPoint(content.MidX, content.MidY);
        switch (theme)
        {
            case "mandala":
                Mandala.Draw(ink, centre, Math.Min(content.Width, content.Height) / 2 * 0.92f, rng);
                break;
            case "patterns":
                PatternPage.Draw(ink, content, rng);
                break;
            default:
                var s = Math.Min(content.Width, content.Height) * 0.36f;
                Decorate(ink, content, centre, s * 1.35f, rng);
                Animals.Draw(ink, spec.Animal ?? Animals.Names[index % Animals.Names.Length], centre, s, rng);
                break;
        }
    });

    private static SKBitmap RenderTraced(PageSpec spec, (bool[] Mask, int Width, int Height) traced) => Page(spec, (ink, content) =>
    {
        using var lines = LineArtExtractor.ToBitmap(traced.Mask, traced.Width, traced.Height);
        var scale = Math.Min(content.Width / traced.Width, content.Height / traced.Height);
        var dest = SKRect.Create(content.MidX - traced.Width * scale / 2, content.MidY - traced.Height * scale / 2, traced.Width * scale, traced.Height * scale);
        using var image = SKImage.FromBitmap(lines);
        ink.Canvas.DrawImage(image, dest, new SKSamplingOptions(SKFilterMode.Linear));
    });

    private static SKBitmap Page(PageSpec spec, Action<Ink, SKRect> drawContent)
    {
        var w = spec.Paper.WidthPx(spec.Dpi);
        var h = spec.Paper.HeightPx(spec.Dpi);
        var bitmap = Outputs.Render(w, h, SKColors.White, canvas =>
        {
            using var ink = new Ink(canvas, spec.LineWidth);
            var margin = PaperSize.MmToPx(12, spec.Dpi);
            var frame = SKRect.Create(margin, margin, w - 2 * margin, h - 2 * margin);
            using (var b = new SKPathBuilder())
            {
                b.AddRoundRect(frame, margin / 2, margin / 2, SKPathDirection.Clockwise);
                using var path = b.Detach();
                ink.Shape(path);
            }
            drawContent(ink, SKRect.Inflate(frame, -PaperSize.MmToPx(8, spec.Dpi), -PaperSize.MmToPx(8, spec.Dpi)));
        });
        Binarize(bitmap);
        return bitmap;
    }

    /// <summary>Small closed ornaments scattered around (not over) the main motif.</summary>
    private static void Decorate(Ink ink, SKRect content, SKPoint centre, float keepOut, SeededRandom rng)
    {
        var size = Math.Min(content.Width, content.Height) * 0.09f;
        var placed = new List<SKPoint>();
        for (var attempt = 0; attempt < 80 && placed.Count < 10; attempt++)
        {
            var p = new SKPoint(rng.Range(content.Left + size, content.Right - size), rng.Range(content.Top + size, content.Bottom - size));
            if (SKPoint.Distance(p, centre) < keepOut + size || placed.Any(q => SKPoint.Distance(p, q) < size * 2.2f)) continue;
            placed.Add(p);
            ink.Take(Shapes.Motif(rng.Pick(new[] { "star", "heart", "flower", "circle", "leaf" }), p.X, p.Y, size * rng.Range(1.1f, 1.6f)));
        }
    }

    /// <summary>Pure black or white pixels only (clean line art prints and colours better).</summary>
    internal static void Binarize(SKBitmap bitmap)
    {
        var span = bitmap.GetPixelSpan();
        for (var i = 0; i + 3 < span.Length; i += 4)
        {
            var v = (byte)(span[i] + span[i + 1] + span[i + 2] < 3 * 140 ? 0 : 255);
            span[i] = v;
            span[i + 1] = v;
            span[i + 2] = v;
            span[i + 3] = 255;
        }
    }

    private string Theme(TemplateOptions options, string? prompt)
    {
        var theme = options.String("theme")?.ToLowerInvariant()
                    ?? ThemeWords.FirstOrDefault(t => (prompt ?? "").Contains(t.Word, StringComparison.OrdinalIgnoreCase)).Theme
                    ?? "mixed";
        return theme is "mandala" or "animals" or "patterns" or "mixed" ? theme : throw Invalid($"unknown theme '{theme}' (mandala, animals, patterns, mixed).");
    }

    private string? Animal(TemplateOptions options, string? prompt)
    {
        var animal = options.String("animal")?.ToLowerInvariant()
                     ?? AnimalWords.FirstOrDefault(a => (prompt ?? "").Contains(a.Word, StringComparison.OrdinalIgnoreCase)).Animal;
        return animal is null || Animals.Names.Contains(animal) ? animal : throw Invalid($"unknown animal '{animal}' ({string.Join(", ", Animals.Names)}).");
    }
}
