using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Coloring;

/// <summary>Drawing helpers for line art: every shape is filled white (hiding what is behind it) then outlined black.</summary>
internal sealed class Ink(SKCanvas canvas, float lineWidth) : IDisposable
{
    private readonly SKPaint pen = new() { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = lineWidth, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round, StrokeCap = SKStrokeCap.Round };
    private readonly SKPaint paper = new() { Color = SKColors.White, Style = SKPaintStyle.Fill, IsAntialias = true };

    public SKCanvas Canvas { get; } = canvas;

    public float LineWidth { get; } = lineWidth;

    public void Shape(SKPath path)
    {
        Canvas.DrawPath(path, paper);
        Canvas.DrawPath(path, pen);
    }

    /// <summary>Fills and outlines <paramref name="path"/>, then disposes it.</summary>
    public void Take(SKPath path)
    {
        Shape(path);
        path.Dispose();
    }

    public void Oval(float cx, float cy, float rx, float ry, float rotationDegrees = 0)
    {
        Canvas.Save();
        Canvas.Translate(cx, cy);
        Canvas.RotateDegrees(rotationDegrees);
        var r = new SKRect(-rx, -ry, rx, ry);
        Canvas.DrawOval(r, paper);
        Canvas.DrawOval(r, pen);
        Canvas.Restore();
    }

    public void Circle(float cx, float cy, float r) => Oval(cx, cy, r, r);

    public void Line(float x1, float y1, float x2, float y2) => Canvas.DrawLine(x1, y1, x2, y2, pen);

    public void Stroke(SKPath path) => Canvas.DrawPath(path, pen);

    public void Dispose()
    {
        pen.Dispose();
        paper.Dispose();
    }
}
