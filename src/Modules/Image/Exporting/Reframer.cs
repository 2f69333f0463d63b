using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Exporting;

internal enum FrameMode
{
    /// <summary>Fill the frame: scale to cover and crop the overflow, centred.</summary>
    Cover,
    /// <summary>Fit the whole image: scale to fit and letterbox with a background colour.</summary>
    Contain,
}

/// <summary>
/// Reframes a raster to an aspect preset. Vector designs should rather be re-rendered at the preset size by the
/// design engine (the layout adapts instead of being cropped).
/// </summary>
internal static class Reframer
{
    /// <summary>
    /// The image in <paramref name="preset"/>'s aspect. Output size: the preset at <paramref name="shortSide"/> when
    /// given; else for cover the centred crop's size, for contain the smallest frame that holds the whole image.
    /// </summary>
    public static SKBitmap Reframe(SKBitmap source, AspectPreset preset, FrameMode mode, SKColor background, int? shortSide = null)
    {
        if (source.Width < 1 || source.Height < 1) throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "Cannot reframe an empty image.");
        var size = shortSide is { } s ? preset.PixelSize(s) : NaturalSize(source, preset, mode);
        var output = new SKBitmap(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(output);
        using var image = SKImage.FromBitmap(source);
        var sampling = new SKSamplingOptions(SKCubicResampler.Mitchell);
        if (mode == FrameMode.Cover)
        {
            canvas.Clear(SKColors.Transparent);
            var crop = preset.CoverCrop(source.Width, source.Height);
            canvas.DrawImage(image, crop, SKRect.Create(size.Width, size.Height), sampling, null);
        }
        else
        {
            canvas.Clear(background);
            var scale = Math.Min(size.Width / (float)source.Width, size.Height / (float)source.Height);
            var w = source.Width * scale;
            var h = source.Height * scale;
            canvas.DrawImage(image, SKRect.Create((size.Width - w) / 2, (size.Height - h) / 2, w, h), sampling, null);
        }
        return output;
    }

    private static SKSizeI NaturalSize(SKBitmap source, AspectPreset preset, FrameMode mode)
    {
        if (mode == FrameMode.Cover) return preset.CoverCrop(source.Width, source.Height).Size;
        var (rw, rh) = preset.Ratio();
        var w = source.Width;
        var h = (int)Math.Round(w * (double)rh / rw);
        if (h < source.Height)
        {
            h = source.Height;
            w = (int)Math.Round(h * (double)rw / rh);
        }
        return new SKSizeI(w, h);
    }
}
