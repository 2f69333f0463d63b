using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Rendering;
using MediaCreator.Modules.Image.Rendering.Text;
using MediaCreator.Modules.Image.Skia.Design;
using MediaCreator.Modules.Image.Skia.Editing;
using MediaCreator.Modules.Image.Skia.Upscaling;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia;

/// <summary>
/// The built-in <c>skia</c> provider: the design engine for generate, the pixel editor (plus text overlays through
/// the text engine) for edits, and the back-projecting Lanczos upscaler. Works offline and deterministically.
/// </summary>
internal sealed class SkiaImageProvider : IImageProvider
{
    public const string ProviderKey = "skia";

    private static readonly IReadOnlySet<ImageEditOperation> Operations =
        new HashSet<ImageEditOperation>(SkiaImageEditor.Operations) { ImageEditOperation.TextOverlay };

    private readonly SkiaDesignEngine _design = new();
    private readonly SkiaImageEditor _editor = new();
    private readonly SkiaUpscaler _upscaler = new();

    public string Key => ProviderKey;

    public bool CanGenerate => true;

    public bool CanUpscale => true;

    public IReadOnlySet<ImageEditOperation> EditOperations => Operations;

    public Task<ImageResult> GenerateAsync(ImageGenerateRequest request, CancellationToken ct) =>
        Task.Run(() => _design.Generate(request, ct), ct);

    public Task<ImageResult> EditAsync(ImageEditRequest request, CancellationToken ct) =>
        Task.Run(() => request.Operation == ImageEditOperation.TextOverlay ? TextOverlay(request) : _editor.Edit(request, ct), ct);

    public Task<ImageResult> UpscaleAsync(ImageUpscaleRequest request, CancellationToken ct) =>
        Task.Run(() => _upscaler.Upscale(request, ct), ct);

    /// <summary>
    /// Sets the text on the image: shaped with HarfBuzz, wrapped between words (Thai included), outlined for
    /// legibility; auto-fitted into the lower third around the placement centre when no font size is given.
    /// </summary>
    private static ImageResult TextOverlay(ImageEditRequest request)
    {
        var overlay = request.Parameters.Text ?? (request.Prompt is { Length: > 0 } prompt ? new TextOverlay(prompt) : null);
        if (overlay is null || string.IsNullOrWhiteSpace(overlay.Text))
            throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "TEXT_OVERLAY needs parameters.text (or a prompt) with the text to set.");
        var source = request.Image;
        var placement = request.Parameters.Placement ?? new Placement(0.5f, 0.82f, 0.9f);
        var width = source.Width * Math.Clamp(placement.Scale, 0.05f, 1f);
        var height = source.Height * 0.3f;
        var centreX = source.Width * Math.Clamp(placement.X, 0f, 1f);
        var centreY = source.Height * Math.Clamp(placement.Y, 0f, 1f);
        var box = SKRect.Create(centreX - width / 2, centreY - height / 2, width, height);
        var style = new TextStyle(FontRole.SansBold, overlay.FontSize ?? 48, Colour(overlay.Color, "text.color"),
            Outline: overlay.StrokeColor is { } stroke ? Colour(stroke, "text.strokeColor") : null);
        var block = overlay.FontSize is null ? TextEngine.Fit(overlay.Text, style, box) : TextEngine.Layout(overlay.Text, style, width);

        var result = new SKBitmap(new SKImageInfo(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        canvas.Clear(SKColors.Transparent);
        using (var image = SKImage.FromBitmap(source)) canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        block.Draw(canvas, box);
        return new ImageResult(result) { Seed = request.Seed };
    }

    internal static SKColor Colour(string hex, string field) =>
        SKColor.TryParse(hex, out var colour) ? colour
            : throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"{field}: '{hex}' is not a colour (use #RRGGBB or #AARRGGBB).");
}
