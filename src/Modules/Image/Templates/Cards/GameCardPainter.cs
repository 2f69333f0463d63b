using MediaCreator.Modules.Image.Rendering;
using MediaCreator.Modules.Image.Rendering.Text;
using MediaCreator.Modules.Image.Templates.Common;
using MediaCreator.Modules.Image.Templates.Quotes;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Cards;

/// <summary>Paints game card fronts (frame in the card colour, title band, generated art, rules text, cost and
/// value badges) and the shared back. Bitmaps include the bleed, which carries the frame colour.</summary>
internal sealed class GameCardPainter(CardSheet sheet, SKColor backColor, string? backTitle)
{
    private float W => sheet.TrimWidth;

    private float H => sheet.TrimHeight;

    public SKBitmap Front(CardDefinition card, long seed) => Outputs.Render(sheet.CardWidth, sheet.CardHeight, card.Color, canvas =>
    {
        canvas.Translate(sheet.Bleed, sheet.Bleed);
        var dark = SceneArt.Shade(card.Color, 0.6f);
        var light = MascotBlend(card.Color, 0.85f);
        using var fill = new SKPaint { IsAntialias = true };
        var panel = SKRect.Inflate(SKRect.Create(W, H), -W * 0.055f, -W * 0.055f);
        fill.Color = light;
        canvas.DrawRoundRect(panel, W * 0.04f, W * 0.04f, fill);

        var titleBand = new SKRect(panel.Left, panel.Top, panel.Right, panel.Top + H * 0.1f);
        fill.Color = dark;
        canvas.DrawRoundRect(titleBand, W * 0.03f, W * 0.03f, fill);
        var titleBox = SKRect.Inflate(titleBand, -W * 0.04f, -H * 0.012f);
        if (card.Cost is not null) titleBox.Left += W * 0.1f;
        TextEngine.Fit(card.Title, new TextStyle(FontRole.SansBold, 10, SKColors.White), titleBox, 4, H * 0.06f).Draw(canvas, titleBox);

        var art = new SKRect(panel.Left + W * 0.03f, titleBand.Bottom + H * 0.02f, panel.Right - W * 0.03f, panel.Top + H * 0.5f);
        DrawArt(canvas, art, card, seed);
        var textTop = art.Bottom + H * 0.015f;
        if (card.Type is { } type)
        {
            var typeBox = new SKRect(art.Left, textTop, art.Right, textTop + H * 0.05f);
            TextEngine.Fit(type, new TextStyle(FontRole.SerifBold, 10, dark, TextAlign.Left), typeBox, 4, H * 0.035f).Draw(canvas, typeBox);
            textTop = typeBox.Bottom;
        }
        if (!string.IsNullOrWhiteSpace(card.Text))
        {
            var textBox = new SKRect(art.Left, textTop + H * 0.01f, art.Right, panel.Bottom - H * 0.09f);
            TextEngine.Fit(card.Text, new TextStyle(FontRole.Sans, 10, new SKColor(0x22, 0x22, 0x22), LineSpacing: 1.1f), textBox, 4, H * 0.045f).Draw(canvas, textBox);
        }
        if (card.Cost is { } cost) Badge(canvas, new SKPoint(panel.Left + W * 0.06f, panel.Top + H * 0.05f), W * 0.085f, cost, SKColors.White, dark, circle: true);
        if (card.Value is { } value) Badge(canvas, new SKPoint(panel.Right - W * 0.1f, panel.Bottom - H * 0.055f), W * 0.09f, value, dark, SKColors.White, circle: false);
    });

    public SKBitmap Back() => Outputs.Render(sheet.CardWidth, sheet.CardHeight, backColor, canvas =>
    {
        canvas.Translate(sheet.Bleed, sheet.Bleed);
        var inner = SKRect.Inflate(SKRect.Create(W, H), -W * 0.08f, -W * 0.08f);
        using var line = new SKPaint { Color = SKColors.White.WithAlpha(60), Style = SKPaintStyle.Stroke, StrokeWidth = W * 0.012f, IsAntialias = true };
        for (var r = W * 0.1f; r < H; r += W * 0.1f) canvas.DrawCircle(W / 2, H / 2, r, line);
        using var border = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = W * 0.02f, IsAntialias = true };
        canvas.DrawRoundRect(inner, W * 0.05f, W * 0.05f, border);
        if (!string.IsNullOrWhiteSpace(backTitle))
        {
            var box = SKRect.Create(inner.Left + W * 0.05f, H * 0.4f, inner.Width - W * 0.1f, H * 0.2f);
            TextEngine.Fit(backTitle, new TextStyle(FontRole.SansBold, 10, SKColors.White, Outline: SceneArt.Shade(backColor, 0.5f)), box, 4, H * 0.1f).Draw(canvas, box);
        }
    });

    private static void DrawArt(SKCanvas canvas, SKRect art, CardDefinition card, long seed)
    {
        var rng = new SeededRandom(seed ^ SeededRandom.Hash(card.Title));
        canvas.Save();
        using (var clip = new SKRoundRect(art, art.Width * 0.03f)) canvas.ClipRoundRect(clip, antialias: true);
        using (var bg = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(art.Left, art.Top), new SKPoint(art.Right, art.Bottom),
                   [MascotBlend(card.Color, 0.5f), SceneArt.Shade(card.Color, 0.8f)], SKShaderTileMode.Clamp) })
        {
            canvas.DrawRect(art, bg);
        }
        var motif = rng.Pick(Shapes.MotifNames);
        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 7; i++)
        {
            paint.Color = SKColors.White.WithAlpha((byte)rng.Next(40, 110));
            using var small = Shapes.Motif(motif, art.Left + rng.Range(0, art.Width), art.Top + rng.Range(0, art.Height), art.Height * rng.Range(0.12f, 0.3f));
            canvas.DrawPath(small, paint);
        }
        paint.Color = SKColors.White;
        using var hero = Shapes.Motif(motif, art.MidX, art.MidY, art.Height * 0.62f);
        canvas.DrawPath(hero, paint);
        using var outline = new SKPaint { Color = SceneArt.Shade(card.Color, 0.5f), Style = SKPaintStyle.Stroke, StrokeWidth = art.Height * 0.02f, IsAntialias = true };
        canvas.DrawPath(hero, outline);
        canvas.Restore();
    }

    private static void Badge(SKCanvas canvas, SKPoint c, float r, string label, SKColor fill, SKColor ink, bool circle)
    {
        using var paint = new SKPaint { Color = fill, IsAntialias = true };
        using var stroke = new SKPaint { Color = ink, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = r * 0.14f };
        using var shape = circle ? Shapes.Circle(c.X, c.Y, r) : Shapes.Polygon(c.X, c.Y, r * 1.1f, 6, 0);
        canvas.DrawPath(shape, paint);
        canvas.DrawPath(shape, stroke);
        var box = SKRect.Create(c.X - r * 0.75f, c.Y - r * 0.7f, r * 1.5f, r * 1.4f);
        TextEngine.Fit(label, new TextStyle(FontRole.SansBold, 10, ink), box, 3, r).Draw(canvas, box);
    }

    private static SKColor MascotBlend(SKColor c, float towardsWhite) => Line.MascotLook.Blend(c, SKColors.White, towardsWhite);
}
