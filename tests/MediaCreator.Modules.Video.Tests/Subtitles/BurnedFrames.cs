using System.Globalization;
using MediaCreator.Modules.Core.Media;

namespace MediaCreator.Modules.Video.Tests.Subtitles;

/// <summary>Burns an ASS script into a small H.264 video with ffmpeg's ass filter, then decodes every frame as RGB.</summary>
internal sealed class BurnedFrames
{
    private readonly List<byte[]> _frames;

    private BurnedFrames(int width, int height, int fps, List<byte[]> frames) => (Width, Height, Fps, _frames) = (width, height, fps, frames);

    public int Width { get; }
    public int Height { get; }
    public int Fps { get; }

    public static async Task<BurnedFrames> BurnAsync(string assPath, int width, int height, double seconds, int fps = 10, string background = "black")
    {
        var video = Path.ChangeExtension(assPath, ".mp4");
        await FfmpegProcess.RunAsync([
            "-y", "-f", "lavfi", "-i", string.Create(CultureInfo.InvariantCulture, $"color=c={background}:s={width}x{height}:d={seconds}:r={fps}"),
            "-vf", $"ass={assPath}", "-c:v", "libx264", "-preset", "ultrafast", "-crf", "8", "-pix_fmt", "yuv444p", video]);
        var frameSize = width * height * 3;
        var frames = new List<byte[]>();
        await FfmpegProcess.RunAsync(["-i", video, "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"], readStdout: async (stdout, ct) =>
        {
            while (true)
            {
                var frame = new byte[frameSize];
                var read = 0;
                while (read < frameSize)
                {
                    var n = await stdout.ReadAsync(frame.AsMemory(read), ct);
                    if (n == 0) return;
                    read += n;
                }
                frames.Add(frame);
            }
        });
        return new BurnedFrames(width, height, fps, frames);
    }

    public byte[] At(double seconds) => _frames[Math.Clamp((int)Math.Round(seconds * Fps), 0, _frames.Count - 1)];

    /// <summary>Pixels in rows <paramref name="top"/>..<paramref name="bottom"/> (fractions of the height) matching <paramref name="test"/>.</summary>
    public List<(int X, int Y)> Pixels(double seconds, double top, double bottom, Func<byte, byte, byte, bool> test)
    {
        var frame = At(seconds);
        var found = new List<(int, int)>();
        for (var y = (int)(top * Height); y < (int)(bottom * Height); y++)
            for (var x = 0; x < Width; x++)
            {
                var i = (y * Width + x) * 3;
                if (test(frame[i], frame[i + 1], frame[i + 2])) found.Add((x, y));
            }
        return found;
    }

    public static bool White(byte r, byte g, byte b) => r > 200 && g > 200 && b > 200;

    public static bool Yellow(byte r, byte g, byte b) => r > 190 && g > 160 && b < 90;
}
