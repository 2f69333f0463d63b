using SkiaSharp;

namespace MediaCreator.Modules.Image.Abstractions;

/// <summary>Generate an image from a prompt (and optionally a reference image or a locked character).</summary>
/// <param name="Seed">Same input + same seed = same output (bit-identical for <c>skia</c>; passed on to AI providers).</param>
public sealed record ImageGenerateRequest(
    string Prompt,
    string? Style,
    int Width,
    int Height,
    long Seed,
    SKBitmap? Reference = null,
    CharacterSpec? Character = null);

/// <summary>Edit <paramref name="Image"/>. <paramref name="Mask"/>: white (or opaque) = the region to act on.</summary>
public sealed record ImageEditRequest(
    SKBitmap Image,
    ImageEditOperation Operation,
    ImageEditParameters Parameters,
    long Seed,
    string? Prompt = null,
    SKBitmap? Mask = null,
    SKBitmap? Reference = null);

/// <summary>Upscale by 2 or 4.</summary>
public sealed record ImageUpscaleRequest(SKBitmap Image, int Factor);

/// <summary>
/// A provider's result. <see cref="Bitmap"/> is always there; <see cref="Vector"/> is the same design as a replayable
/// drawing (in <see cref="Bitmap"/>'s pixel coordinates) when the design is vector, so it can be exported as SVG/PDF.
/// The caller owns and disposes both.
/// </summary>
public sealed class ImageResult(SKBitmap bitmap, SKPicture? vector = null) : IDisposable
{
    public SKBitmap Bitmap { get; } = bitmap;

    public SKPicture? Vector { get; } = vector;

    /// <summary>The prompt as the provider rewrote it (OpenAI's <c>revised_prompt</c>), if any.</summary>
    public string? RevisedPrompt { get; init; }

    /// <summary>The seed the provider actually used, when it reports one.</summary>
    public long? Seed { get; init; }

    public void Dispose()
    {
        Bitmap.Dispose();
        Vector?.Dispose();
    }
}

/// <summary>
/// A locked character reused across a series (spec "character lock"). For <c>skia</c> the look is derived from
/// <see cref="Name"/>/<see cref="Descriptor"/>/<see cref="Seed"/> (or given as <see cref="LookJson"/>); AI providers
/// get the reference images, the seed and the descriptor.
/// </summary>
/// <param name="Strength">0..1, how strongly the reference is enforced.</param>
public sealed record CharacterSpec(
    string Name,
    string? Descriptor,
    long Seed,
    IReadOnlyList<SKBitmap> ReferenceImages,
    double Strength = 0.8,
    string? LookJson = null);
