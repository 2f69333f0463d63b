using BitMiracle.LibTiff.Classic;
using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Exporting;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Exporting;

public sealed class TiffExportTests
{
    [Fact]
    public void MultiPageRgbaLzw_ReadsBackWithPagesResolutionAndAlpha()
    {
        using var first = ExportSamples.ThreeBands();
        using var second = ExportSamples.ThreeBands(30, 20);

        var data = ImageExporter.Tiff([first, second], new ExportOptions(Dpi: 300));

        using var tiff = Open(data);
        Assert.Equal(2, tiff.NumberOfDirectories());
        Assert.Equal(90, tiff.GetField(TiffTag.IMAGEWIDTH)[0].ToInt());
        Assert.Equal(4, tiff.GetField(TiffTag.SAMPLESPERPIXEL)[0].ToInt());
        Assert.Equal(Compression.LZW, (Compression)tiff.GetField(TiffTag.COMPRESSION)[0].ToInt());
        Assert.Equal(300f, tiff.GetField(TiffTag.XRESOLUTION)[0].ToFloat());
        Assert.Equal(300f, tiff.GetField(TiffTag.YRESOLUTION)[0].ToFloat());
        Assert.Equal(ResUnit.INCH, (ResUnit)tiff.GetField(TiffTag.RESOLUTIONUNIT)[0].ToInt());
        Assert.Equal(FileType.PAGE, (FileType)tiff.GetField(TiffTag.SUBFILETYPE)[0].ToInt());

        var row = new byte[90 * 4];
        for (var y = 0; y <= 3; y++) Assert.True(tiff.ReadScanline(row, y)); // compressed strips read in order
        Assert.Equal(new byte[] { 220, 30, 40, 255 }, row[..4]);
        Assert.Equal(0, row[45 * 4 + 3]);
        Assert.Equal(new byte[] { 20, 60, 200, 128 }, row[(80 * 4)..(81 * 4)]);

        Assert.True(tiff.SetDirectory(1));
        Assert.Equal((30, 20), (tiff.GetField(TiffTag.IMAGEWIDTH)[0].ToInt(), tiff.GetField(TiffTag.IMAGELENGTH)[0].ToInt()));
        Assert.Equal(1, tiff.GetField(TiffTag.PAGENUMBER)[0].ToInt());
    }

    [Fact]
    public void RgbDeflate_FlattensOntoTheMatte()
    {
        using var page = ExportSamples.ThreeBands();

        var data = ImageExporter.Tiff([page], new ExportOptions(Dpi: 150, TiffAlpha: false, Compression: TiffCompression.Deflate, Matte: SKColors.White));

        using var tiff = Open(data);
        Assert.Equal(1, tiff.NumberOfDirectories());
        Assert.Equal(3, tiff.GetField(TiffTag.SAMPLESPERPIXEL)[0].ToInt());
        Assert.Equal(Compression.ADOBE_DEFLATE, (Compression)tiff.GetField(TiffTag.COMPRESSION)[0].ToInt());
        Assert.Equal(150f, tiff.GetField(TiffTag.XRESOLUTION)[0].ToFloat());
        var row = new byte[90 * 3];
        Assert.True(tiff.ReadScanline(row, 0));
        Assert.Equal(new byte[] { 255, 255, 255 }, row[(45 * 3)..(46 * 3)]);
        Assert.Equal(new byte[] { 220, 30, 40 }, row[..3]);
    }

    [Fact]
    public void Document_OfDesigns_IsAPrintReadyMultiPageTiff()
    {
        var pages = new[] { "a cat \"Page One\"", "a dog \"Page Two\"", "a bird \"Page Three\"" }
            .Select(p => Design.DesignPixels.Render(p, "kids", 60, 80)).ToArray();
        try
        {
            var data = ImageExporter.Document(pages, ExportFormat.Tiff);
            using var tiff = Open(data);
            Assert.Equal(3, tiff.NumberOfDirectories());
            Assert.Throws<ImageProviderException>(() => ImageExporter.Document(pages, ExportFormat.Png));
        }
        finally
        {
            foreach (var page in pages) page.Dispose();
        }
    }

    private static Tiff Open(byte[] data) =>
        Tiff.ClientOpen("read", "r", new MemoryStream(data), new TiffStream()) ?? throw new InvalidOperationException("Not a TIFF.");
}
