using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Exporting;

/// <summary>PNG / JPG / WebP encoding. PNG and WebP keep alpha; JPG is flattened onto a matte colour.</summary>
internal static class RasterEncoder
{
    public static byte[] Png(SKBitmap bitmap) => Encode(bitmap, SKEncodedImageFormat.Png, 100);

    public static byte[] Jpeg(SKBitmap bitmap, int quality, SKColor matte)
    {
        using var flat = Flatten(bitmap, matte);
        return Encode(flat, SKEncodedImageFormat.Jpeg, ClampQuality(quality));
    }

    /// <summary>WebP; quality 100 is lossless (exact pixels), below that lossy. Alpha is kept either way.</summary>
    public static byte[] Webp(SKBitmap bitmap, int quality)
    {
        quality = ClampQuality(quality);
        using var pixmap = bitmap.PeekPixels() ?? throw Unreadable();
        var options = new SKWebpEncoderOptions(quality == 100 ? SKWebpEncoderCompression.Lossless : SKWebpEncoderCompression.Lossy, quality);
        using var data = pixmap.Encode(options) ?? throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "WebP encoding failed.");
        return data.ToArray();
    }

    /// <summary>An opaque copy of <paramref name="bitmap"/> drawn over <paramref name="matte"/>.</summary>
    public static SKBitmap Flatten(SKBitmap bitmap, SKColor matte)
    {
        var flat = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(flat);
        canvas.Clear(matte.WithAlpha(255));
        canvas.DrawBitmap(bitmap, 0, 0, SKSamplingOptions.Default, null);
        return flat;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap) ?? throw Unreadable();
        using var data = image.Encode(format, quality) ?? throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"{format} encoding failed.");
        return data.ToArray();
    }

    private static int ClampQuality(int quality) => Math.Clamp(quality, 1, 100);

    private static ImageProviderException Unreadable() =>
        new(ImageProviderErrorCodes.InvalidInput, "The image has no readable pixels.");
}
