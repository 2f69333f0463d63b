using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Common;

namespace MediaCreator.Modules.Image.Templates;

/// <summary>Base of the built-in renderers: CPU-bound rendering runs on the thread pool and honours cancellation.</summary>
internal abstract class TemplateRenderer : ITemplateRenderer
{
    public abstract ImageTemplateType Type { get; }

    public Task<TemplateOutput> RenderAsync(TemplateRequest request, IProgress<TemplateProgress>? progress, CancellationToken ct) =>
        Task.Run(() => Render(request, progress, ct), ct);

    protected abstract TemplateOutput Render(TemplateRequest request, IProgress<TemplateProgress>? progress, CancellationToken ct);

    protected TemplateOptions OptionsOf(TemplateRequest request) => new(request.Options, Type);

    protected static void Report(IProgress<TemplateProgress>? progress, double fraction, string message) =>
        progress?.Report(new TemplateProgress(Math.Clamp(fraction, 0, 1), message));

    protected ImageProviderException Invalid(string message) => new(ImageProviderErrorCodes.InvalidInput, $"{Type}: {message}");

    /// <summary>request.Width/Height or the defaults, bounded to a sane raster size.</summary>
    protected (int Width, int Height) SizeOf(TemplateRequest request, int width, int height)
    {
        var w = request.Width ?? width;
        var h = request.Height ?? height;
        if (w is < 64 or > 8192 || h is < 64 or > 8192) throw Invalid($"size {w}x{h} is out of range (64..8192 px).");
        return (w, h);
    }
}
