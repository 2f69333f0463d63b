using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>Draws a <see cref="SkiaCharacter"/> standing in a square box (same look at any size or place).</summary>
internal static class CharacterPainter
{
    private const float Stroke = 2.2f;

    public static void Draw(SKCanvas canvas, SkiaCharacter look, SKRect box)
    {
        var size = Math.Min(box.Width, box.Height);
        var r = look.HeadScale * 100;
        var bodyW = look.BodyWidth * 100;
        var bodyH = look.BodyHeight * 100;
        var fit = Math.Min(1f, 92f / (bodyH + r * 2.2f));

        canvas.Save();
        canvas.Translate(box.MidX - size / 2, box.MidY - size / 2);
        canvas.Scale(size / 100f);
        canvas.Scale(fit, fit, 50, 97);

        var body = SKColor.Parse(look.BodyColor);
        var belly = SKColor.Parse(look.BellyColor);
        var accent = SKColor.Parse(look.AccentColor);
        var ink = SKColor.Parse(look.OutlineColor);
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var line = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Stroke, Color = ink, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };

        void Shape(SKPath path, SKColor color)
        {
            fill.Color = color;
            canvas.DrawPath(path, fill);
            canvas.DrawPath(path, line);
        }

        var bodyRect = new SKRect(50 - bodyW / 2, 96 - bodyH, 50 + bodyW / 2, 96);
        var head = new SKPoint(50, bodyRect.Top - r * 0.7f);

        using (var ears = CharacterParts.Ears(look.Ears, head, r)) Shape(ears, body);
        using (var inner = CharacterParts.InnerEars(look.Ears, head, r)) if (!inner.IsEmpty) Shape(inner, accent);
        using (var arms = CharacterParts.Arms(bodyRect)) Shape(arms, body);
        using (var feet = CharacterParts.Feet(bodyRect)) Shape(feet, body);
        using (var torso = CharacterParts.Body(look.Body, bodyRect)) Shape(torso, body);
        using (var bellyPath = CharacterParts.Belly(bodyRect)) Shape(bellyPath, belly);
        using (var headPath = MotifBuilder.CirclePath(head.X, head.Y, r)) Shape(headPath, body);

        if (look.Cheeks)
        {
            fill.Color = ColorMath.Mix(accent, belly, 0.45f);
            canvas.DrawCircle(head.X - r * 0.58f, head.Y + r * 0.28f, r * 0.13f, fill);
            canvas.DrawCircle(head.X + r * 0.58f, head.Y + r * 0.28f, r * 0.13f, fill);
        }
        CharacterParts.DrawFace(canvas, look.Eyes, head, r, ink, fill, line);
        CharacterParts.DrawAccessory(canvas, look.Accessory, head, r, bodyRect, accent, belly, fill, line);
        canvas.Restore();
    }
}
