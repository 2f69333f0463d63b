using System.Xml.Linq;
using MediaCreator.Modules.Image.Exporting;
using MediaCreator.Modules.Image.Tests.Design;
using SkiaSharp;
using UglyToad.PdfPig;

namespace MediaCreator.Modules.Image.Tests.Exporting;

public sealed class VectorExportTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Svg_OfADesign_IsTrueVector_PathsAndNoEmbeddedRaster()
    {
        using var design = DesignPixels.Render("a cat under the moon \"Night Owl\"", "cute", 200, 150);
        var svg = ImageExporter.Export(design, ExportFormat.Svg);

        var doc = XDocument.Load(new MemoryStream(svg));
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        Assert.Equal("200", doc.Root.Attribute("width")?.Value);
        Assert.Equal("150", doc.Root.Attribute("height")?.Value);
        Assert.True(doc.Descendants(Svg + "path").Count() > 10);
        Assert.Empty(doc.Descendants(Svg + "image"));
        Assert.DoesNotContain("data:image", System.Text.Encoding.UTF8.GetString(svg));
    }

    [Fact]
    public void Svg_OfARaster_EmbedsThePngAsADataUri()
    {
        using var source = ExportSamples.ThreeBands();
        var svg = ImageExporter.Export(source, null, ExportFormat.Svg);

        var doc = XDocument.Load(new MemoryStream(svg));
        var image = Assert.Single(doc.Descendants(Svg + "image"));
        var href = image.Attribute(XNamespace.Get("http://www.w3.org/1999/xlink") + "href")!.Value;
        Assert.StartsWith("data:image/png;base64,", href);
        using var png = SKBitmap.Decode(Convert.FromBase64String(href["data:image/png;base64,".Length..]));
        Assert.Equal((90, 40), (png.Width, png.Height));
        Assert.Equal(128, png.GetPixel(80, 5).Alpha);
    }

    [Fact]
    public void Pdf_HasOnePagePerImage_SizedInPointsForTheDpi_WithMetadata()
    {
        using var cover = DesignPixels.Render("a book with stars \"Bedtime\"", "pastel", 300, 450);
        using var inside = DesignPixels.Render("a moon and clouds", "pastel", 300, 450, seed: 2);
        using var photo = ExportSamples.ThreeBands(300, 450);

        var pdf = ImageExporter.Pdf(
            [ExportPage.Of(cover.Vector!, 300, 450), ExportPage.Of(inside.Vector!, 300, 450), ExportPage.Of(photo)],
            new ExportOptions(Dpi: 150, Title: "Bedtime Book", Creator: "MediaCreator tests"));

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(3, document.NumberOfPages);
        Assert.Equal("Bedtime Book", document.Information.Title);
        Assert.Equal("MediaCreator tests", document.Information.Creator);
        foreach (var page in document.GetPages())
        {
            Assert.Equal(144, page.Width, 0.5); // 300 px at 150 dpi = 2 in = 144 pt
            Assert.Equal(216, page.Height, 0.5);
        }
        var vectorPage = document.GetPage(1);
        Assert.Equal(0, vectorPage.NumberOfImages);
        Assert.True(vectorPage.Paths.Count > 10, "the design page should be drawn with vector paths");
        Assert.Equal(1, document.GetPage(3).NumberOfImages);
    }

    [Fact]
    public void Pdf_OfASingleDesign_ThroughExport_UsesItsVector()
    {
        using var design = DesignPixels.Render("a star", "bold", 150, 150);
        var pdf = ImageExporter.Export(design, ExportFormat.Pdf, new ExportOptions(Dpi: 150));

        using var document = PdfDocument.Open(pdf);
        var page = Assert.Single(document.GetPages());
        Assert.Equal(72, page.Width, 0.5);
        Assert.Equal(0, page.NumberOfImages);
    }

    [Fact]
    public void PrintRender_PokerCardWithBleedAt300Dpi_IsAFullSizePdfPageAndTiff()
    {
        var size = PrintSize.PokerCard.PixelSize(300, bleedMm: 3);
        using var card = DesignPixels.Render("a rabbit and a star \"Ace\"", "kids", size.Width, size.Height);

        var pdf = ImageExporter.Export(card, ExportFormat.Pdf, new ExportOptions(Dpi: 300));
        var tiff = ImageExporter.Export(card, ExportFormat.Tiff, new ExportOptions(Dpi: 300));

        using var document = PdfDocument.Open(pdf);
        var page = Assert.Single(document.GetPages());
        Assert.Equal(821 * 72 / 300.0, page.Width, 0.5); // 2.5 in + 2 x 3 mm
        Assert.Equal(1121 * 72 / 300.0, page.Height, 0.5);
        using var read = BitMiracle.LibTiff.Classic.Tiff.ClientOpen("card", "r", new MemoryStream(tiff), new BitMiracle.LibTiff.Classic.TiffStream());
        Assert.Equal(821, read.GetField(BitMiracle.LibTiff.Classic.TiffTag.IMAGEWIDTH)[0].ToInt());
        Assert.Equal(1121, read.GetField(BitMiracle.LibTiff.Classic.TiffTag.IMAGELENGTH)[0].ToInt());
        Assert.Equal(300f, read.GetField(BitMiracle.LibTiff.Classic.TiffTag.XRESOLUTION)[0].ToFloat());
    }
}
