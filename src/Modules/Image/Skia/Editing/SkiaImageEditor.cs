using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Editing.Compositing;
using MediaCreator.Modules.Image.Skia.Editing.Inpainting;
using MediaCreator.Modules.Image.Skia.Editing.Pixels;
using MediaCreator.Modules.Image.Skia.Editing.Retouch;
using MediaCreator.Modules.Image.Skia.Editing.Transforms;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Editing;

/// <summary>
/// The <c>skia</c> provider's edits, done offline on the pixels. Results are Rgba8888 premultiplied bitmaps that the
/// caller owns. TEXT_OVERLAY belongs to the text engine; FACE_SWAP needs a face model and is refused.
/// </summary>
internal sealed class SkiaImageEditor
{
    /// <summary>The operations <see cref="Edit"/> performs.</summary>
    public static readonly IReadOnlySet<ImageEditOperation> Operations = new HashSet<ImageEditOperation>(
        Enum.GetValues<ImageEditOperation>().Except([ImageEditOperation.TextOverlay, ImageEditOperation.FaceSwap]));

    private readonly TeleaInpainter inpainter = new();

    public ImageResult Edit(ImageEditRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ct.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(request.Image);
        EditErrors.RequirePixels(request.Image, "image");
        EditErrors.RequirePixels(request.Mask, "mask");
        EditErrors.RequirePixels(request.Reference, "reference image");
        var image = request.Image;
        var p = request.Parameters ?? new ImageEditParameters();
        var bitmap = request.Operation switch
        {
            ImageEditOperation.Crop => GeometricTransforms.Crop(image, p.Crop),
            ImageEditOperation.Resize => GeometricTransforms.Resize(image, p.Width, p.Height, ct),
            ImageEditOperation.Rotate => GeometricTransforms.Rotate(image, p.Angle),
            ImageEditOperation.Flip => GeometricTransforms.Flip(image, p.Flip),
            ImageEditOperation.Retouch => RetouchPipeline.Apply(FloatImage.FromBitmap(image), p.Retouch, ct).ToBitmap(),
            ImageEditOperation.RemoveObject or ImageEditOperation.Inpaint => Inpaint(request, ct),
            ImageEditOperation.InsertObject => ObjectPlacer.PlaceImage(image, request.Reference
                ?? throw EditErrors.Invalid("INSERT_OBJECT needs a reference image (the object, with transparency)."), p.Placement, ct),
            ImageEditOperation.StickerOverlay => request.Reference is { } sticker
                ? ObjectPlacer.PlaceImage(image, sticker, p.Placement, ct)
                : ObjectPlacer.PlaceSticker(image, p.Sticker, p.Placement),
            ImageEditOperation.RemoveBackground => BackgroundCompositor.Remove(request, ct).ToBitmap(),
            ImageEditOperation.ReplaceBackground => BackgroundCompositor.Replace(request, ct).ToBitmap(),
            ImageEditOperation.FaceSwap => throw EditErrors.Unsupported(
                "FACE_SWAP needs a face detection and generation model; skia only has pixel filters. Use an AI provider."),
            ImageEditOperation.TextOverlay => throw new ImageProviderException(ImageProviderErrorCodes.Unsupported,
                "TEXT_OVERLAY is drawn by the skia text engine, not by the pixel editor."),
            _ => throw EditErrors.Invalid($"Unknown edit operation {request.Operation}."),
        };
        return new ImageResult(bitmap) { Seed = request.Seed };
    }

    private SKBitmap Inpaint(ImageEditRequest request, CancellationToken ct)
    {
        if (request.Mask is not { } mask)
        {
            throw EditErrors.Invalid($"{request.Operation} needs a mask (white or opaque = the region to fill).");
        }

        var image = FloatImage.FromBitmap(request.Image);
        var coverage = MaskReader.Read(mask, image.Width, image.Height);
        var hole = coverage.Select(c => c >= 0.5f).ToArray();
        var holeCount = hole.Count(h => h);
        if (holeCount == 0)
        {
            throw EditErrors.Invalid("The mask selects no pixels (white or opaque = the region to fill).");
        }

        if (holeCount == hole.Length)
        {
            throw EditErrors.Invalid("The mask selects the whole image: nothing is left to fill it from.");
        }

        inpainter.Inpaint(image, hole, ct);
        return image.ToBitmap();
    }
}
