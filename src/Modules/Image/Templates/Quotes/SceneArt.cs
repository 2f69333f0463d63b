using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Quotes;

/// <summary>Generated backdrop pictures for quotes and captions: a layered landscape and a 90s retro-sun scene.</summary>
internal static class SceneArt
{
    /// <summary>Sky gradient, sun, rolling hill layers; colours from <paramref name="palette"/> (5 accents + background).</summary>
    public static void Landscape(SKCanvas canvas, SKRect r, SKColor[] palette, SeededRandom rng)
    {
        using (var sky = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(r.MidX, r.Top), new SKPoint(r.MidX, r.Bottom),
                   [palette[1], palette[5], palette[3]], SKShaderTileMode.Clamp) })
        {
            canvas.DrawRect(r, sky);
        }
        using (var sun = new SKPaint { Color = palette[3].WithAlpha(230), IsAntialias = true })
        {
            canvas.DrawCircle(r.Left + r.Width * rng.Range(0.2f, 0.8f), r.Top + r.Height * rng.Range(0.18f, 0.4f), r.Width * rng.Range(0.07f, 0.12f), sun);
        }
        var layers = rng.Next(3, 5);
        for (var i = 0; i < layers; i++)
        {
            var baseY = r.Top + r.Height * (0.5f + i * 0.12f);
            using var hill = new SKPathBuilder();
            hill.MoveTo(r.Left, r.Bottom);
            hill.LineTo(r.Left, baseY);
            var phase = rng.Range(0, MathF.Tau);
            var amp = r.Height * rng.Range(0.03f, 0.08f);
            var freq = rng.Range(1.2f, 3f);
            for (var x = 0; x <= 64; x++)
            {
                var fx = x / 64f;
                hill.LineTo(r.Left + fx * r.Width, baseY - amp * MathF.Sin(phase + fx * freq * MathF.PI));
            }
            hill.LineTo(r.Right, r.Bottom);
            hill.Close();
            using var paint = new SKPaint { Color = Shade(palette[i % 3 == 0 ? 0 : i % 3 == 1 ? 2 : 4], 1f - i * 0.15f), IsAntialias = true };
            using var hillPath = hill.Detach();
            canvas.DrawPath(hillPath, paint);
        }
    }

    /// <summary>Striped retro sun over a perspective grid, the 90s/vaporwave look.</summary>
    public static void RetroSun(SKCanvas canvas, SKRect r, SKColor[] palette)
    {
        var horizon = r.Top + r.Height * 0.62f;
        var sunR = r.Width * 0.28f;
        using (var sun = new SKPaint
               {
                   IsAntialias = true,
                   Shader = SKShader.CreateLinearGradient(new SKPoint(0, horizon - sunR), new SKPoint(0, horizon), [palette[3], palette[1]], SKShaderTileMode.Clamp),
               })
        {
            canvas.Save();
            canvas.ClipRect(new SKRect(r.Left, r.Top, r.Right, horizon));
            canvas.DrawCircle(r.MidX, horizon, sunR, sun);
            canvas.Restore();
        }
        using (var gap = new SKPaint { Color = palette[2] })
        {
            for (var i = 0; i < 5; i++)
            {
                var y = horizon - sunR * (0.1f + i * 0.14f);
                canvas.DrawRect(new SKRect(r.MidX - sunR, y, r.MidX + sunR, y + sunR * (0.05f - i * 0.008f)), gap);
            }
        }
        using (var floor = new SKPaint { Color = palette[2] })
        {
            canvas.DrawRect(new SKRect(r.Left, horizon, r.Right, r.Bottom), floor);
        }
        using var line = new SKPaint { Color = palette[0], IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(2, r.Width / 300) };
        for (var i = -12; i <= 12; i++)
        {
            canvas.DrawLine(r.MidX + i * r.Width * 0.02f, horizon, r.MidX + i * r.Width * 0.16f, r.Bottom, line);
        }
        for (var i = 1; i <= 8; i++)
        {
            var t = MathF.Pow(i / 8f, 1.8f);
            var y = horizon + t * (r.Bottom - horizon);
            canvas.DrawLine(r.Left, y, r.Right, y, line);
        }
    }

    /// <summary>Halftone dots growing along a diagonal.</summary>
    public static void Halftone(SKCanvas canvas, SKRect r, SKColor color, float cell)
    {
        using var dot = new SKPaint { Color = color, IsAntialias = true };
        for (var y = r.Top; y < r.Bottom + cell; y += cell)
        {
            for (var x = r.Left; x < r.Right + cell; x += cell)
            {
                var t = ((x - r.Left) / r.Width + (y - r.Top) / r.Height) / 2;
                var radius = cell * 0.48f * Math.Clamp(1.2f - t * 1.4f, 0, 1);
                if (radius > 0.5f) canvas.DrawCircle(x, y, radius, dot);
            }
        }
    }

    /// <summary>Memphis-style confetti: triangles, squiggles, rings and zigzags.</summary>
    public static void Memphis(SKCanvas canvas, SKRect r, SKColor[] palette, SeededRandom rng, int count)
    {
        var stroke = Math.Max(3, r.Width / 140);
        for (var i = 0; i < count; i++)
        {
            var x = r.Left + rng.Range(0, r.Width);
            var y = r.Top + rng.Range(0, r.Height);
            var s = r.Width * rng.Range(0.03f, 0.06f);
            using var paint = new SKPaint { Color = palette[rng.Next(5)], IsAntialias = true, StrokeWidth = stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
            using var path = new SKPathBuilder();
            switch (rng.Next(4))
            {
                case 0:
                    using (var triangle = Shapes.Polygon(x, y, s, 3, rng.Range(0, 360))) path.AddPath(triangle, SKPathAddMode.Append);
                    break;
                case 1:
                    paint.Style = SKPaintStyle.Stroke;
                    path.MoveTo(x - s, y);
                    for (var k = 1; k <= 4; k++) path.QuadTo(x - s + (k - 0.5f) * s / 2, y + (k % 2 == 0 ? s : -s) * 0.5f, x - s + k * s / 2, y);
                    break;
                case 2:
                    paint.Style = SKPaintStyle.Stroke;
                    path.AddCircle(x, y, s * 0.6f, SKPathDirection.Clockwise);
                    break;
                default:
                    paint.Style = SKPaintStyle.Stroke;
                    path.MoveTo(x - s, y);
                    for (var k = 1; k <= 4; k++) path.LineTo(x - s + k * s / 2, y + (k % 2 == 0 ? 0 : -s * 0.5f));
                    break;
            }
            using var shape = path.Detach();
            canvas.DrawPath(shape, paint);
        }
    }

    public static SKColor Shade(SKColor c, float f) =>
        new((byte)Math.Clamp(c.Red * f, 0, 255), (byte)Math.Clamp(c.Green * f, 0, 255), (byte)Math.Clamp(c.Blue * f, 0, 255), c.Alpha);

    /// <summary>Draws <paramref name="image"/> covering <paramref name="r"/> (centre crop).</summary>
    public static void Cover(SKCanvas canvas, SKBitmap image, SKRect r)
    {
        var scale = Math.Max(r.Width / image.Width, r.Height / image.Height);
        var w = r.Width / scale;
        var h = r.Height / scale;
        var src = SKRect.Create((image.Width - w) / 2, (image.Height - h) / 2, w, h);
        using var img = SKImage.FromBitmap(image);
        canvas.DrawImage(img, src, r, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }
}
