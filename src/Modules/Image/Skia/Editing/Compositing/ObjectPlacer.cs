using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Editing.Pixels;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Editing.Compositing;

/// <summary>
/// INSERT_OBJECT and STICKER_OVERLAY: draws an object (a reference image with its alpha, or a vector sticker) at a
/// <see cref="Placement"/>, optionally over a soft drop shadow cast down and to the right.
/// </summary>
internal static class ObjectPlacer
{
    public static SKBitmap PlaceImage(SKBitmap image, SKBitmap reference, Placement? placement, CancellationToken ct)
    {
        var place = Check(placement);
        var width = Math.Max(1, (int)Math.Round(place.Scale * image.Width));
        var height = Math.Max(1, (int)Math.Round((double)width * reference.Height / reference.Width));
        GeometricLimits(width, height);

        // Resample to the drawn size first: Lanczos filters a large reference properly, Skia's sampler would alias.
        using var sized = Resampler.Resize(FloatImage.FromBitmap(reference), width, height, ct).ToBitmap();
        using var sizedImage = SKImage.FromBitmap(sized);
        return Place(image, place, width, height, (canvas, box) =>
        {
            using var paint = new SKPaint { IsAntialias = true };
            canvas.DrawImage(sizedImage, box, new SKSamplingOptions(SKFilterMode.Linear), paint);
        });
    }

    public static SKBitmap PlaceSticker(SKBitmap image, string? name, Placement? placement)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw EditErrors.Invalid(
                $"STICKER_OVERLAY needs a reference image or parameters.sticker (one of {string.Join(", ", Stickers.Names)}).");
        }

        if (!Stickers.TryGet(name, out var draw))
        {
            throw EditErrors.Invalid($"Unknown sticker '{name}'; built-in stickers: {string.Join(", ", Stickers.Names)}.");
        }

        var place = Check(placement);
        var side = Math.Max(1, (int)Math.Round(place.Scale * image.Width));
        GeometricLimits(side, side);
        return Place(image, place, side, side, draw);
    }

    private static SKBitmap Place(SKBitmap image, Placement place, int width, int height, Action<SKCanvas, SKRect> draw)
    {
        var result = FloatImage.WriteRgba(FloatImage.ReadRgba(image, SKAlphaType.Premul), image.Width, image.Height, SKAlphaType.Premul);
        using var canvas = new SKCanvas(result);
        using var layerPaint = new SKPaint();
        if (place.Shadow)
        {
            // The layer is opened before rotating, so the shadow offset stays down-right on screen.
            var offset = Math.Max(2f, 0.05f * Math.Max(width, height));
            var blur = Math.Max(1f, 0.03f * Math.Max(width, height));
            layerPaint.ImageFilter = SKImageFilter.CreateDropShadow(offset, offset, blur, blur, new SKColor(0, 0, 0, 140));
        }

        canvas.SaveLayer(layerPaint);
        canvas.Translate(place.X * image.Width, place.Y * image.Height);
        canvas.RotateDegrees(place.Rotation);
        draw(canvas, new SKRect(-width / 2f, -height / 2f, width / 2f, height / 2f));
        canvas.Restore();
        canvas.Flush();
        return result;
    }

    private static Placement Check(Placement? placement)
    {
        var place = placement ?? new Placement();
        if (!float.IsFinite(place.X) || !float.IsFinite(place.Y) || !float.IsFinite(place.Rotation))
        {
            throw EditErrors.Invalid("placement x, y and rotation must be finite numbers.");
        }

        if (!(place.Scale > 0 && place.Scale <= 10))
        {
            throw EditErrors.Invalid($"placement.scale is the object's width as a fraction of the canvas (0..10], got {place.Scale}.");
        }

        return place;
    }

    private static void GeometricLimits(int width, int height) =>
        Transforms.GeometricTransforms.EnsureSize(width, height, "placement");
}
