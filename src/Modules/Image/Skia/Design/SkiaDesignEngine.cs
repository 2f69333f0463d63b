using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Rendering;
using System.Numerics;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>
/// The <c>skia</c> provider's generator: a design engine, not a photo generator. From the prompt and style it picks a
/// palette (or takes one from the reference image), a layout, vector motifs for the subjects it knows (geometric
/// shapes for the rest), a title (the quoted part of the prompt, else a short phrase, HarfBuzz-shaped, Thai-capable)
/// and the request's locked character, records the design as an <see cref="SKPicture"/> and rasterizes it.
/// Same request and seed give identical pixels. Photoreal subjects and face swaps are refused as unsupported.
/// </summary>
internal sealed class SkiaDesignEngine
{
    public const int MinSide = 16;
    public const int MaxSide = 8192;
    public const long MaxPixels = 48L * 1024 * 1024;

    /// <summary>Renders the design. The result's <see cref="ImageResult.Vector"/> is the same design as a picture (for SVG/PDF).</summary>
    public ImageResult Generate(ImageGenerateRequest request, CancellationToken ct)
    {
        var plan = Plan(request);
        ct.ThrowIfCancellationRequested();
        using var recorder = new SKPictureRecorder();
        var canvas = recorder.BeginRecording(SKRect.Create(plan.Width, plan.Height));
        DesignRenderer.Draw(canvas, plan, ct);
        var picture = recorder.EndRecording();
        var bitmap = new SKBitmap(new SKImageInfo(plan.Width, plan.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        try
        {
            using var target = new SKCanvas(bitmap);
            target.Clear(SKColors.Transparent);
            target.DrawPicture(picture);
            target.Flush();
        }
        catch
        {
            bitmap.Dispose();
            picture.Dispose();
            throw;
        }
        return new ImageResult(bitmap, picture) { Seed = request.Seed };
    }

    /// <summary>All decisions of the design for this request (validates and refuses like <see cref="Generate"/>).</summary>
    public DesignPlan Plan(ImageGenerateRequest request)
    {
        Validate(request);
        var prompt = request.Prompt.Trim();
        var words = PromptReader.Words(prompt);
        var style = StyleCatalog.Resolve(request.Style, words);
        var rng = new DesignRandom(DesignRandom.Hash(prompt) ^ BitOperations.RotateLeft(DesignRandom.Hash(request.Style), 17) ^ (ulong)request.Seed * 0x9E3779B97F4A7C15UL);

        var palette = request.Reference is { } reference
            ? ReferencePalette.From(reference)
            : rng.Pick(style.Palettes).Rotate(rng.Next(3));
        var layout = rng.Pick(LayoutPlanner.Suitable(style, request.Width, request.Height));
        var frame = LayoutPlanner.Frame(layout, request.Width, request.Height, rng.Fork("layout"));
        var title = PromptReader.Title(prompt);
        if (style.Uppercase) title = title.ToUpperInvariant();
        var motifs = MotifShapes.Find(prompt, words);
        if (motifs.Count == 0) motifs = [$"shape:{Subject(words)}"];
        var character = request.Character is { } spec ? SkiaCharacter.From(spec) : null;
        return new DesignPlan(request.Width, request.Height, rng.NextULong(), style, palette, layout, title,
            FontLibrary.Get(style.Font, title), frame, motifs, character);
    }

    private static void Validate(ImageGenerateRequest request)
    {
        if (request.Width is < MinSide or > MaxSide || request.Height is < MinSide or > MaxSide || (long)request.Width * request.Height > MaxPixels)
        {
            throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput,
                $"Design size {request.Width}x{request.Height} is out of range: each side {MinSide}..{MaxSide} px, at most {MaxPixels / (1024 * 1024)} MP.");
        }
        if (string.IsNullOrWhiteSpace(request.Prompt))
        {
            throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "A design needs a prompt.");
        }
        PromptReader.RefuseUnsupported(request.Prompt);
    }

    // The most telling word of an unknown subject: the longest word that is not a style or filler word.
    private static string Subject(IReadOnlyList<string> words) =>
        words.Where(w => w.Length > 2 && !PromptReader.IsFiller(w)).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).FirstOrDefault()
        ?? words.FirstOrDefault() ?? "shape";
}
