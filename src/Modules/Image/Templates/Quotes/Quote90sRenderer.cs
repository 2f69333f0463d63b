using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Rendering;
using MediaCreator.Modules.Image.Rendering.Text;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Quotes;

/// <summary>
/// A quote on a 90s-style picture: diagonal gradient, halftone dots, memphis confetti, a striped retro sun over a
/// grid, and the quote in bold outlined type with a drop shadow on a sticker panel (auto-fitted, Thai-aware).
/// Text: request.Text or Fields["quote"]; author: Fields["author"] or Options.author. Size: request Width/Height
/// (default 1080x1080). Output: <c>quote.png</c>.
/// Options (all optional): <c>{"palette":"retro|pastel|ocean|forest|sunset|mono|candy|earth",
/// "font":"Hand|SansBold|Rounded|SerifBold|...", "textColor":"#FFFFFF", "outlineColor":"#1A1A2E",
/// "panelColor":"#FF3CAC", "author":"..."}</c>.
/// </summary>
internal sealed class Quote90sRenderer : TextCompositionRenderer
{
    public override ImageTemplateType Type => ImageTemplateType.Quote90s;

    protected override string FileName => "quote.png";

    internal override TextComposition Compose(TemplateRequest request)
    {
        var options = OptionsOf(request);
        var (w, h) = SizeOf(request, 1080, 1080);
        var text = QuoteText.Main(request, Type);
        var author = QuoteText.Author(request, options.String("author"));
        var rng = new SeededRandom(request.Seed);
        var palette = Palettes.Get(options.String("palette") ?? Palettes.NameIn(request.Style) ?? Palettes.NameIn(request.Prompt) ?? "retro");
        var textColor = options.Color("textColor", SKColors.White);
        var outline = options.Color("outlineColor", new SKColor(0x1A, 0x1A, 0x2E));
        var panelColor = options.Color("panelColor", palette[1]);
        var font = QuoteText.Font(options.String("font"), FontRole.Hand);

        var bitmap = Outputs.Render(w, h, SKColors.White, canvas =>
        {
            var full = SKRect.Create(w, h);
            using (var bg = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(w, h), [palette[2], palette[1], palette[0]], SKShaderTileMode.Clamp) })
            {
                canvas.DrawRect(full, bg);
            }
            SceneArt.Halftone(canvas, full, palette[5].WithAlpha(70), Math.Max(8, w / 45f));
            SceneArt.RetroSun(canvas, SKRect.Create(0, h * 0.45f, w, h * 0.55f), palette);
            SceneArt.Memphis(canvas, SKRect.Create(0, 0, w, h * 0.6f), palette, rng, 14);
        });

        var panel = new SKRect(w * 0.08f, h * 0.07f, w * 0.92f, h * (author is null ? 0.6f : 0.54f));
        var textBox = SKRect.Inflate(panel, -w * 0.06f, -h * 0.05f);
        var style = new TextStyle(font, 10, textColor, Outline: outline, OutlineWidth: 0.14f, Shadow: new TextShadow(outline.WithAlpha(200), 0.06f, 0.07f, 0));
        var block = TextEngine.Fit(text, style, textBox, 8, h * 0.16f);
        using (var canvas = new SKCanvas(bitmap))
        {
            var corner = w * 0.04f;
            using var shadow = new SKPaint { Color = outline, IsAntialias = true };
            canvas.DrawRoundRect(SKRect.Create(panel.Left + w * 0.02f, panel.Top + w * 0.02f, panel.Width, panel.Height), corner, corner, shadow);
            using var fill = new SKPaint { Color = panelColor, IsAntialias = true };
            canvas.DrawRoundRect(panel, corner, corner, fill);
            using var border = new SKPaint { Color = outline, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(3, w / 180f) };
            canvas.DrawRoundRect(panel, corner, corner, border);
            DrawQuoteMark(canvas, new SKPoint(panel.Left + w * 0.015f, panel.Top + h * 0.075f), h * 0.14f, palette[3], outline);
            block.Draw(canvas, textBox);
            if (author is not null)
            {
                var authorBox = new SKRect(w * 0.15f, panel.Bottom + h * 0.035f, w * 0.85f, panel.Bottom + h * 0.11f);
                var authorStyle = new TextStyle(font, 10, palette[3], Outline: outline, OutlineWidth: 0.16f);
                TextEngine.Fit("— " + author, authorStyle, authorBox, 6, h * 0.06f).Draw(canvas, authorBox);
            }
        }
        return new TextComposition(bitmap, block, textBox);
    }

    private static void DrawQuoteMark(SKCanvas canvas, SKPoint at, float size, SKColor fill, SKColor outline)
    {
        using var font = new SKFont(FontLibrary.Get(FontRole.SerifBold), size);
        using var stroke = new SKPaint { Color = outline, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = size * 0.06f };
        using var paint = new SKPaint { Color = fill, IsAntialias = true };
        canvas.DrawText("\u201C", at.X, at.Y, SKTextAlign.Left, font, stroke);
        canvas.DrawText("\u201C", at.X, at.Y, SKTextAlign.Left, font, paint);
    }
}
