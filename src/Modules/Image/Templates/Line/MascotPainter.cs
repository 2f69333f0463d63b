using MediaCreator.Modules.Image.Rendering;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Line;

/// <summary>Draws the set's character with an expression inside a box (chibi proportions, bold ink outline).</summary>
internal static class MascotPainter
{
    public static void Draw(SKCanvas canvas, SKRect box, MascotLook look, Expression e)
    {
        var s = Math.Min(box.Width, box.Height);
        var cx = box.MidX;
        var cy = box.Top + s * 0.56f;
        using var ink = new SKPaint { Color = look.Ink, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = s * 0.022f, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        using var body = new SKPaint { Color = look.Body, IsAntialias = true };
        using var fill = new SKPaint { IsAntialias = true };

        using (var ears = Ears(look.Species, cx, cy, s))
        {
            canvas.DrawPath(ears, body);
            canvas.DrawPath(ears, ink);
        }
        var torso = SKRect.Create(cx - 0.38f * s, cy - 0.26f * s, 0.76f * s, 0.68f * s);
        canvas.DrawOval(torso, body);
        fill.Color = look.Belly;
        canvas.DrawOval(SKRect.Create(cx - 0.2f * s, cy + 0.1f * s, 0.4f * s, 0.27f * s), fill);
        canvas.DrawOval(torso, ink);
        if (look.Species == "chick")
        {
            fill.Color = new SKColor(0xF4, 0x8C, 0x06);
            using var beak = Shapes.Polygon(cx, cy + 0.07f * s, 0.05f * s, 3, 90);
            canvas.DrawPath(beak, fill);
        }
        if (e is not (Expression.Angry or Expression.Cool))
        {
            fill.Color = look.Cheek;
            canvas.DrawOval(new SKPoint(cx - 0.23f * s, cy + 0.07f * s), new SKSize(0.06f * s, 0.035f * s), fill);
            canvas.DrawOval(new SKPoint(cx + 0.23f * s, cy + 0.07f * s), new SKSize(0.06f * s, 0.035f * s), fill);
        }
        Eyes(canvas, e, cx, cy, s, look, ink, fill);
        Mouth(canvas, e, cx, cy + 0.11f * s, s, ink, fill);
        Extras(canvas, e, cx, cy, s, ink, fill);
    }

    private static SKPath Ears(string species, float cx, float cy, float s)
    {
        using var b = new SKPathBuilder();
        switch (species)
        {
            case "cat":
                foreach (var side in new[] { -1, 1 })
                {
                    b.MoveTo(cx + side * 0.12f * s, cy - 0.24f * s);
                    b.LineTo(cx + side * 0.3f * s, cy - 0.44f * s);
                    b.LineTo(cx + side * 0.34f * s, cy - 0.12f * s);
                    b.Close();
                }
                break;
            case "bear":
                b.AddCircle(cx - 0.27f * s, cy - 0.2f * s, 0.1f * s, SKPathDirection.Clockwise);
                b.AddCircle(cx + 0.27f * s, cy - 0.2f * s, 0.1f * s, SKPathDirection.Clockwise);
                break;
            case "bunny":
                b.AddOval(SKRect.Create(cx - 0.22f * s, cy - 0.54f * s, 0.12f * s, 0.36f * s), SKPathDirection.Clockwise);
                b.AddOval(SKRect.Create(cx + 0.1f * s, cy - 0.54f * s, 0.12f * s, 0.36f * s), SKPathDirection.Clockwise);
                break;
            case "dog":
                b.AddOval(SKRect.Create(cx - 0.46f * s, cy - 0.2f * s, 0.16f * s, 0.3f * s), SKPathDirection.Clockwise);
                b.AddOval(SKRect.Create(cx + 0.3f * s, cy - 0.2f * s, 0.16f * s, 0.3f * s), SKPathDirection.Clockwise);
                break;
            case "chick":
                b.AddOval(SKRect.Create(cx - 0.05f * s, cy - 0.36f * s, 0.06f * s, 0.14f * s), SKPathDirection.Clockwise);
                b.AddOval(SKRect.Create(cx + 0.01f * s, cy - 0.34f * s, 0.06f * s, 0.12f * s), SKPathDirection.Clockwise);
                break;
        }
        return b.Detach();
    }

    private static void Eyes(SKCanvas canvas, Expression e, float cx, float cy, float s, MascotLook look, SKPaint ink, SKPaint fill)
    {
        var ey = cy - 0.01f * s;
        foreach (var side in new[] { -1, 1 })
        {
            var ex = cx + side * 0.13f * s;
            switch (e)
            {
                case Expression.Laugh:
                case Expression.Wink when side == 1:
                    Arc(canvas, ex, ey, 0.05f * s, 180, 180, ink);
                    break;
                case Expression.Sleepy:
                    Arc(canvas, ex, ey - 0.02f * s, 0.05f * s, 20, 140, ink);
                    break;
                case Expression.Love:
                    fill.Color = new SKColor(0xE6, 0x39, 0x46);
                    using (var heart = Shapes.Heart(ex, ey, 0.09f * s)) canvas.DrawPath(heart, fill);
                    break;
                case Expression.Surprised:
                    fill.Color = SKColors.White;
                    canvas.DrawCircle(ex, ey, 0.055f * s, fill);
                    canvas.DrawCircle(ex, ey, 0.055f * s, ink);
                    fill.Color = look.Ink;
                    canvas.DrawCircle(ex, ey, 0.022f * s, fill);
                    break;
                case Expression.Cool:
                    fill.Color = new SKColor(0x1B, 0x1B, 0x1B);
                    canvas.DrawRoundRect(SKRect.Create(ex - 0.085f * s, ey - 0.045f * s, 0.17f * s, 0.09f * s), 0.03f * s, 0.03f * s, fill);
                    if (side == 1) canvas.DrawLine(cx - 0.05f * s, ey - 0.02f * s, cx + 0.05f * s, ey - 0.02f * s, ink);
                    break;
                default:
                    fill.Color = look.Ink;
                    canvas.DrawCircle(ex, ey, 0.038f * s, fill);
                    fill.Color = SKColors.White;
                    canvas.DrawCircle(ex + 0.012f * s, ey - 0.014f * s, 0.012f * s, fill);
                    break;
            }
            if (e is Expression.Angry or Expression.Sad or Expression.Cry)
            {
                var inner = e == Expression.Angry ? 0.02f : -0.08f;
                canvas.DrawLine(ex - side * 0.06f * s, ey + (inner - 0.07f) * s, ex + side * 0.05f * s, ey - 0.1f * s, ink);
            }
        }
    }

    private static void Mouth(SKCanvas canvas, Expression e, float mx, float my, float s, SKPaint ink, SKPaint fill)
    {
        switch (e)
        {
            case Expression.Laugh:
                fill.Color = new SKColor(0xB2, 0x2C, 0x3C);
                using (var open = new SKPathBuilder())
                {
                    open.ArcTo(SKRect.Create(mx - 0.08f * s, my - 0.07f * s, 0.16f * s, 0.14f * s), 0, 180, true);
                    open.Close();
                    using var path = open.Detach();
                    canvas.DrawPath(path, fill);
                    canvas.DrawPath(path, ink);
                }
                break;
            case Expression.Surprised:
            case Expression.Sleepy:
                canvas.DrawOval(new SKPoint(mx, my + 0.01f * s), new SKSize(0.025f * s, 0.032f * s), ink);
                break;
            case Expression.Sad:
            case Expression.Cry:
            case Expression.Angry:
                Arc(canvas, mx, my + 0.04f * s, 0.05f * s, 200, 140, ink);
                break;
            case Expression.Cool:
            case Expression.Thinking:
                canvas.DrawLine(mx - 0.04f * s, my + 0.01f * s, mx + 0.05f * s, my - 0.01f * s, ink);
                break;
            default:
                Arc(canvas, mx, my - 0.03f * s, 0.05f * s, 20, 140, ink);
                break;
        }
    }

    private static void Extras(SKCanvas canvas, Expression e, float cx, float cy, float s, SKPaint ink, SKPaint fill)
    {
        var at = new SKPoint(cx + 0.34f * s, cy - 0.34f * s);
        switch (e)
        {
            case Expression.Love:
                fill.Color = new SKColor(0xE6, 0x39, 0x46);
                using (var heart = Shapes.Heart(at.X, at.Y, 0.12f * s)) canvas.DrawPath(heart, fill);
                break;
            case Expression.Cry:
                fill.Color = new SKColor(0x5B, 0xC0, 0xEB);
                using (var tear = Shapes.Motif("drop", cx - 0.14f * s, cy + 0.08f * s, 0.08f * s)) canvas.DrawPath(tear, fill);
                using (var tear = Shapes.Motif("drop", cx + 0.14f * s, cy + 0.08f * s, 0.08f * s)) canvas.DrawPath(tear, fill);
                break;
            case Expression.Angry:
                using (var red = new SKPaint { Color = new SKColor(0xE6, 0x39, 0x46), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = ink.StrokeWidth, StrokeCap = SKStrokeCap.Round })
                {
                    var r = 0.05f * s;
                    canvas.DrawLine(at.X - r, at.Y - r / 3, at.X + r, at.Y - r / 3, red);
                    canvas.DrawLine(at.X - r, at.Y + r / 3, at.X + r, at.Y + r / 3, red);
                    canvas.DrawLine(at.X - r / 3, at.Y - r, at.X - r / 3, at.Y + r, red);
                    canvas.DrawLine(at.X + r / 3, at.Y - r, at.X + r / 3, at.Y + r, red);
                }
                break;
            case Expression.Sleepy:
            case Expression.Thinking:
            case Expression.Ok:
                using (var font = new SKFont(FontLibrary.Get(FontRole.SansBold), 0.13f * s))
                {
                    fill.Color = e == Expression.Ok ? new SKColor(0x2A, 0x9D, 0x8F) : ink.Color;
                    canvas.DrawText(e switch { Expression.Sleepy => "z", Expression.Thinking => "?", _ => "\u2713" }, at.X, at.Y + 0.05f * s, SKTextAlign.Center, font, fill);
                }
                break;
        }
    }

    private static void Arc(SKCanvas canvas, float cx, float cy, float r, float start, float sweep, SKPaint paint)
    {
        using var b = new SKPathBuilder();
        b.AddArc(SKRect.Create(cx - r, cy - r, 2 * r, 2 * r), start, sweep);
        using var path = b.Detach();
        canvas.DrawPath(path, paint);
    }
}
