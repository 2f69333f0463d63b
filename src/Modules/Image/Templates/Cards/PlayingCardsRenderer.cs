using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Cards;

/// <summary>
/// A full deck: 52 cards with traditional pip layouts and corner indices (rank + suit, with a rotated copy),
/// plus jokers, poker size 2.5x3.5 in with bleed. Outputs: one PNG per card (<c>AS.png</c>, <c>10H.png</c>,
/// <c>JOKER-1.png</c>...), <c>back.png</c>, and <c>deck-print.pdf</c> (3x3 cards per page with cut marks; the face
/// sheets, then one sheet of backs).
/// Options (all optional): <c>{"dpi":300, "bleedMm":3, "paper":"A4|Letter", "jokers":2,
/// "backColor":"#1D3557", "accentColor":"#E9C46A"}</c>.
/// </summary>
internal sealed class PlayingCardsRenderer : TemplateRenderer
{
    public override ImageTemplateType Type => ImageTemplateType.PlayingCards;

    protected override TemplateOutput Render(TemplateRequest request, IProgress<TemplateProgress>? progress, CancellationToken ct)
    {
        var options = OptionsOf(request);
        var dpi = options.Int("dpi", 300, 72, 600);
        var sheet = new CardSheet(PaperSize.Parse(options.String("paper")), 2.5f, 3.5f, options.Float("bleedMm", 3, 0, 6), dpi);
        var rng = new SeededRandom(request.Seed);
        var palette = Palettes.From(request.Prompt ?? request.Style, rng);
        var painter = new PlayingCardPainter(sheet, options.Color("backColor", SceneShade(palette[0])), options.Color("accentColor", palette[3]));
        var deck = PlayingCard.Deck(options.Int("jokers", 2, 0, 4));

        var files = new List<OutputFile>();
        using var pdf = new PdfBuilder("Playing cards", dpi);
        SKBitmap? preview = null;
        for (var start = 0; start < deck.Count; start += CardSheet.PerSheet)
        {
            ct.ThrowIfCancellationRequested();
            Report(progress, 0.9 * start / deck.Count, $"Cards {start + 1}..{Math.Min(deck.Count, start + CardSheet.PerSheet)}");
            var faces = deck.Skip(start).Take(CardSheet.PerSheet).Select(c => (Card: c, Bitmap: painter.Face(c))).ToArray();
            foreach (var (card, bitmap) in faces) files.Add(Outputs.Png(card.FileName, bitmap, dpi, hasAlpha: false));
            sheet.AddPages(pdf, faces.Select(f => f.Bitmap).ToArray());
            preview ??= faces[0].Bitmap.Copy();
            foreach (var f in faces) f.Bitmap.Dispose();
        }
        using (var back = painter.Back())
        {
            files.Add(Outputs.Png("back.png", back, dpi, hasAlpha: false));
            sheet.AddPages(pdf, Enumerable.Repeat(back, CardSheet.PerSheet).ToArray(), mirror: true);
        }
        files.Add(Outputs.Pdf("deck-print.pdf", pdf, sheet.Paper));
        Report(progress, 1, "Done");
        return new TemplateOutput(files, preview!);
    }

    private static SKColor SceneShade(SKColor c) => new((byte)(c.Red * 0.7f), (byte)(c.Green * 0.7f), (byte)(c.Blue * 0.7f));
}
