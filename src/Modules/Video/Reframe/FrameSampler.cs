using System.Globalization;
using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Reframe;

/// <summary>
/// Decodes a video into small raw BGR frames through ffmpeg's pipe. ffmpeg drops frames (<c>fps</c>) before it scales
/// and skips the H.264 loop filter; sampling may also skip B-frames (a sample then shows the nearest reference frame,
/// a frame or two off), which halves the decode of a typical H.264 file.
/// </summary>
internal static class FrameSampler
{
    /// <summary>Calls <paramref name="onFrame"/> with each frame (bgr24, <paramref name="width"/>x<paramref name="height"/>) and its index.</summary>
    public static async Task DecodeAsync(
        string path, int width, int height, double? fps, TimeRange? range, bool skipBFrames, Action<byte[], int> onFrame, CancellationToken ct)
    {
        var filters = fps is { } f ? $"fps={f.ToString(CultureInfo.InvariantCulture)}," : "";
        filters += $"scale={width}:{height}:flags=area,format=bgr24";
        var args = new List<string> { "-skip_loop_filter", "all" };
        if (skipBFrames) args.AddRange(["-skip_frame", "bidir"]);
        if (range is { } r) args.AddRange(["-ss", Seconds(r.Start), "-t", Seconds(r.Duration)]);
        args.AddRange(["-i", path, "-map", "0:v:0", "-an", "-sn", "-dn", "-vf", filters, "-f", "rawvideo", "pipe:1"]);
        var frameBytes = width * height * 3;
        try
        {
            await FfmpegProcess.RunAsync(args, readStdout: async (stdout, token) =>
            {
                var buffer = new byte[frameBytes];
                for (var index = 0; ; index++)
                {
                    var read = await ReadFullAsync(stdout, buffer, token);
                    if (read < frameBytes) break;
                    onFrame(buffer, index);
                }
                await stdout.CopyToAsync(Stream.Null, token);
            }, ct: ct);
        }
        catch (FfmpegException e)
        {
            throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"'{Path.GetFileName(path)}' could not be decoded: {e.Message}", inner: e);
        }
    }

    private static async Task<int> ReadFullAsync(Stream stream, byte[] buffer, CancellationToken ct)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(total), ct);
            if (n == 0) break;
            total += n;
        }
        return total;
    }

    private static string Seconds(double s) => Math.Max(0, s).ToString("0.###", CultureInfo.InvariantCulture);
}
