using System.Text.Json.Nodes;
using SkiaSharp;

namespace MediaCreator.Modules.Core.Assets.Probing;

/// <summary>Image size, format, alpha and DPI with Skia, plus a JPEG thumbnail.</summary>
internal static class ImageProbe
{
    public const int ThumbnailEdge = 320;

    public static ProbeResult Probe(string path, ReadOnlySpan<byte> head)
    {
        using var codec = SKCodec.Create(path) ?? throw new UndecodableMediaException("The image could not be decoded.");
        var info = codec.Info;
        var metadata = new JsonObject
        {
            ["width"] = info.Width,
            ["height"] = info.Height,
            ["format"] = Format(codec.EncodedFormat),
            ["aspectRatio"] = AspectRatios.Reduce(info.Width, info.Height),
            ["hasAlpha"] = info.AlphaType != SKAlphaType.Opaque,
            ["dpi"] = DpiReader.Read(head),
        };
        using var bitmap = SKBitmap.Decode(codec) ?? throw new UndecodableMediaException("The image could not be decoded.");
        return new ProbeResult(metadata, ThumbnailJpeg: Thumbnail(bitmap));
    }

    private static string Format(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Png => "PNG",
        SKEncodedImageFormat.Jpeg => "JPG",
        SKEncodedImageFormat.Webp => "WEBP",
        SKEncodedImageFormat.Gif => "GIF",
        _ => format.ToString().ToUpperInvariant(),
    };

    private static byte[] Thumbnail(SKBitmap source)
    {
        var scale = Math.Min(1f, (float)ThumbnailEdge / Math.Max(source.Width, source.Height));
        var width = Math.Max(1, (int)Math.Round(source.Width * scale));
        var height = Math.Max(1, (int)Math.Round(source.Height * scale));
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        // JPEG has no alpha: transparent pixels become white rather than black.
        surface.Canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(source);
        surface.Canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}
