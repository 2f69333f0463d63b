using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Exporting;

/// <summary>
/// The Export Engine: turns a provider result (raster + optional vector picture) or a set of pages into finished
/// files. Vector designs become true vector SVG/PDF; raster-only images are embedded (SVG: a PNG data URI).
/// </summary>
internal static class ImageExporter
{
    /// <summary>One file of <paramref name="format"/> from a single image (one-page PDF/TIFF).</summary>
    public static byte[] Export(ImageResult image, ExportFormat format, ExportOptions? options = null) =>
        Export(image.Bitmap, image.Vector, format, options);

    public static byte[] Export(SKBitmap bitmap, SKPicture? vector, ExportFormat format, ExportOptions? options = null)
    {
        options ??= ExportOptions.Default;
        return format switch
        {
            ExportFormat.Png => RasterEncoder.Png(bitmap),
            ExportFormat.Jpg => RasterEncoder.Jpeg(bitmap, options.Quality, options.MatteColor),
            ExportFormat.Webp => RasterEncoder.Webp(bitmap, options.Quality),
            ExportFormat.Svg => vector is null ? SvgWriter.FromRaster(bitmap) : SvgWriter.FromPicture(vector, bitmap.Width, bitmap.Height),
            ExportFormat.Pdf => PdfWriter.Write([Page(bitmap, vector)], options),
            ExportFormat.Tiff => TiffWriter.Write([bitmap], options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    /// <summary>A multi-page PDF (vector pages stay vector).</summary>
    public static byte[] Pdf(IReadOnlyList<ExportPage> pages, ExportOptions? options = null) =>
        PdfWriter.Write(pages, options ?? ExportOptions.Default);

    /// <summary>A multi-page TIFF.</summary>
    public static byte[] Tiff(IReadOnlyList<SKBitmap> pages, ExportOptions? options = null) =>
        TiffWriter.Write(pages, options ?? ExportOptions.Default);

    /// <summary>A multi-page document of a format that holds pages (PDF, TIFF).</summary>
    public static byte[] Document(IReadOnlyList<ImageResult> pages, ExportFormat format, ExportOptions? options = null) => format switch
    {
        ExportFormat.Pdf => Pdf(pages.Select(p => Page(p.Bitmap, p.Vector)).ToArray(), options),
        ExportFormat.Tiff => Tiff(pages.Select(p => p.Bitmap).ToArray(), options),
        _ => throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"{format} holds one image; only PDF and TIFF hold pages."),
    };

    private static ExportPage Page(SKBitmap bitmap, SKPicture? vector) =>
        vector is null ? ExportPage.Of(bitmap) : ExportPage.Of(vector, bitmap.Width, bitmap.Height);
}
