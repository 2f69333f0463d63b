using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Boards;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;
using UglyToad.PdfPig;

namespace MediaCreator.Modules.Image.Tests.Templates;

public sealed class BoardGameTests
{
    [Theory]
    [InlineData("""{"layout":"grid","rows":6,"cols":9}""", 54)]
    [InlineData("""{"layout":"track","spaces":24}""", 24)]
    [InlineData("""{"layout":"hex","rows":5,"cols":7}""", 35)]
    public void Board_DrawsEverySpace_InsideTheBoardArea(string json, int expected)
    {
        var renderer = new BoardGameRenderer();
        var request = new TemplateRequest(3, "forest adventure", Options: TemplateKit.Json(json));
        var options = new TemplateOptions(request.Options, ImageTemplateType.BoardGame);

        var (board, cells) = renderer.RenderBoard(request, options, PaperSize.A4.Landscape, 60, "Forest");

        using (board)
        {
            Assert.Equal((PaperSize.A4.Landscape.WidthPx(60), PaperSize.A4.Landscape.HeightPx(60)), (board.Width, board.Height));
            Assert.Equal(expected, cells.Count);
            foreach (var cell in cells)
            {
                Assert.InRange(cell.Centre.X, 0, board.Width);
                Assert.InRange(cell.Centre.Y, 0, board.Height);
                // sample away from the label/icon: a point a quarter of the way down from the centre-left
                var b = cell.Shape.Bounds;
                var p = new SKPointI((int)(b.Left + b.Width * 0.22f), (int)(b.MidY + b.Height * 0.25f));
                var c = board.GetPixel(p.X, p.Y);
                Assert.True(Math.Abs(c.Red - cell.Fill.Red) + Math.Abs(c.Green - cell.Fill.Green) + Math.Abs(c.Blue - cell.Fill.Blue) < 30, $"cell at {cell.Centre} is filled");
                cell.Shape.Dispose();
            }
            // neighbouring spaces are separated by an outline (or a gap), never merged
            var a = cells[0];
            var next = cells[1];
            var mid = new SKPoint((a.Centre.X + next.Centre.X) / 2, (a.Centre.Y + next.Centre.Y) / 2);
            var between = board.GetPixel((int)mid.X, (int)mid.Y);
            Assert.NotEqual(a.Fill, between);
        }
    }

    [Fact]
    public async Task Output_IsABoardPageAndATokenPage_SameBytesForTheSameSeed()
    {
        var request = new TemplateRequest(1, Options: TemplateKit.Json("""{"dpi":50,"players":3,"layout":"track"}"""));
        var (output, _) = await TemplateKit.RenderAsync(new BoardGameRenderer(), request);
        var (again, _) = await TemplateKit.RenderAsync(new BoardGameRenderer(), request);

        Assert.Equal(output.Files.Select(f => f.Content), again.Files.Select(f => f.Content));

        Assert.Equal(["board-game.pdf", "board.png", "tokens.png"], output.Files.Select(f => f.Name));
        using (var pdf = PdfDocument.Open(output.Files[0].Content))
        {
            Assert.Equal(2, pdf.NumberOfPages);
            Assert.True(pdf.GetPage(1).Width > pdf.GetPage(1).Height, "landscape board");
        }
        using var tokens = TemplateKit.Decode(output.Files[2]);
        var all = SKRectI.Create(0, 0, tokens.Width, tokens.Height);
        for (var p = 0; p < 3; p++)
        {
            var colour = BoardGameRenderer.PlayerColors[p];
            Assert.Equal(4, PixelRegions.CountComponents(tokens, all, c => Math.Abs(c.Red - colour.Red) + Math.Abs(c.Green - colour.Green) + Math.Abs(c.Blue - colour.Blue) < 40, 20));
        }
        // the die: 1+2+...+6 = 21 black pips on the net
        var die = SKRectI.Round(DieNet.Bounds(BoardGameRenderer.DieOrigin(PaperSize.A4.Landscape, 50), BoardGameRenderer.DieFace(50)));
        Assert.Equal(21, PixelRegions.CountComponents(tokens, die, c => c.Red < 40 && c.Green < 40 && c.Blue < 40, 3));
    }
}
