using MediaCreator.Modules.Image.Rendering;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Cards;

/// <summary>Paints card faces and the back. Bitmaps include the bleed; the design is laid out on the trim box.</summary>
internal sealed class PlayingCardPainter(CardSheet sheet, SKColor backColor, SKColor accent)
{
    private float W => sheet.TrimWidth;

    private float H => sheet.TrimHeight;

    public SKBitmap Face(PlayingCard card) => Outputs.Render(sheet.CardWidth, sheet.CardHeight, SKColors.White, canvas =>
    {
        canvas.Translate(sheet.Bleed, sheet.Bleed);
        var color = card.IsJoker ? (card.JokerNumber % 2 == 1 ? Suits.Red : Suits.Black) : Suits.Color(card.Suit!.Value);
        using (var frame = new SKPaint { Color = new SKColor(0xD0, 0xD0, 0xD0), Style = SKPaintStyle.Stroke, StrokeWidth = W * 0.005f, IsAntialias = true })
        {
            canvas.DrawRoundRect(SKRect.Inflate(SKRect.Create(W, H), -W * 0.035f, -W * 0.035f), W * 0.05f, W * 0.05f, frame);
        }
        DrawIndex(canvas, card, color);
        canvas.Save();
        canvas.RotateDegrees(180, W / 2, H / 2);
        DrawIndex(canvas, card, color);
        canvas.Restore();
        if (card.IsJoker) DrawJoker(canvas, color);
        else if (card.Rank == 1) DrawPip(canvas, card.Suit!.Value, new SKPoint(0.5f, 0.5f), W * 0.42f, color);
        else if (card.Rank > 10) DrawCourt(canvas, card, color);
        else
        {
            foreach (var p in PipLayout.For(card.Rank)) DrawPip(canvas, card.Suit!.Value, p, W * 0.16f, color);
        }
    });

    public SKBitmap Back() => Outputs.Render(sheet.CardWidth, sheet.CardHeight, backColor, canvas =>
    {
        canvas.Translate(sheet.Bleed, sheet.Bleed);
        var inner = SKRect.Inflate(SKRect.Create(W, H), -W * 0.08f, -W * 0.08f);
        using var line = new SKPaint { Color = accent.WithAlpha(160), Style = SKPaintStyle.Stroke, StrokeWidth = W * 0.006f, IsAntialias = true };
        canvas.Save();
        canvas.ClipRect(inner);
        var step = W * 0.08f;
        for (var d = -H; d < W + H; d += step)
        {
            canvas.DrawLine(inner.Left + d, inner.Top, inner.Left + d + H, inner.Top + H, line);
            canvas.DrawLine(inner.Left + d, inner.Top, inner.Left + d - H, inner.Top + H, line);
        }
        canvas.Restore();
        using var border = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = W * 0.02f, IsAntialias = true };
        canvas.DrawRoundRect(inner, W * 0.04f, W * 0.04f, border);
        using var star = Shapes.Star(W / 2, H / 2, W * 0.2f, W * 0.09f, 8);
        using var fill = new SKPaint { Color = accent, IsAntialias = true };
        canvas.DrawPath(star, fill);
        canvas.DrawPath(star, border);
    });

    private void DrawIndex(SKCanvas canvas, PlayingCard card, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        if (card.IsJoker)
        {
            using var small = new SKFont(FontLibrary.Get(FontRole.SansBold), W * 0.075f);
            for (var i = 0; i < 5; i++) canvas.DrawText("JOKER"[i].ToString(), W * 0.1f, H * (0.1f + i * 0.06f), SKTextAlign.Center, small, paint);
            return;
        }
        using var font = new SKFont(FontLibrary.Get(FontRole.SansBold), W * 0.13f);
        var width = font.MeasureText(card.RankLabel);
        if (width > W * 0.15f) font.ScaleX = W * 0.15f / width;
        canvas.DrawText(card.RankLabel, W * 0.1f, H * 0.115f, SKTextAlign.Center, font, paint);
        using var pip = Suits.Path(card.Suit!.Value, W * 0.1f, H * 0.165f, W * 0.085f);
        canvas.DrawPath(pip, paint);
    }

    private void DrawPip(SKCanvas canvas, Suit suit, SKPoint at, float size, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        using var path = Suits.Path(suit, 0, 0, size);
        canvas.Save();
        canvas.Translate(at.X * W, at.Y * H);
        if (at.Y > 0.5f) canvas.RotateDegrees(180);
        canvas.DrawPath(path, paint);
        canvas.Restore();
    }

    private void DrawCourt(SKCanvas canvas, PlayingCard card, SKColor color)
    {
        var frame = new SKRect(W * 0.2f, H * 0.12f, W * 0.8f, H * 0.88f);
        using var tint = new SKPaint { Color = color.WithAlpha(28) };
        canvas.DrawRect(frame, tint);
        using var stroke = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = W * 0.01f, IsAntialias = true };
        canvas.DrawRect(frame, stroke);
        canvas.DrawLine(frame.Left, frame.Bottom, frame.Right, frame.Top, stroke);
        for (var half = 0; half < 2; half++)
        {
            canvas.Save();
            if (half == 1) canvas.RotateDegrees(180, W / 2, H / 2);
            using var font = new SKFont(FontLibrary.Get(FontRole.SerifBold), W * 0.3f);
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            canvas.DrawText(card.RankLabel, W * 0.42f, H * 0.42f, SKTextAlign.Center, font, paint);
            using var crown = Shapes.Star(W * 0.66f, H * 0.22f, W * 0.07f, W * 0.03f, card.Rank - 6);
            using var gold = new SKPaint { Color = accent, IsAntialias = true };
            canvas.DrawPath(crown, gold);
            using var pip = Suits.Path(card.Suit!.Value, W * 0.66f, H * 0.36f, W * 0.1f);
            canvas.DrawPath(pip, paint);
            canvas.Restore();
        }
    }

    private void DrawJoker(SKCanvas canvas, SKColor color)
    {
        using var star = Shapes.Star(W / 2, H * 0.45f, W * 0.28f, W * 0.12f);
        using var fill = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawPath(star, fill);
        using var font = new SKFont(FontLibrary.Get(FontRole.SansBold), W * 0.12f);
        canvas.DrawText("JOKER", W / 2, H * 0.75f, SKTextAlign.Center, font, fill);
    }
}
