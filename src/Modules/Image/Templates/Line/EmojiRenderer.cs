using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Common;

namespace MediaCreator.Modules.Image.Templates.Line;

/// <summary>
/// A LINE emoji set: the character's face in different expressions, 180x180 transparent PNGs (<c>001.png</c>..),
/// <c>tab.png</c> 96x74, packed as <c>emoji.zip</c>; the PNGs are also returned one by one.
/// Options (all optional): <c>{"count":8..40, "species":"cat|bear|bunny|dog|chick|blob", "color":"#FFC857",
/// "outline":5, "margin":6}</c>; request.PageCount also sets the count.
/// </summary>
internal sealed class EmojiRenderer : TemplateRenderer
{
    public const int Size = 180;

    public override ImageTemplateType Type => ImageTemplateType.Emoji;

    protected override TemplateOutput Render(TemplateRequest request, IProgress<TemplateProgress>? progress, CancellationToken ct)
    {
        var options = OptionsOf(request);
        var count = options.Int("count", request.PageCount ?? 8, 8, 40);
        var margin = options.Int("margin", 6, 0, 30);
        var outline = options.Int("outline", 5, 0, 15);
        var look = MascotLook.From(request, options);

        var files = new List<OutputFile>();
        for (var i = 0; i < count; i++)
        {
            ct.ThrowIfCancellationRequested();
            Report(progress, 0.9 * i / count, $"Emoji {i + 1} of {count}");
            using var emoji = LineArt.Item(Size, Size, margin, outline, look, Expressions.At(i), null);
            files.Add(Outputs.Png($"{i + 1:000}.png", emoji));
        }
        var tab = LineArt.Item(96, 74, 2, 3, look, Expression.Happy, null);
        files.Add(Outputs.Png("tab.png", tab));
        files.Add(Outputs.Zip("emoji.zip", LineArt.Zip(files.Select(f => (f.Name, f.Content)))));
        Report(progress, 1, "Done");
        return new TemplateOutput(files, tab);
    }
}
