using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Exporting;

/// <summary>PDF export through Skia's PDF backend: one page per <see cref="ExportPage"/>, sized for the DPI.</summary>
internal static class PdfWriter
{
    /// <summary>Page size in PDF points for a pixel size at a DPI (1 pt = 1/72 in).</summary>
    public static SKSize PageSize(int widthPx, int heightPx, int dpi) => new(widthPx * 72f / dpi, heightPx * 72f / dpi);

    public static byte[] Write(IReadOnlyList<ExportPage> pages, ExportOptions options)
    {
        if (pages.Count == 0) throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "A PDF needs at least one page.");
        if (options.Dpi is < 36 or > 2400) throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"DPI {options.Dpi} is out of range 36..2400.");
        var metadata = new SKDocumentPdfMetadata
        {
            Title = options.Title ?? "",
            Creator = options.Creator,
            Producer = "MediaCreator Export Engine (Skia PDF)",
            RasterDpi = options.Dpi,
            EncodingQuality = 101, // >100 = lossless (Flate) for embedded rasters
        };
        using var stream = new MemoryStream();
        using (var managed = new SKManagedWStream(stream))
        using (var document = SKDocument.CreatePdf(managed, metadata))
        {
            foreach (var page in pages)
            {
                var size = PageSize(page.Width, page.Height, options.Dpi);
                var canvas = document.BeginPage(size.Width, size.Height);
                canvas.Scale(72f / options.Dpi);
                page.DrawOn(canvas);
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }
}
