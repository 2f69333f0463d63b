using System.Diagnostics;

namespace MediaCreator.Api.Tests.Publishing.Engine;

/// <summary>Real MP4s rendered by ffmpeg: a vertical 360x640 3.5 s clip every platform accepts, and a 2 s 320x240 one TikTok refuses.</summary>
internal static class EngineMedia
{
    private static readonly Lazy<Task<byte[]>> VerticalFile = new(() => RenderAsync(
        "-f lavfi -i testsrc=size=360x640:rate=15:duration=3.5 -f lavfi -i sine=frequency=440:duration=3.5 " +
        "-c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a aac -b:a 32k -shortest -movflags +faststart"));

    private static readonly Lazy<Task<byte[]>> SmallFile = new(() => RenderAsync(
        "-f lavfi -i testsrc=size=320x240:rate=15:duration=2 -c:v libx264 -preset ultrafast -pix_fmt yuv420p -movflags +faststart"));

    public static Task<byte[]> VerticalAsync() => VerticalFile.Value;

    public static Task<byte[]> SmallAsync() => SmallFile.Value;

    private static async Task<byte[]> RenderAsync(string arguments)
    {
        var output = Path.Combine(Path.GetTempPath(), $"mediacreator-engine-{Guid.NewGuid():N}.mp4");
        using var process = Process.Start(new ProcessStartInfo("ffmpeg", $"-hide_banner -loglevel error -y {arguments} {output}")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
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
