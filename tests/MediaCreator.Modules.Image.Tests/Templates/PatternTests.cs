using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Patterns;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Templates;

public sealed class PatternTests
{
    [Theory]
    [InlineData(1, "hearts and stars")]
    [InlineData(42, "flower leaf moon")]
    [InlineData(9, null)]
    public void Tile_IsSeamless_AcrossBothWrapEdges(long seed, string? prompt)
    {
        using var tile = new PatternRenderer().RenderTile(new TemplateRequest(seed, prompt,
            Options: TemplateKit.Json("""{"tileSize":192,"density":24,"maxScale":0.35}""")));

        var n = tile.Width;
        // mean colour difference between neighbouring columns (rows): at the wrap vs inside the tile
        var wrapX = ColumnDiff(tile, n - 1, 0);
        var insideX = Enumerable.Range(0, n - 1).Select(x => ColumnDiff(tile, x, x + 1)).ToArray();
        var wrapY = RowDiff(tile, n - 1, 0);
        var insideY = Enumerable.Range(0, n - 1).Select(y => RowDiff(tile, y, y + 1)).ToArray();

        Assert.True(insideX.Max() > 0, "motifs are drawn");
        Assert.True(wrapX <= insideX.Max(), $"horizontal seam {wrapX} vs max inside {insideX.Max()}");
        Assert.True(wrapY <= insideY.Max(), $"vertical seam {wrapY} vs max inside {insideY.Max()}");
        Assert.True(wrapX <= insideX.Average() * 3 + 1 && wrapY <= insideY.Average() * 3 + 1);
    }

    [Fact]
    public async Task Outputs_TileAndPreview()
    {
        var (output, _) = await TemplateKit.RenderAsync(new PatternRenderer(), new TemplateRequest(5, "stars", Width: 128));

        Assert.Equal(["tile.png", "preview-2x2.png"], output.Files.Select(f => f.Name));
        using var tile = TemplateKit.Decode(output.Files[0]);
        Assert.Equal((128, 128), (tile.Width, tile.Height));
        Assert.Equal((256, 256), (output.Preview.Width, output.Preview.Height));
        Assert.Equal(tile.GetPixel(10, 20), output.Preview.GetPixel(138, 148));
    }

    [Fact]
    public void UnknownMotif_IsRefused()
    {
        var ex = Assert.Throws<ImageProviderException>(() => new PatternRenderer().RenderTile(
            new TemplateRequest(1, Options: TemplateKit.Json("""{"motifs":["dragon"]}"""))));
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, ex.Code);
    }

    private static double ColumnDiff(SKBitmap b, int x1, int x2) =>
        Enumerable.Range(0, b.Height).Average(y => Diff(b.GetPixel(x1, y), b.GetPixel(x2, y)));

    private static double RowDiff(SKBitmap b, int y1, int y2) =>
        Enumerable.Range(0, b.Width).Average(x => Diff(b.GetPixel(x, y1), b.GetPixel(x, y2)));

    private static int Diff(SKColor a, SKColor b) => Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue);
}
