using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Editing.Pixels;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Editing.Transforms;

/// <summary>Crop, resize, rotate and flip. Pixel moves (crop, flip, quarter turns) are exact copies.</summary>
internal static class GeometricTransforms
{
    public const int MaxSide = 16384;
    public const long MaxPixels = 100_000_000;

    public static SKBitmap Crop(SKBitmap image, PixelRect? rect)
    {
        if (rect is not { } r)
        {
            throw EditErrors.Invalid("CROP needs parameters.crop (x, y, width, height in pixels).");
        }

        if (r.Width <= 0 || r.Height <= 0)
        {
            throw EditErrors.Invalid($"CROP rectangle must have a positive size, got {r.Width}x{r.Height}.");
        }

        // Clamp to the image; a rectangle entirely outside it keeps nothing and is refused.
        int left = Math.Max(0, r.X), top = Math.Max(0, r.Y);
        var right = (int)Math.Min(image.Width, (long)r.X + r.Width);
        var bottom = (int)Math.Min(image.Height, (long)r.Y + r.Height);
        if (right <= left || bottom <= top)
        {
            throw EditErrors.Invalid(
                $"CROP rectangle ({r.X}, {r.Y}, {r.Width}x{r.Height}) lies outside the {image.Width}x{image.Height} image.");
        }

        return Remap(image, right - left, bottom - top, (x, y) => (x + left, y + top));
    }

    public static SKBitmap Flip(SKBitmap image, FlipAxis? axis) => axis switch
    {
        FlipAxis.Horizontal => Remap(image, image.Width, image.Height, (x, y) => (image.Width - 1 - x, y)),
        FlipAxis.Vertical => Remap(image, image.Width, image.Height, (x, y) => (x, image.Height - 1 - y)),
        _ => throw EditErrors.Invalid("FLIP needs parameters.flip (HORIZONTAL or VERTICAL)."),
    };

    public static SKBitmap Resize(SKBitmap image, int? width, int? height, CancellationToken ct)
    {
        if (width is null && height is null)
        {
            throw EditErrors.Invalid("RESIZE needs parameters.width and/or parameters.height.");
        }

        if (width <= 0 || height <= 0)
        {
            throw EditErrors.Invalid($"RESIZE size must be positive, got {width}x{height}.");
        }

        var w = width ?? Math.Max(1, (int)Math.Round((double)image.Width * height!.Value / image.Height));
        var h = height ?? Math.Max(1, (int)Math.Round((double)image.Height * width!.Value / image.Width));
        EnsureSize(w, h, "RESIZE");
        return Resampler.Resize(FloatImage.FromBitmap(image), w, h, ct).ToBitmap();
    }

    /// <summary>Clockwise by any angle; the canvas grows to hold the turned image and the corners are transparent.</summary>
    public static SKBitmap Rotate(SKBitmap image, float? angle)
    {
        if (angle is not { } degrees || !float.IsFinite(degrees))
        {
            throw EditErrors.Invalid("ROTATE needs parameters.angle (degrees clockwise).");
        }

        var turn = ((degrees % 360) + 360) % 360;
        int w = image.Width, h = image.Height;
        switch (turn)
        {
            case 0:
                return Remap(image, w, h, (x, y) => (x, y));
            case 90:
                return Remap(image, h, w, (x, y) => (y, h - 1 - x));
            case 180:
                return Remap(image, w, h, (x, y) => (w - 1 - x, h - 1 - y));
            case 270:
                return Remap(image, h, w, (x, y) => (w - 1 - y, x));
        }

        var radians = turn * Math.PI / 180;
        double cos = Math.Abs(Math.Cos(radians)), sin = Math.Abs(Math.Sin(radians));
        var newWidth = (int)Math.Ceiling((w * cos) + (h * sin) - 1e-6);
        var newHeight = (int)Math.Ceiling((w * sin) + (h * cos) - 1e-6);
        EnsureSize(newWidth, newHeight, "ROTATE");
        var result = new SKBitmap(new SKImageInfo(newWidth, newHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(result);
        canvas.Clear(SKColors.Transparent);
        canvas.Translate(newWidth / 2f, newHeight / 2f);
        canvas.RotateDegrees(turn);
        using var source = SKImage.FromBitmap(image);
        using var paint = new SKPaint { IsAntialias = true };
        canvas.DrawImage(source, new SKRect(-w / 2f, -h / 2f, w / 2f, h / 2f),
            new SKSamplingOptions(SKCubicResampler.CatmullRom), paint);
        canvas.Flush();
        return result;
    }

    public static void EnsureSize(int width, int height, string operation)
    {
        if (width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
        {
            throw EditErrors.Invalid(
                $"{operation} would make a {width}x{height} image; the limit is {MaxSide} px a side and {MaxPixels:N0} pixels.");
        }
    }

    /// <summary>Copies whole pixels: destination (x, y) takes source <paramref name="sourceOf"/>(x, y).</summary>
    private static SKBitmap Remap(SKBitmap image, int width, int height, Func<int, int, (int X, int Y)> sourceOf)
    {
        var src = FloatImage.ReadRgba(image, SKAlphaType.Premul);
        var dst = new byte[width * height * 4];
        var stride = image.Width;
        Parallel.For(0, height, y =>
        {
            for (var x = 0; x < width; x++)
            {
                var (sx, sy) = sourceOf(x, y);
                Buffer.BlockCopy(src, ((sy * stride) + sx) * 4, dst, ((y * width) + x) * 4, 4);
            }
        });
        return FloatImage.WriteRgba(dst, width, height, SKAlphaType.Premul);
    }
}
