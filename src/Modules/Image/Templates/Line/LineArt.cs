using System.IO.Compression;
using MediaCreator.Modules.Image.Rendering;
using MediaCreator.Modules.Image.Rendering.Text;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Line;

/// <summary>
/// LINE Creators Market items: the character (and an optional caption) on a transparent canvas, wrapped in the
/// classic white die-cut outline, kept clear of a transparent margin.
/// </summary>
internal static class LineArt
{
    /// <param name="outline">White outline width in pixels (0 = none).</param>
    public static SKBitmap Item(int width, int height, int margin, float outline, MascotLook look, Expression e, string? caption)
    {
        var inset = margin + outline + 1;
        var content = new SKRect(inset, inset, width - inset, height - inset);
        using var layer = Outputs.Render(width, height, null, canvas =>
        {
            var art = caption is null ? content : new SKRect(content.Left, content.Top, content.Right, content.Top + content.Height * 0.74f);
            MascotPainter.Draw(canvas, art, look, e);
            if (caption is not null)
            {
                var box = new SKRect(content.Left, art.Bottom, content.Right, content.Bottom);
                var style = new TextStyle(FontRole.Rounded, 10, MascotLook.Blend(look.Body, look.Ink, 0.55f), Outline: SKColors.White, OutlineWidth: 0.2f);
                TextEngine.Fit(caption, style, box, 6, box.Height).Draw(canvas, box, VerticalAlign.Middle);
            }
        });
        return Outputs.Render(width, height, null, canvas =>
        {
            using var image = SKImage.FromBitmap(layer);
            if (outline > 0)
            {
                // the die-cut halo: the art's silhouette in white, stamped around two rings (Skia's dilate filter is slow on CPU)
                using var halo = new SKPaint { ColorFilter = SKColorFilter.CreateBlendMode(SKColors.White, SKBlendMode.SrcIn) };
                foreach (var (radius, steps) in new[] { (outline, 24), (outline * 0.5f, 12) })
                {
                    for (var i = 0; i < steps; i++)
                    {
                        var a = i * MathF.Tau / steps;
                        canvas.DrawImage(image, radius * MathF.Cos(a), radius * MathF.Sin(a), SKSamplingOptions.Default, halo);
                    }
                }
            }
            canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        });
    }

    /// <summary>A zip of the given files in order, with fixed timestamps (same input, same bytes).</summary>
    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var s = entry.Open();
                s.Write(content);
            }
        }
        return stream.ToArray();
    }
}
