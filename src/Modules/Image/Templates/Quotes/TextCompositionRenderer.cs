using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Common;

namespace MediaCreator.Modules.Image.Templates.Quotes;

/// <summary>Renderers whose deliverable is one designed picture carrying a text block.</summary>
internal abstract class TextCompositionRenderer : TemplateRenderer
{
    protected abstract string FileName { get; }

    internal abstract TextComposition Compose(TemplateRequest request);

    protected override TemplateOutput Render(TemplateRequest request, IProgress<TemplateProgress>? progress, CancellationToken ct)
    {
        Report(progress, 0.1, "Composing the picture");
        var composition = Compose(request);
        ct.ThrowIfCancellationRequested();
        var file = Outputs.Png(FileName, composition.Bitmap, hasAlpha: false);
        Report(progress, 1, "Done");
        return new TemplateOutput([file], composition.Bitmap);
    }
}
