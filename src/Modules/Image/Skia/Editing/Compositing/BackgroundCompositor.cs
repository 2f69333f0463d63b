using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Editing.Pixels;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Editing.Compositing;

/// <summary>
/// REMOVE_BACKGROUND and REPLACE_BACKGROUND: the subject comes from a mask (white = keep) or a chroma key; the rest
/// becomes transparent, or the reference image (cover-fit) or a solid colour shows through.
/// </summary>
internal static class BackgroundCompositor
{
    private const float DefaultTolerance = 0.3f;

    public static FloatImage Remove(ImageEditRequest request, CancellationToken ct)
    {
        var image = FloatImage.FromBitmap(request.Image);
        var subject = SubjectAlpha(request, image);
        for (var i = 0; i < image.PixelCount; i++)
        {
            image.A[i] *= subject[i];
            if (image.A[i] < 0.5f)
            {
                image.R[i] = image.G[i] = image.B[i] = image.A[i] = 0;
            }
        }

        ct.ThrowIfCancellationRequested();
        return image;
    }

    public static FloatImage Replace(ImageEditRequest request, CancellationToken ct)
    {
        var image = FloatImage.FromBitmap(request.Image);
        var background = Background(request, image.Width, image.Height, ct);
        var subject = SubjectAlpha(request, image);
        for (var i = 0; i < image.PixelCount; i++)
        {
            var a = subject[i] * image.A[i] / 255f;
            var backAlpha = background.A[i] / 255f;
            var outAlpha = a + (backAlpha * (1 - a));
            for (var c = 0; c < 3; c++)
            {
                var mixed = (image.Planes[c][i] * a) + (background.Planes[c][i] * backAlpha * (1 - a));
                image.Planes[c][i] = outAlpha > 0 ? mixed / outAlpha : 0;
            }

            image.A[i] = outAlpha * 255;
        }

        return image;
    }

    /// <summary>Subject coverage 0..1; the image's colours are spill-corrected when keyed.</summary>
    private static float[] SubjectAlpha(ImageEditRequest request, FloatImage image)
    {
        float[] alpha;
        if (request.Mask is { } mask)
        {
            alpha = MaskReader.Read(mask, image.Width, image.Height);
        }
        else if (!string.IsNullOrWhiteSpace(request.Parameters.ChromaKey))
        {
            var (r, g, b, _) = HexColor.Parse(request.Parameters.ChromaKey, "chromaKey");
            var tolerance = request.Parameters.ChromaTolerance ?? DefaultTolerance;
            if (!(tolerance > 0 && tolerance <= 1))
            {
                throw EditErrors.Invalid($"chromaTolerance must be in (0, 1], got {tolerance}.");
            }

            alpha = ChromaKey.Key(image, (r, g, b), tolerance);
        }
        else
        {
            throw EditErrors.Unsupported(
                $"skia cannot find the subject by itself: give a mask (white = subject) or parameters.chromaKey for "
                + $"{request.Operation}, or use a provider with a segmentation model.");
        }

        // A slight feather so the cut-out edge is soft rather than stair-stepped.
        var soft = GaussianBlur.Blur(alpha, image.Width, image.Height, 0.7f);
        for (var i = 0; i < soft.Length; i++)
        {
            soft[i] = Math.Clamp(soft[i], 0, 1);
        }

        return soft;
    }

    private static FloatImage Background(ImageEditRequest request, int width, int height, CancellationToken ct)
    {
        if (request.Reference is { } reference)
        {
            return CoverFit(FloatImage.FromBitmap(reference), width, height, ct);
        }

        if (string.IsNullOrWhiteSpace(request.Parameters.BackgroundColor))
        {
            throw EditErrors.Invalid("REPLACE_BACKGROUND needs a reference image or parameters.backgroundColor.");
        }

        var (r, g, b, a) = HexColor.Parse(request.Parameters.BackgroundColor, "backgroundColor");
        var solid = new FloatImage(width, height);
        Array.Fill(solid.R, r);
        Array.Fill(solid.G, g);
        Array.Fill(solid.B, b);
        Array.Fill(solid.A, a);
        return solid;
    }

    /// <summary>Scales to cover the whole canvas, keeping the aspect ratio, and crops the overflow evenly.</summary>
    private static FloatImage CoverFit(FloatImage source, int width, int height, CancellationToken ct)
    {
        var scale = Math.Max((double)width / source.Width, (double)height / source.Height);
        var scaledWidth = Math.Max(width, (int)Math.Ceiling(source.Width * scale));
        var scaledHeight = Math.Max(height, (int)Math.Ceiling(source.Height * scale));
        var scaled = Resampler.Resize(source, scaledWidth, scaledHeight, ct);
        int left = (scaledWidth - width) / 2, top = (scaledHeight - height) / 2;
        var result = new FloatImage(width, height);
        for (var c = 0; c < 4; c++)
        {
            for (var y = 0; y < height; y++)
            {
                Array.Copy(scaled.Planes[c], ((y + top) * scaledWidth) + left, result.Planes[c], y * width, width);
            }
        }

        return result;
    }
}
