using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>Vaporwave / neon background: a striped sun on the horizon over a perspective grid.</summary>
internal static class HorizonPainter
{
    public static void Draw(SKCanvas canvas, SKRect area, float unit, DesignPalette p, DesignRandom rng, SKPaint paint)
    {
        var horizon = area.Top + area.Height * rng.Range(0.58f, 0.68f);
        var sunRadius = unit * rng.Range(0.22f, 0.3f);
        var sun = new SKPoint(area.MidX, horizon);

        canvas.Save();
        canvas.ClipRect(new SKRect(area.Left, area.Top, area.Right, horizon));
        paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, horizon - sunRadius), new SKPoint(0, horizon),
            [p.Accent, p.Secondary], SKShaderTileMode.Clamp);
        canvas.DrawCircle(sun, sunRadius, paint);
        paint.Shader = null;
        paint.Color = p.Background;
        for (var k = 1; k <= 5; k++)
        {
            var y = horizon - k * sunRadius / 6.5f;
            canvas.DrawRect(new SKRect(area.Left, y, area.Right, y + k * unit * 0.0035f + 1), paint);
        }
        canvas.Restore();

        paint.Color = p.Background2;
        canvas.DrawRect(new SKRect(area.Left, horizon, area.Right, area.Bottom), paint);
        paint.Color = p.Primary;
        paint.Style = SKPaintStyle.Stroke;
        paint.StrokeWidth = Math.Max(1, unit * 0.004f);
        var depth = area.Bottom - horizon;
        for (var k = 0; k <= 9; k++)
        {
            var t = k / 9f;
            var y = horizon + depth * t * t;
            canvas.DrawLine(area.Left, y, area.Right, y, paint);
        }
        for (var k = -10; k <= 10; k++)
        {
            canvas.DrawLine(area.MidX + k * unit * 0.02f, horizon, area.MidX + k * unit * 0.16f, area.Bottom, paint);
        }
        paint.Style = SKPaintStyle.Fill;
    }
}
