using System.Diagnostics;
using SkiaSharp;

namespace MediaCreator.Api.Tests.Storage;

/// <summary>Real media made for the tests: a PNG drawn with Skia, a WAV and an MP4 rendered by ffmpeg.</summary>
internal static class MediaFiles
{
    private static readonly Lazy<Task<byte[]>> WavFile = new(() => FfmpegAsync("wav", "-f lavfi -i sine=frequency=440:sample_rate=44100:duration=1 -ac 2"));
    private static readonly Lazy<Task<byte[]>> Mp4File = new(() => FfmpegAsync("mp4",
        "-f lavfi -i testsrc=size=320x240:rate=25:duration=2 -f lavfi -i sine=frequency=440:duration=2 " +
        "-c:v libx264 -pix_fmt yuv420p -c:a aac -shortest -movflags +faststart"));

    /// <summary>A 160x90 (16:9) PNG with a transparent band, so it has alpha.</summary>
    public static byte[] Png(int width = 160, int height = 90, SKColor? color = null)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(color ?? SKColors.OrangeRed);
            using var clear = new SKPaint { BlendMode = SKBlendMode.Clear };
            canvas.DrawRect(0, 0, width, height / 4f, clear);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static Task<byte[]> WavAsync() => WavFile.Value;

    public static Task<byte[]> Mp4Async() => Mp4File.Value;

    public static byte[] Srt(string text = "Hello") => System.Text.Encoding.UTF8.GetBytes(
        $"1\n00:00:00,000 --> 00:00:01,500\n{text}\n\n2\n00:00:01,500 --> 00:00:03,000\nWorld\n");

    private static async Task<byte[]> FfmpegAsync(string extension, string arguments)
    {
        var output = Path.Combine(Path.GetTempPath(), $"mediacreator-test-{Guid.NewGuid():N}.{extension}");
        var start = new ProcessStartInfo("ffmpeg", $"-hide_banner -loglevel error -y {arguments} {output}")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"ffmpeg failed: {stderr}");
        try
        {
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
