using BitMiracle.LibTiff.Classic;
using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Exporting;

/// <summary>
/// TIFF export with LibTiff.NET: one directory per page (multi-page documents get SUBFILETYPE=PAGE and PAGENUMBER),
/// 8-bit RGB or RGBA (unassociated alpha), LZW or Deflate with the horizontal predictor, and the DPI in
/// XResolution/YResolution with ResolutionUnit=inch.
/// </summary>
internal static class TiffWriter
{
    public static byte[] Write(IReadOnlyList<SKBitmap> pages, ExportOptions options)
    {
        if (pages.Count == 0) throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "A TIFF needs at least one page.");
        var stream = new MemoryStream();
        using (var tiff = Tiff.ClientOpen("export.tiff", "w", stream, new TiffStream())
                          ?? throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "Could not start a TIFF stream."))
        {
            for (var i = 0; i < pages.Count; i++)
            {
                WritePage(tiff, pages[i], options, i, pages.Count);
            }
        }
        return stream.ToArray();
    }

    private static void WritePage(Tiff tiff, SKBitmap page, ExportOptions options, int index, int count)
    {
        var samples = options.TiffAlpha ? 4 : 3;
        var pixels = Rgba(page, options);
        tiff.SetField(TiffTag.IMAGEWIDTH, page.Width);
        tiff.SetField(TiffTag.IMAGELENGTH, page.Height);
        tiff.SetField(TiffTag.SAMPLESPERPIXEL, samples);
        tiff.SetField(TiffTag.BITSPERSAMPLE, 8);
        tiff.SetField(TiffTag.PHOTOMETRIC, Photometric.RGB);
        tiff.SetField(TiffTag.PLANARCONFIG, PlanarConfig.CONTIG);
        tiff.SetField(TiffTag.ORIENTATION, Orientation.TOPLEFT);
        if (options.TiffAlpha) tiff.SetField(TiffTag.EXTRASAMPLES, 1, new[] { (short)ExtraSample.UNASSALPHA });
        tiff.SetField(TiffTag.COMPRESSION, options.Compression == TiffCompression.Lzw ? Compression.LZW : Compression.ADOBE_DEFLATE);
        tiff.SetField(TiffTag.PREDICTOR, Predictor.HORIZONTAL);
        tiff.SetField(TiffTag.ROWSPERSTRIP, tiff.DefaultStripSize(0));
        tiff.SetField(TiffTag.XRESOLUTION, (float)options.Dpi);
        tiff.SetField(TiffTag.YRESOLUTION, (float)options.Dpi);
        tiff.SetField(TiffTag.RESOLUTIONUNIT, ResUnit.INCH);
        tiff.SetField(TiffTag.SOFTWARE, options.Creator);
        if (count > 1)
        {
            tiff.SetField(TiffTag.SUBFILETYPE, FileType.PAGE);
            tiff.SetField(TiffTag.PAGENUMBER, index, count);
        }

        var row = new byte[page.Width * samples];
        for (var y = 0; y < page.Height; y++)
        {
            var source = y * page.Width * 4;
            if (samples == 4)
            {
                Buffer.BlockCopy(pixels, source, row, 0, row.Length);
            }
            else
            {
                for (var x = 0; x < page.Width; x++)
                {
                    row[x * 3] = pixels[source + x * 4];
                    row[x * 3 + 1] = pixels[source + x * 4 + 1];
                    row[x * 3 + 2] = pixels[source + x * 4 + 2];
                }
            }
            if (!tiff.WriteScanline(row, y)) throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"TIFF row {y} could not be written.");
        }
        tiff.WriteDirectory();
    }

    /// <summary>Straight (unassociated) RGBA bytes; flattened onto the matte first when the TIFF has no alpha.</summary>
    private static byte[] Rgba(SKBitmap page, ExportOptions options)
    {
        using var flat = options.TiffAlpha ? null : RasterEncoder.Flatten(page, options.MatteColor);
        var source = flat ?? page;
        using var straight = new SKBitmap(new SKImageInfo(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using var from = source.PeekPixels();
        using var to = straight.PeekPixels();
        if (from is null || !from.ReadPixels(to)) throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "The page pixels could not be read.");
        return straight.GetPixelSpan().ToArray();
    }
}
