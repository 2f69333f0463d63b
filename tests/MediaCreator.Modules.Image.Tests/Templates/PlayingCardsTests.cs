using MediaCreator.Modules.Image.Templates.Cards;
using MediaCreator.Modules.Image.Templates.Common;
using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;
using UglyToad.PdfPig;

namespace MediaCreator.Modules.Image.Tests.Templates;

public sealed class PlayingCardsTests
{
    private static readonly CardSheet Sheet = new(PaperSize.A4, 2.5f, 3.5f, 3, 100);

    [Fact]
    public void EveryNumberCard_HasAsManyPipsAsItsRank()
    {
        var painter = new PlayingCardPainter(Sheet, SKColors.Navy, SKColors.Gold);
        var area = SKRectI.Round(new SKRect(
            Sheet.Bleed + PipLayout.Area.Left * Sheet.TrimWidth, Sheet.Bleed + PipLayout.Area.Top * Sheet.TrimHeight,
            Sheet.Bleed + PipLayout.Area.Right * Sheet.TrimWidth, Sheet.Bleed + PipLayout.Area.Bottom * Sheet.TrimHeight));
        foreach (var suit in Enum.GetValues<Suit>())
        {
            var colour = Suits.Color(suit);
            for (var rank = 2; rank <= 10; rank++)
            {
                using var card = painter.Face(new PlayingCard(rank, suit));
                var pips = PixelRegions.CountComponents(card, area, c => Near(c, colour), minPixels: 20);
                Assert.True(rank == pips, $"{rank} of {suit}: {pips} pips");
            }
        }
    }

    [Fact]
    public void Indices_AreInBothCorners_TheSecondRotated()
    {
        var painter = new PlayingCardPainter(Sheet, SKColors.Navy, SKColors.Gold);
        using var card = painter.Face(new PlayingCard(10, Suit.Hearts));
        var w = Sheet.TrimWidth;
        var h = Sheet.TrimHeight;
        var b = Sheet.Bleed;
        var topLeft = SKRectI.Round(SKRect.Create(b + 0.02f * w, b + 0.02f * h, 0.16f * w, 0.17f * h));
        var bottomRight = SKRectI.Round(SKRect.Create(b + 0.82f * w, b + 0.81f * h, 0.16f * w, 0.17f * h));

        var inkTopLeft = Count(card, topLeft, c => Near(c, Suits.Red));
        var inkBottomRight = Count(card, bottomRight, c => Near(c, Suits.Red));

        Assert.True(inkTopLeft > 150, $"index ink {inkTopLeft}");
        Assert.InRange(inkBottomRight, inkTopLeft * 0.9, inkTopLeft * 1.1);
        // "1", "0" and the suit sign are three separate marks in each corner
        Assert.Equal(3, PixelRegions.CountComponents(card, topLeft, c => Near(c, Suits.Red), 10));
        Assert.Equal(3, PixelRegions.CountComponents(card, bottomRight, c => Near(c, Suits.Red), 10));
        Assert.True(card.GetPixel(b + 5 * w / 100, b + h / 2).Red > 240, "white card face");
    }

    [Fact]
    public async Task Deck_Has54CardPngs_PlusBack_AndPrintSheets()
    {
        var (output, progress) = await TemplateKit.RenderAsync(new PlayingCardsRenderer(),
            new TemplateRequest(3, Options: TemplateKit.Json("""{"dpi":100,"bleedMm":3}""")));

        var cards = output.Files.Where(f => f.Name.EndsWith(".png") && f.Name != "back.png").ToArray();
        Assert.Equal(54, cards.Length);
        Assert.Equal(54, cards.Select(f => f.Name).Distinct().Count());
        Assert.Contains(cards, f => f.Name == "10H.png");
        Assert.Equal(2, cards.Count(f => f.Name.StartsWith("JOKER")));
        using (var one = TemplateKit.Decode(cards[0]))
        {
            Assert.Equal((250 + 2 * 12, 350 + 2 * 12), (one.Width, one.Height));
        }
        var pdfFile = Assert.Single(output.Files, f => f.Name == "deck-print.pdf");
        using var pdf = PdfDocument.Open(pdfFile.Content);
        Assert.Equal(7, pdf.NumberOfPages); // 6 sheets of faces + 1 of backs
        Assert.Equal(7, pdfFile.PageCount);
        var page = pdf.GetPage(1);
        Assert.Equal(595.3, page.Width, 0.5);
        Assert.Equal(841.9, page.Height, 0.5);
        Assert.True(progress.Count >= 6);
    }

    [Fact]
    public void FullSizeCard_IsPokerSizeAt300Dpi_WithBleed()
    {
        var sheet = new CardSheet(PaperSize.A4, 2.5f, 3.5f, 3, 300);
        using var back = new PlayingCardPainter(sheet, SKColors.Navy, SKColors.Gold).Back();

        Assert.Equal((750 + 2 * 35, 1050 + 2 * 35), (back.Width, back.Height));
        Assert.Equal(SKColors.Navy, back.GetPixel(2, 2)); // the back's colour runs into the bleed
    }

    [Fact]
    public void PrintSheet_HasCutMarksAtTheCorners_AndBleedAroundTheGrid()
    {
        var painter = new PlayingCardPainter(Sheet, SKColors.Navy, SKColors.Gold);
        using var back = painter.Back();
        using var page = Outputs.Render(PaperSize.A4.WidthPx(100), PaperSize.A4.HeightPx(100), SKColors.White,
            c => Sheet.DrawPage(c, Enumerable.Repeat(back, 9).ToArray()));

        var x0 = (int)Math.Round(Sheet.OriginX);
        var y0 = (int)Math.Round(Sheet.OriginY);
        var x3 = (int)Math.Round(Sheet.OriginX + 3 * Sheet.TrimWidth);
        var y3 = (int)Math.Round(Sheet.OriginY + 3 * Sheet.TrimHeight);
        var (vOff, vLen) = Sheet.MarkGeometry(horizontalMargin: false);
        var (hOff, hLen) = Sheet.MarkGeometry(horizontalMargin: true);
        foreach (var (x, y) in new[] { (x0, y0), (x3, y0), (x0, y3), (x3, y3) })
        {
            var outY = y == y0 ? y0 - (int)(vOff + vLen / 2) : y3 + (int)(vOff + vLen / 2);
            var outX = x == x0 ? x0 - (int)(hOff + hLen / 2) : x3 + (int)(hOff + hLen / 2);
            Assert.True(AnyDark(page, x - 1, outY, 3, 1), $"vertical cut mark at ({x},{outY})");
            Assert.True(AnyDark(page, outX, y - 1, 1, 3), $"horizontal cut mark at ({outX},{y})");
        }
        var b = Sheet.Bleed;
        var midY = (y0 + y3) / 2;
        Assert.Equal(SKColors.Navy, page.GetPixel(x0 - b + 1, midY));   // bleed reaches out by b
        Assert.Equal(SKColors.White, page.GetPixel(x0 - b - 2, midY));  // and no further
        Assert.Equal(SKColors.Navy, page.GetPixel(x3 + b - 2, midY));
        Assert.Equal(SKColors.White, page.GetPixel(x3 + b + 1, midY));
    }

    private static bool Near(SKColor c, SKColor target) =>
        Math.Abs(c.Red - target.Red) + Math.Abs(c.Green - target.Green) + Math.Abs(c.Blue - target.Blue) < 60;

    private static int Count(SKBitmap b, SKRectI r, Func<SKColor, bool> match)
    {
        var n = 0;
        for (var y = r.Top; y < r.Bottom; y++)
        {
            for (var x = r.Left; x < r.Right; x++)
            {
                if (match(b.GetPixel(x, y))) n++;
            }
        }
        return n;
    }

    private static bool AnyDark(SKBitmap b, int x, int y, int w, int h)
    {
        for (var yy = y; yy < y + h; yy++)
        {
            for (var xx = x; xx < x + w; xx++)
            {
                if (TemplateKit.IsDarkInk(b.GetPixel(xx, yy))) return true;
            }
        }
        return false;
    }
}
