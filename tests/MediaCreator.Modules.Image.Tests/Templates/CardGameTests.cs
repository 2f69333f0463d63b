using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Cards;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;
using UglyToad.PdfPig;

namespace MediaCreator.Modules.Image.Tests.Templates;

public sealed class CardGameTests
{
    private const string Cards = """
        {"dpi":100,"bleedMm":3,"backTitle":"Dragons","cards":[
          {"title":"Fire Drake","text":"Deal 3 damage to any target.","type":"Creature","cost":3,"value":5,"color":"#E63946","count":2},
          {"title":"มังกรน้ำ","text":"จั่วการ์ดสองใบ","cost":"2","color":"#2A9D8F"},
          {"title":"Gold","value":1,"color":"#E9C46A","count":8}]}
        """;

    [Fact]
    public async Task Cards_AreDesignedOncePerDefinition_AndPrintedPerCopy()
    {
        var (output, _) = await TemplateKit.RenderAsync(new CardGameRenderer(), new TemplateRequest(1, Options: TemplateKit.Json(Cards)));

        Assert.Equal(["card-01-fire-drake.png", "card-02-มังกรน้ำ.png", "card-03-gold.png", "back.png", "cards-print.pdf"], output.Files.Select(f => f.Name));
        using var pdf = PdfDocument.Open(output.Files[^1].Content);
        Assert.Equal(4, pdf.NumberOfPages); // 11 copies: 2 sheets of fronts + 2 of backs
        using var front = TemplateKit.Decode(output.Files[0]);
        Assert.Equal((250 + 24, 350 + 24), (front.Width, front.Height));
        Assert.Equal(SKColor.Parse("#E63946"), front.GetPixel(3, front.Height / 2)); // the frame colour fills the bleed
        Assert.Equal(SKColor.Parse("#E63946"), front.GetPixel(front.Width - 3, 3));
    }

    [Fact]
    public void PartialSheet_HasBleedWhereACardHasNoNeighbour_AndCutMarksAtTheGridCorners()
    {
        var sheet = new CardSheet(PaperSize.A4, 2.5f, 3.5f, 3, 100);
        var painter = new GameCardPainter(sheet, SKColors.Navy, null);
        using var card = painter.Front(new CardDefinition("Test", "Text", null, "1", "2", SKColors.Teal, 1), 1);
        using var page = Outputs.Render(PaperSize.A4.WidthPx(100), PaperSize.A4.HeightPx(100), SKColors.White,
            c => sheet.DrawPage(c, [card, card]));

        var second = sheet.TrimRect(1);
        var y = (int)second.MidY;
        var b = sheet.Bleed;
        Assert.Equal(SKColors.Teal, page.GetPixel((int)second.Right + b - 2, y));
        Assert.Equal(SKColors.White, page.GetPixel((int)second.Right + b + 2, y));
        Assert.Equal(SKColors.Teal, page.GetPixel((int)second.MidX, (int)second.Bottom + b - 2)); // bottom bleed: no row below
        var (offset, length) = sheet.MarkGeometry(horizontalMargin: false);
        var markY = (int)(sheet.OriginY - offset - length / 2);
        foreach (var x in new[] { sheet.OriginX, sheet.OriginX + sheet.TrimWidth, sheet.OriginX + 2 * sheet.TrimWidth })
        {
            Assert.True(Enumerable.Range(-1, 3).Any(dx => TemplateKit.IsDarkInk(page.GetPixel((int)Math.Round(x) + dx, markY))), $"cut mark above x={x}");
        }
    }

    [Fact]
    public async Task NoCards_IsRefused()
    {
        var ex = await Assert.ThrowsAsync<ImageProviderException>(() => new CardGameRenderer().RenderAsync(new TemplateRequest(1), null, CancellationToken.None));
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, ex.Code);
    }
}
