using System.Globalization;
using System.Text;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Exporting;

/// <summary>SVG export.</summary>
internal static class SvgWriter
{
    /// <summary>
    /// True vector SVG: the picture replayed through Skia's SVG canvas, so shapes become <c>&lt;path&gt;</c>/shape
    /// elements (the design engine's titles are glyph outlines, so text needs no font on the viewer's side).
    /// </summary>
    public static byte[] FromPicture(SKPicture picture, int width, int height)
    {
        using var stream = new MemoryStream();
        using (var managed = new SKManagedWStream(stream))
        {
            using var canvas = SKSvgCanvas.Create(SKRect.Create(width, height), managed);
            canvas.ClipRect(SKRect.Create(width, height));
            canvas.DrawPicture(picture);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// For raster-only images: an SVG that embeds the PNG as a <c>data:image/png;base64</c> URI in one
    /// <c>&lt;image&gt;</c> element. It scales like any SVG but is not vector artwork.
    /// </summary>
    public static byte[] FromRaster(SKBitmap bitmap)
    {
        var png = Convert.ToBase64String(RasterEncoder.Png(bitmap));
        var w = bitmap.Width.ToString(CultureInfo.InvariantCulture);
        var h = bitmap.Height.ToString(CultureInfo.InvariantCulture);
        var svg = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{w}" height="{h}" viewBox="0 0 {w} {h}">
              <image width="{w}" height="{h}" xlink:href="data:image/png;base64,{png}"/>
            </svg>
            """;
        return Encoding.UTF8.GetBytes(svg);
    }
}
