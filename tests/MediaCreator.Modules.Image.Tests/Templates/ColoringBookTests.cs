using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Coloring;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;
using UglyToad.PdfPig;

namespace MediaCreator.Modules.Image.Tests.Templates;

public sealed class ColoringBookTests
{
    private const int Dpi = 60;

    [Fact]
    public async Task Book_IsOnePdfPagePerSheet_OfTheChosenPaper()
    {
        var (output, progress) = await TemplateKit.RenderAsync(new ColoringBookRenderer(), new TemplateRequest(1, "zen mandala", PageCount: 3,
            Options: TemplateKit.Json($$"""{"dpi":{{Dpi}},"pngPages":true}""")));

        var pdfFile = output.Files[0];
        Assert.Equal("coloring-book.pdf", pdfFile.Name);
        using (var pdf = PdfDocument.Open(pdfFile.Content))
        {
            Assert.Equal(3, pdf.NumberOfPages);
            Assert.All(pdf.GetPages(), p =>
            {
                // Skia snaps the page box to whole raster pixels: within one pixel (72/dpi pt) of A4
                Assert.Equal(595.3, p.Width, 72.0 / Dpi);
                Assert.Equal(841.9, p.Height, 72.0 / Dpi);
            });
        }
        Assert.Equal(["page-01.png", "page-02.png", "page-03.png"], output.Files.Skip(1).Select(f => f.Name));
        Assert.True(progress.Count >= 4);

        var (letter, _) = await TemplateKit.RenderAsync(new ColoringBookRenderer(), new TemplateRequest(1, PageCount: 1,
            Options: TemplateKit.Json("""{"dpi":50,"paper":"Letter"}""")));
        using var letterPdf = PdfDocument.Open(letter.Files[0].Content);
        Assert.Equal(612, letterPdf.GetPage(1).Width, 72.0 / 50);
        Assert.Equal(792, letterPdf.GetPage(1).Height, 72.0 / 50);
    }

    [Fact]
    public async Task FullSizePrintPage_IsA4At300Dpi()
    {
        var (output, _) = await TemplateKit.RenderAsync(new ColoringBookRenderer(), new TemplateRequest(8, "mandala", PageCount: 1,
            Options: TemplateKit.Json("""{"pngPages":true}""")));

        var png = output.Files[1];
        Assert.Equal((2480, 3508, 300), (png.Width, png.Height, png.Dpi));
        Assert.Equal((2480, 3508), (output.Preview.Width, output.Preview.Height));
        using var pdf = PdfDocument.Open(output.Files[0].Content);
        Assert.Equal(595.3, pdf.GetPage(1).Width, 0.3);
        Assert.Equal(841.9, pdf.GetPage(1).Height, 0.3);
    }

    [Theory]
    [InlineData("mandala", null)]
    [InlineData("animals", "cat")]
    [InlineData("animals", "fish")]
    [InlineData("animals", "owl")]
    [InlineData("animals", "turtle")]
    [InlineData("animals", "butterfly")]
    [InlineData("patterns", null)]
    public void Page_IsPureBlackAndWhiteLineArt_WithClosedOutlines(string theme, string? animal)
    {
        var spec = new ColoringBookRenderer.PageSpec(PaperSize.A4, Dpi, 2, theme, animal);
        using var page = ColoringBookRenderer.RenderPage(spec, 0, new SeededRandom(5));

        var pixels = page.Pixels;
        Assert.All(pixels, p => Assert.True(p == SKColors.Black || p == SKColors.White, $"{p} is not line art"));
        var black = pixels.Count(p => p == SKColors.Black) / (double)pixels.Length;
        Assert.InRange(black, 0.02, 0.5);

        // flood the white background from just inside the frame's corner: it never gets into the motif
        var inside = (int)PaperSize.MmToPx(12 + 4, Dpi);
        var reached = PixelRegions.Flood(page, new SKPointI(inside, inside), c => c == SKColors.White);
        var cx = page.Width / 2;
        var cy = page.Height / 2;
        if (theme != "patterns")
        {
            for (var dy = -3; dy <= 3; dy++)
            {
                for (var dx = -3; dx <= 3; dx++) Assert.False(reached[(cy + dy) * page.Width + cx + dx], "the motif's centre is enclosed");
            }
        }
        var white = pixels.Count(p => p == SKColors.White);
        var enclosed = white - reached.Count(r => r) - (page.Width * page.Height - CountInsideFrame(page));
        Assert.True(enclosed > white * 0.04, $"closed regions to colour: {enclosed} of {white} white pixels");
    }

    [Fact]
    public async Task ReferencePhoto_IsTracedIntoOutlines()
    {
        using var photo = new SKBitmap(400, 300);
        using (var canvas = new SKCanvas(photo))
        {
            canvas.Clear(new SKColor(0xE0, 0xE0, 0xE0));
            using var paint = new SKPaint { Color = new SKColor(0x30, 0x50, 0x90), IsAntialias = true };
            canvas.DrawCircle(200, 150, 90, paint);
        }
        var (output, _) = await TemplateKit.RenderAsync(new ColoringBookRenderer(), new TemplateRequest(1, Reference: photo,
            Options: TemplateKit.Json($$"""{"dpi":{{Dpi}}}""")));

        using var page = output.Preview;
        using (var pdf = PdfDocument.Open(output.Files[0].Content)) Assert.Equal(1, pdf.NumberOfPages);
        Assert.All(page.Pixels, p => Assert.True(p == SKColors.Black || p == SKColors.White));
        // the photo (4:3) fills the content width: find the circle's outline along the middle row
        var row = Enumerable.Range(0, page.Width).Select(x => page.GetPixel(x, page.Height / 2)).ToArray();
        var inkRuns = Runs(row.Select(c => c == SKColors.Black).ToArray());
        Assert.True(inkRuns >= 4, $"frame + circle edges on the middle row, found {inkRuns} ink runs");
        Assert.Equal(SKColors.White, page.GetPixel(page.Width / 2, page.Height / 2));            // inside the circle: colourable
        Assert.Equal(SKColors.White, page.GetPixel(page.Width / 2, page.Height / 2 - page.Width / 5)); // plain background: no specks
    }

    private static int CountInsideFrame(SKBitmap page)
    {
        // everything not reachable from the page corner is inside the frame
        var outside = PixelRegions.Flood(page, new SKPointI(1, 1), c => c == SKColors.White);
        return outside.Count(r => !r);
    }

    private static int Runs(bool[] values) => values.Where((v, i) => v && (i == 0 || !values[i - 1])).Count();
}
