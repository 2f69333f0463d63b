using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Cards;

/// <summary>
/// A card game: one designed front per card definition plus a shared back, poker size (2.5x3.5 in) with bleed, and
/// print sheets of 3x3 cards with cut marks (fronts with every copy, then the backs mirrored for duplex).
/// Cards come from Options.cards, or a single card from Fields (title/text/type/cost/value/color).
/// Outputs: <c>card-01-{title}.png</c>.., <c>back.png</c>, <c>cards-print.pdf</c>.
/// Options: <c>{"cards":[{"title":"Fire Drake","text":"Deal 3 damage.","type":"Creature","cost":3,"value":5,
/// "color":"#E63946","count":2}], "backTitle":"My Game", "backColor":"#1D3557", "dpi":300, "bleedMm":3,
/// "paper":"A4|Letter"}</c> (title required per card; the rest optional).
/// </summary>
internal sealed class CardGameRenderer : TemplateRenderer
{
    public override ImageTemplateType Type => ImageTemplateType.CardGame;

    protected override TemplateOutput Render(TemplateRequest request, IProgress<TemplateProgress>? progress, CancellationToken ct)
    {
        var options = OptionsOf(request);
        var dpi = options.Int("dpi", 300, 72, 600);
        var sheet = new CardSheet(PaperSize.Parse(options.String("paper")), 2.5f, 3.5f, options.Float("bleedMm", 3, 0, 6), dpi);
        var cards = options.Objects("cards").Select((e, i) => CardDefinition.Parse(e, i, options)).ToList();
        if (cards.Count == 0 && request.Fields is { Count: > 0 } fields) cards.Add(CardDefinition.FromFields(fields));
        if (cards.Count == 0) throw Invalid("no cards: give Options.cards [{title, text, cost, value, color, count}] or Fields.");
        if (cards.Sum(c => c.Count) > 540) throw Invalid("at most 540 cards (60 sheets) per request.");
        var painter = new GameCardPainter(sheet, options.Color("backColor", new SKColor(0x1D, 0x35, 0x57)), options.String("backTitle") ?? request.Prompt);

        var files = new List<OutputFile>();
        var fronts = new List<SKBitmap>();
        try
        {
            for (var i = 0; i < cards.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                Report(progress, 0.7 * i / cards.Count, $"Card {i + 1} of {cards.Count}");
                var front = painter.Front(cards[i], request.Seed);
                fronts.Add(front);
                files.Add(Outputs.Png($"card-{i + 1:00}-{cards[i].Slug}.png", front, dpi, hasAlpha: false));
            }
            Report(progress, 0.75, "Print sheets");
            using var back = painter.Back();
            files.Add(Outputs.Png("back.png", back, dpi, hasAlpha: false));
            var copies = cards.SelectMany((c, i) => Enumerable.Repeat(fronts[i], c.Count)).ToArray();
            using var pdf = new PdfBuilder("Card game", dpi);
            sheet.AddPages(pdf, copies);
            for (var start = 0; start < copies.Length; start += CardSheet.PerSheet)
            {
                sheet.AddPages(pdf, Enumerable.Repeat(back, Math.Min(CardSheet.PerSheet, copies.Length - start)).ToArray(), mirror: true);
            }
            files.Add(Outputs.Pdf("cards-print.pdf", pdf, sheet.Paper));
            Report(progress, 1, "Done");
            return new TemplateOutput(files, fronts[0].Copy());
        }
        finally
        {
            foreach (var f in fronts) f.Dispose();
        }
    }
}
