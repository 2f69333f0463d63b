using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>
/// Our masks mean "white (or opaque) = act here". A mask with any transparency is read by alpha, an opaque one by
/// luminance. Providers want other encodings; these build them at the size the provider gets the image.
/// </summary>
internal static class ProviderMasks
{
    /// <summary>Per pixel (row-major) whether it is in the region to edit.</summary>
    public static bool[] EditRegion(SKBitmap mask, int width, int height)
    {
        using var scaled = ProviderImages.Stretch(mask, width, height);
        var pixels = scaled.GetPixelSpan();
        var hasAlpha = false;
        for (var i = 3; i < pixels.Length && !hasAlpha; i += 4)
            hasAlpha = pixels[i] < 255;

        var region = new bool[width * height];
        for (var p = 0; p < region.Length; p++)
        {
            var o = p * 4;
            var weight = hasAlpha ? pixels[o + 3] : (0.299 * pixels[o] + 0.587 * pixels[o + 1] + 0.114 * pixels[o + 2]);
            region[p] = weight >= 128;
        }
        return region;
    }

    /// <summary>OpenAI's encoding: fully transparent where to edit, opaque black elsewhere.</summary>
    public static SKBitmap TransparentWhereEdited(bool[] region, int width, int height) =>
        Paint(region, width, height, new SKColor(0, 0, 0, 0), SKColors.Black);

    /// <summary>BFL Fill and SD WebUI encoding: opaque white where to edit on opaque black.</summary>
    public static SKBitmap WhiteWhereEdited(bool[] region, int width, int height) =>
        Paint(region, width, height, SKColors.White, SKColors.Black);

    /// <summary>A rectangle mask for INSERT_OBJECT without a drawn mask: square of Scale · width around (X, Y).</summary>
    public static bool[] FromPlacement(Placement placement, int width, int height)
    {
        var side = Math.Clamp(placement.Scale, 0.01f, 1f) * width;
        var left = (int)Math.Floor(placement.X * width - side / 2);
        var top = (int)Math.Floor(placement.Y * height - side / 2);
        var right = (int)Math.Ceiling(placement.X * width + side / 2);
        var bottom = (int)Math.Ceiling(placement.Y * height + side / 2);
        var region = new bool[width * height];
        for (var y = Math.Max(0, top); y < Math.Min(height, bottom); y++)
            for (var x = Math.Max(0, left); x < Math.Min(width, right); x++)
                region[y * width + x] = true;
        return region;
    }

    private static SKBitmap Paint(bool[] region, int width, int height, SKColor edit, SKColor keep)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var pixels = bitmap.GetPixelSpan();
        for (var p = 0; p < region.Length; p++)
        {
            var c = region[p] ? edit : keep;
            var o = p * 4;
            pixels[o] = c.Red;
            pixels[o + 1] = c.Green;
            pixels[o + 2] = c.Blue;
            pixels[o + 3] = c.Alpha;
        }
        return bitmap;
    }
}
