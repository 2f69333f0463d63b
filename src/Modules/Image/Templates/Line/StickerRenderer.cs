using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Common;

namespace MediaCreator.Modules.Image.Templates.Line;

/// <summary>
/// A LINE sticker set of one character (from the prompt, or request.Character for a locked look) in a different
/// expression on each sticker, with a caption. Per LINE Creators Market: stickers 370x320 (even, at most 370x320)
/// transparent PNG with a 10 px margin, <c>main.png</c> 240x240, <c>tab.png</c> 96x74, packed as
/// <c>stickers.zip</c> (01.png.. NN.png, main.png, tab.png); the PNGs are also returned one by one.
/// Options (all optional): <c>{"count":8|16|24|32|40, "captions":["Hi!","ขอบคุณ",...], "species":"cat|bear|bunny|dog|chick|blob",
/// "color":"#FFC857", "outline":8, "margin":10}</c>; request.PageCount also sets the count.
/// </summary>
internal sealed class StickerRenderer : TemplateRenderer
{
    public const int Width = 370;
    public const int Height = 320;

    public override ImageTemplateType Type => ImageTemplateType.Sticker;

    protected override TemplateOutput Render(TemplateRequest request, IProgress<TemplateProgress>? progress, CancellationToken ct)
    {
        var options = OptionsOf(request);
        var count = options.Int("count", request.PageCount ?? 8, 8, 40);
        if (count % 8 != 0) throw options.Invalid($"count must be 8, 16, 24, 32 or 40 (got {count})");
        var captions = options.Strings("captions");
        var margin = options.Int("margin", 10, 0, 40);
        var outline = options.Int("outline", 8, 0, 20);
        var look = MascotLook.From(request, options);

        var files = new List<OutputFile>();
        for (var i = 0; i < count; i++)
        {
            ct.ThrowIfCancellationRequested();
            Report(progress, 0.9 * i / count, $"Sticker {i + 1} of {count}");
            var e = Expressions.At(i);
            var caption = i < captions.Count ? captions[i] : Expressions.Caption(e);
            using var sticker = LineArt.Item(Width, Height, margin, outline, look, e, string.IsNullOrWhiteSpace(caption) ? null : caption);
            files.Add(Outputs.Png($"{i + 1:00}.png", sticker));
        }
        var main = LineArt.Item(240, 240, margin, outline, look, Expression.Happy, null);
        files.Add(Outputs.Png("main.png", main));
        using (var tab = LineArt.Item(96, 74, 2, 3, look, Expression.Happy, null)) files.Add(Outputs.Png("tab.png", tab));
        files.Add(Outputs.Zip("stickers.zip", LineArt.Zip(files.Select(f => (f.Name, f.Content)))));
        Report(progress, 1, "Done");
        return new TemplateOutput(files, main);
    }
}
