using SkiaSharp;

namespace MediaCreator.Modules.Image.Rendering.Text;

/// <summary>A wrapped, shaped block of text at one font size, ready to draw into a box.</summary>
internal sealed class TextBlock
{
    public TextBlock(IReadOnlyList<ShapedLine> lines, TextStyle style, SKTypeface typeface, float size)
    {
        Lines = lines;
        Style = style;
        Typeface = typeface;
        Size = size;
        using var font = CreateFont();
        var m = font.Metrics;
        LineHeight = (m.Descent - m.Ascent + m.Leading) * style.LineSpacing;
        var first = lines.FirstOrDefault(l => l.Glyphs.Length > 0);
        var last = lines.LastOrDefault(l => l.Glyphs.Length > 0);
        TopExtent = Math.Max(-m.Ascent, first is null ? 0 : -first.Ink.Top);
        var bottomExtent = Math.Max(m.Descent, last is null ? 0 : last.Ink.Bottom);
        Height = lines.Count == 0 ? 0 : TopExtent + (lines.Count - 1) * LineHeight + bottomExtent;
        InkWidth = lines.Count == 0 ? 0 : lines.Max(l => l.InkRight - l.InkLeft);
    }

    public IReadOnlyList<ShapedLine> Lines { get; }

    public TextStyle Style { get; }

    public SKTypeface Typeface { get; }

    public float Size { get; }

    public float LineHeight { get; }

    /// <summary>From the block top to the first baseline.</summary>
    public float TopExtent { get; }

    /// <summary>Height of the block's ink (without outline/shadow).</summary>
    public float Height { get; }

    /// <summary>Widest line including glyph overhangs (without outline/shadow).</summary>
    public float InkWidth { get; }

    public bool HasForcedBreaks => Lines.Any(l => l.Forced);

    /// <summary>Every glyph id of the block (0 = a glyph missing from the font).</summary>
    public IEnumerable<ushort> Glyphs => Lines.SelectMany(l => l.Glyphs);

    public SKFont CreateFont() => new(Typeface, Size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    /// <summary>Width and height the block needs, outline and shadow included.</summary>
    public SKSize Extent
    {
        get
        {
            var margin = Style.InkMargin(Size);
            return new SKSize(InkWidth + 2 * margin, Height + 2 * margin);
        }
    }

    /// <summary>Baseline origins of the lines when the block is aligned in <paramref name="box"/>.</summary>
    public IReadOnlyList<SKPoint> Origins(SKRect box, VerticalAlign valign = VerticalAlign.Middle)
    {
        var margin = Style.InkMargin(Size);
        var inner = SKRect.Inflate(box, -margin, -margin);
        var top = valign switch
        {
            VerticalAlign.Top => inner.Top,
            VerticalAlign.Bottom => inner.Bottom - Height,
            _ => inner.MidY - Height / 2,
        };
        var origins = new SKPoint[Lines.Count];
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var x = Style.Align switch
            {
                TextAlign.Left => inner.Left,
                TextAlign.Right => inner.Right - line.Width,
                _ => inner.MidX - line.Width / 2,
            };
            // keep overhanging glyphs (Thai marks, italics) inside the box
            if (x + line.InkRight > inner.Right) x = inner.Right - line.InkRight;
            if (x + line.InkLeft < inner.Left) x = inner.Left - line.InkLeft;
            origins[i] = new SKPoint(x, top + TopExtent + i * LineHeight);
        }
        return origins;
    }

    public void Draw(SKCanvas canvas, SKRect box, VerticalAlign valign = VerticalAlign.Middle)
    {
        using var font = CreateFont();
        var origins = Origins(box, valign);
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.Glyphs.Length == 0) continue;
            using var builder = new SKTextBlobBuilder();
            builder.AddPositionedRun(line.Glyphs, font, line.Positions);
            using var blob = builder.Build();
            if (blob is null) continue;
            var o = origins[i];
            if (Style.Shadow is { } s)
            {
                using var shadow = new SKPaint { Color = s.Color, IsAntialias = true };
                if (s.Blur > 0) shadow.MaskFilter = SKMaskFilter.CreateBlur(SKBlurStyle.Normal, s.Blur * Size / 2);
                canvas.DrawText(blob, o.X + s.OffsetX * Size, o.Y + s.OffsetY * Size, shadow);
            }
            if (Style.Outline is { } outline)
            {
                using var stroke = new SKPaint
                {
                    Color = outline, IsAntialias = true, Style = SKPaintStyle.Stroke,
                    StrokeWidth = Style.OutlineWidth * Size, StrokeJoin = SKStrokeJoin.Round,
                };
                canvas.DrawText(blob, o.X, o.Y, stroke);
            }
            using var fill = new SKPaint { Color = Style.Color, IsAntialias = true };
            canvas.DrawText(blob, o.X, o.Y, fill);
        }
    }
}
