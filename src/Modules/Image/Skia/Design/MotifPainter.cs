using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>Paints a <see cref="Motif"/> into a box with a palette, keeping every layer visible on its surface.</summary>
internal static class MotifPainter
{
    private const float OutlineWidth = 2.4f;

    /// <param name="surface">
    /// What the motif is drawn on; layers that would vanish into it get a contrasting colour. Null = paint the palette
    /// as given (muted decoration is meant to be low-contrast).
    /// </param>
    public static void Draw(SKCanvas canvas, Motif motif, SKRect box, DesignPalette palette, SKColor? surface, bool outline,
        float rotation = 0, bool mirror = false)
    {
        var scale = Math.Min(box.Width, box.Height) / 100f;
        canvas.Save();
        canvas.Translate(box.MidX, box.MidY);
        canvas.RotateDegrees(rotation);
        canvas.Scale(mirror ? -scale : scale, scale);
        canvas.Translate(-50, -50);
        using var paint = new SKPaint { IsAntialias = true, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        foreach (var layer in motif.Layers)
        {
            paint.Color = ColorFor(layer.Role, palette, surface);
            paint.Style = layer.Stroke > 0 ? SKPaintStyle.Stroke : SKPaintStyle.Fill;
            paint.StrokeWidth = layer.Stroke;
            canvas.DrawPath(layer.Path, paint);
            if (outline && layer.Stroke == 0 && layer.Role != PaintRole.Ink)
            {
                paint.Color = palette.Ink;
                paint.Style = SKPaintStyle.Stroke;
                paint.StrokeWidth = OutlineWidth;
                canvas.DrawPath(layer.Path, paint);
            }
        }
        canvas.Restore();
    }

    /// <summary>The role's colour, or the most contrasting motif colour when the role would vanish into the surface.</summary>
    public static SKColor ColorFor(PaintRole role, DesignPalette palette, SKColor? surface)
    {
        var color = role switch
        {
            PaintRole.Primary => palette.Primary,
            PaintRole.Secondary => palette.Secondary,
            PaintRole.Accent => palette.Accent,
            PaintRole.Ink => palette.Ink,
            _ => palette.Paper,
        };
        if (surface is not { } under || role is PaintRole.Paper or PaintRole.Ink || ColorMath.Contrast(color, under) >= 1.3) return color;
        SKColor[] options = [palette.Primary, palette.Secondary, palette.Accent, palette.Ink];
        return options.OrderByDescending(c => ColorMath.Contrast(c, under)).ThenBy(c => ColorMath.DistanceSquared(c, color)).First();
    }
}
