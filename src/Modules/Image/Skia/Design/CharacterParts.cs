using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>The shapes a <see cref="CharacterPainter"/> assembles, in its 100 x 100 box.</summary>
internal static class CharacterParts
{
    public static SKPath Body(CharacterBody shape, SKRect b)
    {
        using var path = new SKPathBuilder();
        switch (shape)
        {
            case CharacterBody.Round:
                path.AddOval(b);
                break;
            case CharacterBody.Square:
                path.AddRoundRect(b, b.Width * 0.18f, b.Width * 0.18f);
                break;
            case CharacterBody.Bean:
                path.AddRoundRect(b, b.Width / 2, Math.Min(b.Width, b.Height) / 2);
                break;
            default: // pear: narrow shoulders, wide base
                path.MoveTo(b.MidX, b.Top);
                path.CubicTo(b.MidX + b.Width * 0.3f, b.Top, b.Right, b.MidY, b.Right, b.Bottom - b.Height * 0.2f);
                path.QuadTo(b.Right, b.Bottom, b.MidX, b.Bottom);
                path.QuadTo(b.Left, b.Bottom, b.Left, b.Bottom - b.Height * 0.2f);
                path.CubicTo(b.Left, b.MidY, b.MidX - b.Width * 0.3f, b.Top, b.MidX, b.Top);
                path.Close();
                break;
        }
        return path.Detach();
    }

    public static SKPath Belly(SKRect b)
    {
        using var path = new SKPathBuilder();
        path.AddOval(new SKRect(b.MidX - b.Width * 0.28f, b.Top + b.Height * 0.3f, b.MidX + b.Width * 0.28f, b.Bottom - b.Height * 0.1f));
        return path.Detach();
    }

    public static SKPath Arms(SKRect b)
    {
        using var path = new SKPathBuilder();
        var w = b.Width * 0.16f;
        var h = b.Height * 0.42f;
        path.AddOval(new SKRect(b.Left - w * 0.55f, b.Top + b.Height * 0.22f, b.Left + w * 0.45f, b.Top + b.Height * 0.22f + h));
        path.AddOval(new SKRect(b.Right - w * 0.45f, b.Top + b.Height * 0.22f, b.Right + w * 0.55f, b.Top + b.Height * 0.22f + h));
        return path.Detach();
    }

    public static SKPath Feet(SKRect b)
    {
        using var path = new SKPathBuilder();
        var w = b.Width * 0.26f;
        path.AddOval(new SKRect(b.MidX - b.Width * 0.3f - w / 2, b.Bottom - 7, b.MidX - b.Width * 0.3f + w / 2, b.Bottom + 2));
        path.AddOval(new SKRect(b.MidX + b.Width * 0.3f - w / 2, b.Bottom - 7, b.MidX + b.Width * 0.3f + w / 2, b.Bottom + 2));
        return path.Detach();
    }

    public static SKPath Ears(CharacterEars ears, SKPoint h, float r)
    {
        using var path = new SKPathBuilder();
        switch (ears)
        {
            case CharacterEars.Cat:
                path.AddPoly([new(h.X - r * 0.95f, h.Y - r * 0.2f), new(h.X - r * 0.8f, h.Y - r * 1.35f), new(h.X - r * 0.1f, h.Y - r * 0.85f)]);
                path.AddPoly([new(h.X + r * 0.95f, h.Y - r * 0.2f), new(h.X + r * 0.8f, h.Y - r * 1.35f), new(h.X + r * 0.1f, h.Y - r * 0.85f)]);
                break;
            case CharacterEars.Bear:
                path.AddCircle(h.X - r * 0.72f, h.Y - r * 0.72f, r * 0.38f);
                path.AddCircle(h.X + r * 0.72f, h.Y - r * 0.72f, r * 0.38f);
                break;
            case CharacterEars.Bunny:
                path.AddOval(new SKRect(h.X - r * 0.62f, h.Y - r * 1.9f, h.X - r * 0.18f, h.Y - r * 0.4f));
                path.AddOval(new SKRect(h.X + r * 0.18f, h.Y - r * 1.9f, h.X + r * 0.62f, h.Y - r * 0.4f));
                break;
            case CharacterEars.Antenna:
                path.AddCircle(h.X - r * 0.55f, h.Y - r * 1.45f, r * 0.14f);
                path.AddCircle(h.X + r * 0.55f, h.Y - r * 1.45f, r * 0.14f);
                path.AddRect(new SKRect(h.X - r * 0.5f, h.Y - r * 1.35f, h.X - r * 0.42f, h.Y - r * 0.8f));
                path.AddRect(new SKRect(h.X + r * 0.42f, h.Y - r * 1.35f, h.X + r * 0.5f, h.Y - r * 0.8f));
                break;
        }
        return path.Detach();
    }

    public static SKPath InnerEars(CharacterEars ears, SKPoint h, float r)
    {
        using var path = new SKPathBuilder();
        if (ears == CharacterEars.Bunny)
        {
            path.AddOval(new SKRect(h.X - r * 0.5f, h.Y - r * 1.7f, h.X - r * 0.3f, h.Y - r * 0.7f));
            path.AddOval(new SKRect(h.X + r * 0.3f, h.Y - r * 1.7f, h.X + r * 0.5f, h.Y - r * 0.7f));
        }
        else if (ears == CharacterEars.Bear)
        {
            path.AddCircle(h.X - r * 0.72f, h.Y - r * 0.72f, r * 0.18f);
            path.AddCircle(h.X + r * 0.72f, h.Y - r * 0.72f, r * 0.18f);
        }
        return path.Detach();
    }

    public static void DrawFace(SKCanvas canvas, CharacterEyes eyes, SKPoint h, float r, SKColor ink, SKPaint fill, SKPaint line)
    {
        var dx = r * 0.38f;
        var y = h.Y + r * 0.02f;
        fill.Color = ink;
        foreach (var x in new[] { h.X - dx, h.X + dx })
        {
            switch (eyes)
            {
                case CharacterEyes.Dot:
                    canvas.DrawCircle(x, y, r * 0.09f, fill);
                    break;
                case CharacterEyes.Oval:
                    canvas.DrawOval(x, y, r * 0.08f, r * 0.14f, fill);
                    break;
                case CharacterEyes.Sparkle:
                    fill.Color = ink;
                    canvas.DrawOval(x, y, r * 0.12f, r * 0.15f, fill);
                    fill.Color = SKColors.White;
                    canvas.DrawCircle(x + r * 0.04f, y - r * 0.05f, r * 0.045f, fill);
                    break;
                default:
                    canvas.DrawArc(new SKRect(x - r * 0.12f, y - r * 0.08f, x + r * 0.12f, y + r * 0.08f), 0, 180, false, line);
                    break;
            }
        }
        canvas.DrawArc(new SKRect(h.X - r * 0.16f, h.Y + r * 0.18f, h.X + r * 0.16f, h.Y + r * 0.4f), 20, 140, false, line);
    }

    public static void DrawAccessory(SKCanvas canvas, CharacterAccessory accessory, SKPoint h, float r, SKRect body,
        SKColor accent, SKColor light, SKPaint fill, SKPaint line)
    {
        using var path = new SKPathBuilder();
        var extra = light;
        switch (accessory)
        {
            case CharacterAccessory.Bow:
                path.AddPoly([new(h.X + r * 0.45f, h.Y - r * 0.75f), new(h.X + r * 0.1f, h.Y - r * 1.1f), new(h.X + r * 0.1f, h.Y - r * 0.45f)]);
                path.AddPoly([new(h.X + r * 0.45f, h.Y - r * 0.75f), new(h.X + r * 0.85f, h.Y - r * 1.05f), new(h.X + r * 0.85f, h.Y - r * 0.4f)]);
                path.AddCircle(h.X + r * 0.45f, h.Y - r * 0.75f, r * 0.12f);
                break;
            case CharacterAccessory.Hat:
                path.AddPoly([new(h.X - r * 0.45f, h.Y - r * 0.82f), new(h.X + r * 0.1f, h.Y - r * 1.75f), new(h.X + r * 0.5f, h.Y - r * 0.8f)]);
                path.AddCircle(h.X + r * 0.1f, h.Y - r * 1.75f, r * 0.13f);
                break;
            case CharacterAccessory.Scarf:
                path.AddRoundRect(new SKRect(body.MidX - body.Width * 0.45f, body.Top - 3, body.MidX + body.Width * 0.45f, body.Top + 6), 4, 4);
                path.AddRoundRect(new SKRect(body.MidX + body.Width * 0.12f, body.Top, body.MidX + body.Width * 0.3f, body.Top + body.Height * 0.45f), 3, 3);
                break;
            case CharacterAccessory.Glasses:
                canvas.DrawCircle(h.X - r * 0.38f, h.Y + r * 0.02f, r * 0.24f, line);
                canvas.DrawCircle(h.X + r * 0.38f, h.Y + r * 0.02f, r * 0.24f, line);
                canvas.DrawLine(h.X - r * 0.14f, h.Y, h.X + r * 0.14f, h.Y, line);
                return;
            case CharacterAccessory.Flower:
                for (var i = 0; i < 5; i++)
                {
                    var a = i * MathF.Tau / 5;
                    path.AddCircle(h.X - r * 0.62f + MathF.Cos(a) * r * 0.16f, h.Y - r * 0.7f + MathF.Sin(a) * r * 0.16f, r * 0.13f);
                }
                extra = accent;
                accent = light;
                break;
            case CharacterAccessory.Crown:
                path.AddPoly([
                    new(h.X - r * 0.5f, h.Y - r * 0.8f), new(h.X - r * 0.55f, h.Y - r * 1.35f), new(h.X - r * 0.25f, h.Y - r * 1.05f),
                    new(h.X, h.Y - r * 1.45f), new(h.X + r * 0.25f, h.Y - r * 1.05f), new(h.X + r * 0.55f, h.Y - r * 1.35f),
                    new(h.X + r * 0.5f, h.Y - r * 0.8f),
                ]);
                break;
            default:
                return;
        }
        using var shape = path.Detach();
        fill.Color = accent;
        canvas.DrawPath(shape, fill);
        canvas.DrawPath(shape, line);
        if (accessory == CharacterAccessory.Flower)
        {
            fill.Color = extra;
            canvas.DrawCircle(h.X - r * 0.62f, h.Y - r * 0.7f, r * 0.1f, fill);
        }
    }
}
