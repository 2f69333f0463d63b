using System.Globalization;
using MediaCreator.Modules.Core.Media;
using SkiaSharp;

namespace MediaCreator.Modules.Video.Tests.Reframe;

/// <summary>Renders test clips frame by frame with SkiaSharp and encodes them with ffmpeg (H.264 superfast: with B-frames, which sampling skips).</summary>
internal static class SyntheticVideo
{
    public const int Width = 640, Height = 360, Fps = 15;

    public static Task<string> RenderAsync(string folder, string name, double seconds, Action<SKCanvas, double> draw) =>
        RenderAsync(folder, name, seconds, Width, Height, draw);

    public static async Task<string> RenderAsync(string folder, string name, double seconds, int width, int height, Action<SKCanvas, double> draw)
    {
        var path = Path.Combine(folder, name);
        var frames = (int)Math.Round(seconds * Fps);
        string[] args =
        [
            "-f", "rawvideo", "-pix_fmt", "bgra", "-s", $"{width}x{height}", "-r", Fps.ToString(CultureInfo.InvariantCulture), "-i", "pipe:0",
            "-c:v", "libx264", "-preset", "superfast", "-crf", "20", "-pix_fmt", "yuv420p", "-y", path,
        ];
        await FfmpegProcess.RunAsync(args, writeStdin: async (stdin, ct) =>
        {
            using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Premul));
            using var canvas = new SKCanvas(bitmap);
            for (var i = 0; i < frames; i++)
            {
                draw(canvas, i / (double)Fps);
                canvas.Flush();
                await stdin.WriteAsync(bitmap.GetPixelSpan().ToArray(), ct);
            }
        });
        return path;
    }

    public static void Disc(SKCanvas canvas, float x, float y, float radius, SKColor color)
    {
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawCircle(x, y, radius, paint);
    }

    /// <summary>A drawn face the frontal Haar cascade finds: shaded oval, hair, brows, eye sockets, nose shadow, mouth.</summary>
    public static void Face(SKCanvas canvas, float cx, float cy, float h)
    {
        var w = h * 0.78f;
        using var p = new SKPaint { IsAntialias = true };
        p.Color = new SKColor(40, 30, 25);
        canvas.DrawOval(cx, cy - h * 0.08f, w * 0.56f, h * 0.56f, p);
        using (var skin = SKShader.CreateRadialGradient(new SKPoint(cx, cy - h * 0.05f), h * 0.55f,
            [new SKColor(235, 200, 175), new SKColor(190, 150, 125)], SKShaderTileMode.Clamp))
        {
            p.Shader = skin;
            canvas.DrawOval(cx, cy + h * 0.02f, w * 0.5f, h * 0.5f, p);
            p.Shader = null;
        }
        p.Color = new SKColor(50, 35, 30);
        canvas.DrawRoundRect(cx - w * 0.36f, cy - h * 0.2f, w * 0.26f, h * 0.05f, 3, 3, p);
        canvas.DrawRoundRect(cx + w * 0.10f, cy - h * 0.2f, w * 0.26f, h * 0.05f, 3, 3, p);
        foreach (var side in (ReadOnlySpan<float>)[-1, 1])
        {
            p.Color = new SKColor(120, 90, 80);
            canvas.DrawOval(cx + side * w * 0.22f, cy - h * 0.09f, w * 0.14f, h * 0.06f, p);
            p.Color = new SKColor(30, 25, 25);
            canvas.DrawOval(cx + side * w * 0.22f, cy - h * 0.09f, w * 0.07f, h * 0.04f, p);
        }
        p.Color = new SKColor(160, 120, 100);
        canvas.DrawOval(cx, cy + h * 0.1f, w * 0.08f, h * 0.04f, p);
        p.Color = new SKColor(110, 50, 50);
        canvas.DrawOval(cx, cy + h * 0.25f, w * 0.17f, h * 0.04f, p);
    }
}
