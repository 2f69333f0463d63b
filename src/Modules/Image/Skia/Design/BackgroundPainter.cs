using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>The background of a design: its colour or gradient and the style's decoration.</summary>
internal static class BackgroundPainter
{
    public static void Draw(SKCanvas canvas, SKRect area, DesignStyle style, DesignPalette p, DesignRandom rng)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = p.Background };
        if (style.Gradient)
        {
            paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, area.Top), new SKPoint(0, area.Bottom),
                [p.Background, ColorMath.Mix(p.Background, p.Background2, 0.55f)], SKShaderTileMode.Clamp);
        }
        canvas.DrawRect(area, paint);
        paint.Shader = null;
        var unit = Math.Min(area.Width, area.Height);
        switch (style.Decor)
        {
            case DesignDecor.Dots: Dots(canvas, area, unit, p, rng, paint); break;
            case DesignDecor.Sunburst: Sunburst(canvas, area, p, rng, paint); break;
            case DesignDecor.Memphis: Memphis(canvas, area, unit, p, rng, paint); break;
            case DesignDecor.HorizonGrid: HorizonPainter.Draw(canvas, area, unit, p, rng, paint); break;
            case DesignDecor.Stripes: Stripes(canvas, area, unit, p, rng, paint); break;
            case DesignDecor.Frame: Frame(canvas, area, unit, p, paint); break;
            case DesignDecor.Leaves: Leaves(canvas, area, unit, p, rng); break;
            case DesignDecor.Confetti: Confetti(canvas, area, unit, p, rng, paint); break;
            case DesignDecor.Blobs: Blobs(canvas, area, unit, p, rng); break;
        }
    }

    private static void Dots(SKCanvas canvas, SKRect area, float unit, DesignPalette p, DesignRandom rng, SKPaint paint)
    {
        var step = unit / rng.Range(9, 13);
        var radius = step * rng.Range(0.08f, 0.16f);
        paint.Color = p.Background2;
        var row = 0;
        for (var y = area.Top + step / 2; y < area.Bottom + step; y += step, row++)
        {
            for (var x = area.Left + (row % 2) * step / 2; x < area.Right + step; x += step) canvas.DrawCircle(x, y, radius, paint);
        }
    }

    private static void Sunburst(SKCanvas canvas, SKRect area, DesignPalette p, DesignRandom rng, SKPaint paint)
    {
        var centre = new SKPoint(area.MidX, area.Top + area.Height * rng.Range(0.35f, 0.5f));
        var reach = area.Width + area.Height;
        var rays = rng.Pick(new[] { 16, 20, 24, 32 });
        paint.Color = p.Background2;
        using var path = new SKPathBuilder();
        for (var i = 0; i < rays; i += 2)
        {
            var a0 = i * MathF.Tau / rays;
            var a1 = (i + 1) * MathF.Tau / rays;
            path.MoveTo(centre);
            path.LineTo(centre.X + reach * MathF.Cos(a0), centre.Y + reach * MathF.Sin(a0));
            path.LineTo(centre.X + reach * MathF.Cos(a1), centre.Y + reach * MathF.Sin(a1));
            path.Close();
        }
        using var wedges = path.Detach();
        canvas.DrawPath(wedges, paint);
    }

    private static void Memphis(SKCanvas canvas, SKRect area, float unit, DesignPalette p, DesignRandom rng, SKPaint paint)
    {
        SKColor[] colors = [p.Primary, p.Secondary, p.Accent, p.Background2, p.Ink];
        for (var i = 0; i < 22; i++)
        {
            var x = area.Left + rng.Range(0, area.Width);
            var y = area.Top + rng.Range(0, area.Height);
            var s = unit * rng.Range(0.03f, 0.07f);
            paint.Color = rng.Pick(colors);
            paint.Style = SKPaintStyle.Fill;
            switch (rng.Next(4))
            {
                case 0: canvas.DrawCircle(x, y, s / 2, paint); break;
                case 1:
                    using (var tri = MotifBuilder.PolyPath(x, y - s, x + s, y + s * 0.7f, x - s, y + s * 0.7f)) canvas.DrawPath(tri, paint);
                    break;
                default:
                    paint.Style = SKPaintStyle.Stroke;
                    paint.StrokeWidth = unit * 0.008f;
                    paint.StrokeCap = SKStrokeCap.Round;
                    using (var zig = new SKPathBuilder())
                    {
                        zig.MoveTo(x - s, y);
                        for (var k = 1; k <= 4; k++) zig.LineTo(x - s + k * s / 2, y + (k % 2 == 0 ? 0 : s / 2));
                        using var line = zig.Detach();
                        canvas.DrawPath(line, paint);
                    }
                    break;
            }
        }
        paint.Style = SKPaintStyle.Fill;
    }

    private static void Stripes(SKCanvas canvas, SKRect area, float unit, DesignPalette p, DesignRandom rng, SKPaint paint)
    {
        var width = unit * rng.Range(0.04f, 0.08f);
        paint.Color = p.Background2;
        canvas.Save();
        canvas.ClipRect(area);
        canvas.RotateDegrees(rng.Chance(0.5) ? -30 : 30, area.MidX, area.MidY);
        var reach = area.Width + area.Height;
        for (var x = area.MidX - reach; x < area.MidX + reach; x += width * 2)
        {
            canvas.DrawRect(new SKRect(x, area.MidY - reach, x + width, area.MidY + reach), paint);
        }
        canvas.Restore();
    }

    private static void Frame(SKCanvas canvas, SKRect area, float unit, DesignPalette p, SKPaint paint)
    {
        paint.Style = SKPaintStyle.Stroke;
        paint.Color = p.Primary;
        paint.StrokeWidth = unit * 0.006f;
        canvas.DrawRect(Inset(area, unit * 0.035f), paint);
        paint.StrokeWidth = unit * 0.002f;
        canvas.DrawRect(Inset(area, unit * 0.05f), paint);
        paint.Style = SKPaintStyle.Fill;
    }

    private static void Leaves(SKCanvas canvas, SKRect area, float unit, DesignPalette p, DesignRandom rng)
    {
        var muted = p with { Primary = p.Background2, Paper = p.Background };
        using var leaf = MotifShapes.Create("leaf");
        SKPoint[] corners = [new(area.Left, area.Top), new(area.Right, area.Top), new(area.Left, area.Bottom), new(area.Right, area.Bottom)];
        foreach (var corner in corners)
        {
            var s = unit * rng.Range(0.22f, 0.32f);
            var box = SKRect.Create(corner.X - s / 2, corner.Y - s / 2, s, s);
            MotifPainter.Draw(canvas, leaf, box, muted, null, outline: false, rotation: rng.Range(0, 360));
        }
    }

    private static void Confetti(SKCanvas canvas, SKRect area, float unit, DesignPalette p, DesignRandom rng, SKPaint paint)
    {
        SKColor[] colors = [p.Primary, p.Secondary, p.Accent];
        for (var i = 0; i < 40; i++)
        {
            var s = unit * rng.Range(0.012f, 0.025f);
            paint.Color = rng.Pick(colors);
            canvas.Save();
            canvas.Translate(area.Left + rng.Range(0, area.Width), area.Top + rng.Range(0, area.Height));
            canvas.RotateDegrees(rng.Range(0, 180));
            if (rng.Chance(0.5)) canvas.DrawRect(-s, -s / 2, s * 2, s, paint);
            else canvas.DrawCircle(0, 0, s * 0.7f, paint);
            canvas.Restore();
        }
    }

    private static void Blobs(SKCanvas canvas, SKRect area, float unit, DesignPalette p, DesignRandom rng)
    {
        var muted = p with { Primary = p.Background2, Secondary = ColorMath.Mix(p.Background2, p.Secondary, 0.25f) };
        for (var i = 0; i < 2; i++)
        {
            using var blob = MotifShapes.Blob(rng.NextULong());
            var s = unit * rng.Range(0.45f, 0.7f);
            var x = i == 0 ? area.Left : area.Right;
            var y = i == 0 ? area.Top + area.Height * 0.1f : area.Bottom - area.Height * 0.1f;
            MotifPainter.Draw(canvas, blob, SKRect.Create(x - s / 2, y - s / 2, s, s), muted, null, false, rng.Range(0, 360));
        }
    }

    public static SKRect Inset(SKRect r, float by) => new(r.Left + by, r.Top + by, r.Right - by, r.Bottom - by);
}
