using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>Draws a <see cref="DesignPlan"/>: background, layout surfaces, hero, secondary motifs, title.</summary>
internal static class DesignRenderer
{
    public static void Draw(SKCanvas canvas, DesignPlan plan, CancellationToken ct)
    {
        var p = plan.Palette;
        var f = plan.Frame;
        var area = SKRect.Create(plan.Width, plan.Height);
        var rng = new DesignRandom(plan.Seed ^ 0xD1B54A32D192ED03UL);
        BackgroundPainter.Draw(canvas, area, plan.Style, p, rng.Fork("background"));
        if (plan.Layout == DesignLayout.Grid) MotifGrid(canvas, area, plan, rng.Fork("grid"));
        ct.ThrowIfCancellationRequested();

        using var paint = new SKPaint { IsAntialias = true };
        var heroSurface = f.HeroSurface is { } round ? HeroSurface(canvas, round, plan, paint) : p.Background;
        var titleSurface = f.TitleSurface is { } surface ? TitleSurface(canvas, surface, plan, paint) : p.Background;

        var motifs = plan.Motifs;
        if (plan.Character is { } character) CharacterPainter.Draw(canvas, character, f.HeroRect);
        else DrawMotif(canvas, motifs[0], f.HeroRect, plan, heroSurface, 0, false);

        var secondary = plan.Character is null && motifs.Count > 1 ? motifs.Skip(1).ToArray() : motifs.ToArray();
        for (var i = 0; i < f.Slots.Count; i++)
        {
            DrawMotif(canvas, secondary[i % secondary.Length], f.Slots[i], plan, p.Background, rng.Range(-15, 15), i % 2 == 1);
        }
        ct.ThrowIfCancellationRequested();
        DrawTitle(canvas, plan, titleSurface, paint);
    }

    private static void DrawMotif(SKCanvas canvas, string name, SKRect box, DesignPlan plan, SKColor surface, float rotation, bool mirror)
    {
        using var motif = MotifShapes.Create(name);
        MotifPainter.Draw(canvas, motif, box, plan.Palette, surface, plan.Style.Outline, rotation, mirror);
    }

    private static void MotifGrid(SKCanvas canvas, SKRect area, DesignPlan plan, DesignRandom rng)
    {
        var cell = Math.Min(area.Width, area.Height) / rng.Range(3.5f, 5f);
        var muted = plan.Palette with
        {
            Primary = ColorMath.Mix(plan.Palette.Primary, plan.Palette.Background, 0.45f),
            Secondary = ColorMath.Mix(plan.Palette.Secondary, plan.Palette.Background, 0.45f),
            Accent = ColorMath.Mix(plan.Palette.Accent, plan.Palette.Background, 0.45f),
        };
        var index = 0;
        for (var y = area.Top; y < area.Bottom; y += cell)
        {
            for (var x = area.Left; x < area.Right; x += cell, index++)
            {
                using var motif = MotifShapes.Create(plan.Motifs[index % plan.Motifs.Count]);
                var box = SKRect.Create(x + cell * 0.15f, y + cell * 0.15f, cell * 0.7f, cell * 0.7f);
                MotifPainter.Draw(canvas, motif, box, muted, null, false, index % 2 == 0 ? -12 : 12);
            }
        }
    }

    private static SKColor HeroSurface(SKCanvas canvas, SKRect round, DesignPlan plan, SKPaint paint)
    {
        var p = plan.Palette;
        var r = round.Width / 2;
        paint.Color = p.Paper;
        canvas.DrawCircle(round.MidX, round.MidY, r * 1.06f, paint);
        paint.Color = p.Primary;
        canvas.DrawCircle(round.MidX, round.MidY, r, paint);
        var inner = plan.Layout == DesignLayout.Badge ? p.Background2 : p.Paper;
        paint.Color = inner;
        canvas.DrawCircle(round.MidX, round.MidY, r * 0.88f, paint);
        return inner;
    }

    private static SKColor TitleSurface(SKCanvas canvas, SKRect surface, DesignPlan plan, SKPaint paint)
    {
        var p = plan.Palette;
        var color = plan.Layout switch
        {
            DesignLayout.Grid => p.Paper,
            DesignLayout.Badge => p.Accent,
            _ => p.Primary,
        };
        paint.Color = color;
        switch (plan.Layout)
        {
            case DesignLayout.Grid:
                canvas.DrawRoundRect(surface, surface.Height * 0.18f, surface.Height * 0.18f, paint);
                if (plan.Style.Outline) Stroke(canvas, p.Ink, surface.Height * 0.03f, c => c.DrawRoundRect(surface, surface.Height * 0.18f, surface.Height * 0.18f, paint), paint);
                break;
            case DesignLayout.Badge:
                var notch = surface.Height * 0.35f;
                using (var ribbon = MotifBuilder.PolyPath(surface.Left - notch, surface.Top, surface.Right + notch, surface.Top,
                           surface.Right, surface.MidY, surface.Right + notch, surface.Bottom, surface.Left - notch, surface.Bottom, surface.Left, surface.MidY))
                {
                    canvas.DrawPath(ribbon, paint);
                }
                break;
            default:
                canvas.DrawRect(surface, paint);
                break;
        }
        return color;
    }

    private static void DrawTitle(SKCanvas canvas, DesignPlan plan, SKColor surface, SKPaint paint)
    {
        using var path = TitleText.Layout(plan.Title, plan.TitleFace, plan.Frame.TitleRect);
        var p = plan.Palette;
        var ink = p.TextOn(surface);
        if (plan.Style.Outline || plan.Style.Key is "retro" or "vaporwave" or "neon")
        {
            // Offset shadow in a colour that still contrasts with the surface.
            var shadow = ColorMath.Contrast(p.Accent, surface) > 1.5 && p.Accent != ink ? p.Accent : ColorMath.Mix(ink, surface, 0.6f);
            var offset = Math.Max(1f, Math.Min(plan.Frame.TitleRect.Height * 0.04f, path.Bounds.Height * 0.05f));
            paint.Color = shadow;
            canvas.Save();
            canvas.Translate(offset, offset);
            canvas.DrawPath(path, paint);
            canvas.Restore();
        }
        paint.Color = ink;
        canvas.DrawPath(path, paint);
    }

    private static void Stroke(SKCanvas canvas, SKColor color, float width, Action<SKCanvas> draw, SKPaint paint)
    {
        var (style, fill, strokeWidth) = (paint.Style, paint.Color, paint.StrokeWidth);
        paint.Style = SKPaintStyle.Stroke;
        paint.Color = color;
        paint.StrokeWidth = width;
        draw(canvas);
        (paint.Style, paint.Color, paint.StrokeWidth) = (style, fill, strokeWidth);
    }
}
