using MediaCreator.Modules.Video.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Video.Generation.Rendering;

/// <summary>Decodes a still upright: phone photos store their rotation in EXIF, which plain decoding ignores.</summary>
internal static class StillLoader
{
    public static SKImage Load(string path, int scene)
    {
        using var codec = SKCodec.Create(path)
            ?? throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"Scene {scene + 1}'s image could not be decoded.");
        using var decoded = SKBitmap.Decode(codec)
            ?? throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"Scene {scene + 1}'s image could not be decoded.");
        var origin = codec.EncodedOrigin;
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default) return SKImage.FromBitmap(decoded);
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = swap ? (decoded.Height, decoded.Width) : (decoded.Width, decoded.Height);
        using var upright = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Premul));
        using (var canvas = new SKCanvas(upright))
        {
            canvas.SetMatrix(Orientation(origin, decoded.Width, decoded.Height));
            using var stored = SKImage.FromBitmap(decoded);
            canvas.DrawImage(stored, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }
        return SKImage.FromBitmap(upright);
    }

    /// <summary>The matrix that maps the stored pixels onto the upright frame for each EXIF orientation.</summary>
    private static SKMatrix Orientation(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
