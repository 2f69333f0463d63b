using System.Globalization;
using MediaCreator.Modules.Core.Media;

namespace MediaCreator.Modules.Video.Tests.Timeline;

/// <summary>Generates small media with ffmpeg and decodes frames and samples of results, for timeline and preview tests.</summary>
internal static class TimelineTestMedia
{
    public static string TempDirectory(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "mc-timeline-tests", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>A solid-colour clip with a quiet tone (so it has sound) at <paramref name="toneHz"/>.</summary>
    public static async Task<string> ColorClipAsync(string dir, string name, string color, double seconds, int toneHz = 220, int width = 320, int height = 240)
    {
        var path = Path.Combine(dir, name);
        await FfmpegProcess.RunAsync([
            "-f", "lavfi", "-i", $"color=c={color}:s={width}x{height}:r=25:d={N(seconds)}",
            "-f", "lavfi", "-i", $"sine=frequency={toneHz}:sample_rate=48000:duration={N(seconds)}",
            "-c:v", "libx264", "-preset", "ultrafast", "-g", "25", "-pix_fmt", "yuv420p", "-c:a", "aac", "-af", "volume=0.2", "-shortest", "-y", path]);
        return path;
    }

    /// <summary>A clip whose colour changes every second through <paramref name="colors"/> (for thumbnail checks).</summary>
    public static async Task<string> ColorSequenceAsync(string dir, string name, IReadOnlyList<string> colors, int width = 320, int height = 240)
    {
        var path = Path.Combine(dir, name);
        var inputs = colors.SelectMany(c => new[] { "-f", "lavfi", "-i", $"color=c={c}:s={width}x{height}:r=25:d=1" }).ToList();
        var concat = string.Concat(colors.Select((_, i) => $"[{i}:v]")) + $"concat=n={colors.Count}:v=1:a=0[v]";
        await FfmpegProcess.RunAsync([.. inputs, "-filter_complex", concat, "-map", "[v]", "-c:v", "libx264", "-preset", "ultrafast", "-g", "25",
            "-pix_fmt", "yuv420p", "-y", path]);
        return path;
    }

    public static async Task<string> ImageAsync(string dir, string name, string color, int width = 160, int height = 120)
    {
        var path = Path.Combine(dir, name);
        await FfmpegProcess.RunAsync(["-f", "lavfi", "-i", $"color=c={color}:s={width}x{height}", "-frames:v", "1", "-y", path]);
        return path;
    }

    /// <summary>A tone of <paramref name="hz"/> at amplitude 0.5 (ffmpeg's sine is 1/8), optionally surrounded by silence: silence, tone, silence.</summary>
    public static async Task<string> ToneAsync(string dir, string name, int hz, double seconds, double silenceBefore = 0, double silenceAfter = 0)
    {
        var path = Path.Combine(dir, name);
        var total = silenceBefore + seconds + silenceAfter;
        var filter = $"sine=frequency={hz}:sample_rate=48000:duration={N(seconds)},volume=4,adelay={(int)(silenceBefore * 1000)}:all=1,apad,atrim=duration={N(total)}";
        await FfmpegProcess.RunAsync(["-f", "lavfi", "-i", filter, "-c:a", "pcm_s16le", "-y", path]);
        return path;
    }

    /// <summary>The RGB24 frame shown at <paramref name="seconds"/>.</summary>
    public static async Task<(byte[] Rgb, int Width, int Height)> FrameAsync(string path, double seconds)
    {
        var info = await Abstractions.VideoInfo.ProbeAsync(path, CancellationToken.None);
        var ms = new MemoryStream();
        await FfmpegProcess.RunAsync(["-ss", N(seconds), "-i", path, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"],
            readStdout: (s, ct) => s.CopyToAsync(ms, ct));
        return (ms.ToArray(), info.Width, info.Height);
    }

    public static (int R, int G, int B) Pixel((byte[] Rgb, int Width, int Height) frame, int x, int y)
    {
        var i = (y * frame.Width + x) * 3;
        return (frame.Rgb[i], frame.Rgb[i + 1], frame.Rgb[i + 2]);
    }

    /// <summary>Pixels in a rectangle matching <paramref name="match"/>.</summary>
    public static int Count((byte[] Rgb, int Width, int Height) frame, int x0, int y0, int x1, int y1, Func<(int R, int G, int B), bool> match)
    {
        var n = 0;
        for (var y = y0; y < y1; y++)
            for (var x = x0; x < x1; x++)
                if (match(Pixel(frame, x, y))) n++;
        return n;
    }

    /// <summary>The whole sound as mono floats at <paramref name="rate"/> Hz.</summary>
    public static async Task<float[]> SamplesAsync(string path, int rate = 16000)
    {
        var ms = new MemoryStream();
        await FfmpegProcess.RunAsync(["-i", path, "-vn", "-ac", "1", "-ar", rate.ToString(CultureInfo.InvariantCulture), "-f", "f32le", "pipe:1"],
            readStdout: (s, ct) => s.CopyToAsync(ms, ct));
        var bytes = ms.ToArray();
        var samples = new float[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, samples, 0, samples.Length * 4);
        return samples;
    }

    /// <summary>Amplitude of <paramref name="hz"/> in samples from..to seconds (Goertzel), about the sine's peak amplitude.</summary>
    public static double ToneLevel(float[] samples, int rate, double hz, double from, double to)
    {
        int a = (int)(from * rate), b = Math.Min(samples.Length, (int)(to * rate));
        var w = 2 * Math.PI * hz / rate;
        var coeff = 2 * Math.Cos(w);
        double s1 = 0, s2 = 0;
        for (var i = a; i < b; i++) (s1, s2) = (samples[i] + coeff * s1 - s2, s1);
        var power = s1 * s1 + s2 * s2 - coeff * s1 * s2;
        return 2 * Math.Sqrt(Math.Max(0, power)) / Math.Max(1, b - a);
    }

    private static string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
