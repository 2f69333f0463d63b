using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Rendering;
using MediaCreator.Modules.Image.Rendering.Text;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Quotes;

/// <summary>
/// A caption on a picture: request.Reference (centre-cropped) or a generated landscape matching the prompt's palette,
/// with a clean band holding the caption (auto-fitted, wrapped, Thai-aware). Text: request.Text or Fields["caption"]
/// / ["quote"]. Size: request Width/Height (default 1080x1080). Output: <c>caption.png</c>.
/// Options (all optional): <c>{"band":"bottom|top", "bandHeight":0.28, "bandColor":"#000000B4",
/// "textColor":"#FFFFFF", "font":"SansBold", "palette":"ocean|..."}</c>.
/// </summary>
internal sealed class CaptionRenderer : TextCompositionRenderer
{
    public override ImageTemplateType Type => ImageTemplateType.Caption;

    protected override string FileName => "caption.png";

    internal override TextComposition Compose(TemplateRequest request)
    {
        var options = OptionsOf(request);
        var (w, h) = SizeOf(request, 1080, 1080);
        var text = QuoteText.Main(request, Type);
        var rng = new SeededRandom(request.Seed);
        var palette = options.String("palette") is { } name ? Palettes.Get(name) : Palettes.From(request.Prompt, rng);
        var top = options.String("band", "bottom").Equals("top", StringComparison.OrdinalIgnoreCase);
        var bandHeight = options.Float("bandHeight", 0.28f, 0.1f, 0.6f) * h;
        var bandColor = options.Color("bandColor", new SKColor(0, 0, 0, 180));
        var textColor = options.Color("textColor", SKColors.White);
        var font = QuoteText.Font(options.String("font"), FontRole.SansBold);

        var band = top ? SKRect.Create(0, 0, w, bandHeight) : SKRect.Create(0, h - bandHeight, w, bandHeight);
        var textBox = SKRect.Inflate(band, -w * 0.06f, -bandHeight * 0.14f);
        var block = TextEngine.Fit(text, new TextStyle(font, 10, textColor, LineSpacing: 1.1f), textBox, 8, h * 0.09f);
        var bitmap = Outputs.Render(w, h, SKColors.White, canvas =>
        {
            if (request.Reference is { } reference) SceneArt.Cover(canvas, reference, SKRect.Create(w, h));
            else SceneArt.Landscape(canvas, SKRect.Create(w, h), palette, rng);
            using var paint = new SKPaint { Color = bandColor };
            canvas.DrawRect(band, paint);
            block.Draw(canvas, textBox);
        });
        return new TextComposition(bitmap, block, textBox);
    }
}
