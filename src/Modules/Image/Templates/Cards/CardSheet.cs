using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Cards;

/// <summary>
/// Print sheets of 3x3 cards. Cards sit edge to edge on their trim lines (one cut between neighbours); the bleed
/// shows around the outside of the grid; cut marks run in the margin along every trim line, clear of the bleed.
/// All coordinates are pixels at <see cref="Dpi"/>.
/// </summary>
internal sealed class CardSheet(PaperSize paper, float trimWidthIn, float trimHeightIn, float bleedMm, int dpi)
{
    public const int Columns = 3;
    public const int Rows = 3;
    public const int PerSheet = Columns * Rows;

    private const float MarkGapMm = 1;

    public PaperSize Paper { get; } = paper;

    public int Dpi { get; } = dpi;

    public int TrimWidth { get; } = (int)Math.Round(trimWidthIn * dpi);

    public int TrimHeight { get; } = (int)Math.Round(trimHeightIn * dpi);

    public int Bleed { get; } = (int)Math.Round(PaperSize.MmToPx(bleedMm, dpi));

    public int CardWidth => TrimWidth + 2 * Bleed;

    public int CardHeight => TrimHeight + 2 * Bleed;

    public float OriginX => (Paper.WidthPx(Dpi) - Columns * TrimWidth) / 2f;

    public float OriginY => (Paper.HeightPx(Dpi) - Rows * TrimHeight) / 2f;

    public static int SheetsFor(int cards) => (cards + PerSheet - 1) / PerSheet;

    /// <summary>Where the cut marks start (distance from the grid edge) and how long they are.</summary>
    public (float Offset, float Length) MarkGeometry(bool horizontalMargin)
    {
        var margin = horizontalMargin ? OriginX : OriginY;
        var offset = Bleed + PaperSize.MmToPx(MarkGapMm, Dpi);
        var length = Math.Min(PaperSize.MmToPx(5, Dpi), margin - offset - PaperSize.MmToPx(0.5f, Dpi));
        return (offset, length);
    }

    public SKRect TrimRect(int slot)
    {
        var c = slot % Columns;
        var r = slot / Columns;
        return SKRect.Create(OriginX + c * TrimWidth, OriginY + r * TrimHeight, TrimWidth, TrimHeight);
    }

    /// <summary>Draws up to 9 cards (each <see cref="CardWidth"/>x<see cref="CardHeight"/>, bleed included).</summary>
    /// <param name="mirror">Mirror the column order (backs for duplex printing).</param>
    public void DrawPage(SKCanvas canvas, IReadOnlyList<SKBitmap> cards, bool mirror = false)
    {
        canvas.Clear(SKColors.White);
        var rows = (cards.Count + Columns - 1) / Columns;
        var slots = Enumerable.Range(0, cards.Count).Select(i => mirror ? i / Columns * Columns + (Columns - 1 - i % Columns) : i).ToArray();
        var occupied = slots.ToHashSet();
        for (var i = 0; i < cards.Count; i++)
        {
            var slot = slots[i];
            var trim = TrimRect(slot);
            var c = slot % Columns;
            // bleed only where there is no neighbour to cut against
            var clip = new SKRect(
                c == 0 || !occupied.Contains(slot - 1) ? trim.Left - Bleed : trim.Left,
                slot < Columns || !occupied.Contains(slot - Columns) ? trim.Top - Bleed : trim.Top,
                c == Columns - 1 || !occupied.Contains(slot + 1) ? trim.Right + Bleed : trim.Right,
                !occupied.Contains(slot + Columns) ? trim.Bottom + Bleed : trim.Bottom);
            canvas.Save();
            canvas.ClipRect(clip);
            using var image = SKImage.FromBitmap(cards[i]);
            canvas.DrawImage(image, SKRect.Create(trim.Left - Bleed, trim.Top - Bleed, CardWidth, CardHeight), new SKSamplingOptions(SKFilterMode.Linear));
            canvas.Restore();
        }
        DrawCutMarks(canvas, rows);
    }

    private void DrawCutMarks(SKCanvas canvas, int rows)
    {
        using var pen = new SKPaint { Color = SKColors.Black, StrokeWidth = Math.Max(1, Dpi / 150f), IsAntialias = true };
        var gridBottom = OriginY + rows * TrimHeight;
        var gridRight = OriginX + Columns * TrimWidth;
        var (vOffset, vLength) = MarkGeometry(horizontalMargin: false);
        for (var c = 0; c <= Columns; c++)
        {
            var x = OriginX + c * TrimWidth;
            canvas.DrawLine(x, OriginY - vOffset - vLength, x, OriginY - vOffset, pen);
            canvas.DrawLine(x, gridBottom + vOffset, x, gridBottom + vOffset + vLength, pen);
        }
        var (hOffset, hLength) = MarkGeometry(horizontalMargin: true);
        for (var r = 0; r <= rows; r++)
        {
            var y = OriginY + r * TrimHeight;
            canvas.DrawLine(OriginX - hOffset - hLength, y, OriginX - hOffset, y, pen);
            canvas.DrawLine(gridRight + hOffset, y, gridRight + hOffset + hLength, y, pen);
        }
    }

    /// <summary>Adds one PDF page per 9 cards.</summary>
    public void AddPages(PdfBuilder pdf, IReadOnlyList<SKBitmap> cards, bool mirror = false)
    {
        for (var start = 0; start < cards.Count; start += PerSheet)
        {
            var page = cards.Skip(start).Take(PerSheet).ToArray();
            pdf.AddPage(Paper, canvas => DrawPage(canvas, page, mirror));
        }
    }
}
