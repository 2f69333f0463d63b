using System.Diagnostics;
using System.Globalization;

namespace MediaCreator.Api.Tests.Video;

/// <summary>Test media for the video API tests, made with ffmpeg (and espeak-ng) in a temp folder, and frames read back.</summary>
internal static class VideoClips
{
    /// <summary>
    /// A 320x240 H.264/AAC clip: a moving test pattern with a 600 Hz tone during <paramref name="speech"/> and silence
    /// (digital zero) elsewhere, <paramref name="seconds"/> long.
    /// </summary>
    public static Task<byte[]> TonesAsync(double seconds, params (double Start, double End)[] speech)
    {
        var gate = string.Join("+", speech.Select(s => $"between(t,{N(s.Start)},{N(s.End)})"));
        return FfmpegAsync("mp4",
            "-f", "lavfi", "-i", $"testsrc2=size=320x240:rate=25:duration={N(seconds)}",
            "-f", "lavfi", "-i", $"sine=frequency=600:sample_rate=48000:duration={N(seconds)}",
            "-filter_complex", $"[1:a]volume='if({gate},0.5,0)':eval=frame[a]", "-map", "0:v", "-map", "[a]",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest");
    }

    /// <summary>A 640x360 clip: a bright disc moving left to right over dark grey, with a steady tone.</summary>
    public static Task<byte[]> MovingSubjectAsync(double seconds) => FfmpegAsync("mp4",
        "-f", "lavfi", "-i", $"color=c=0x202020:size=640x360:rate=25:duration={N(seconds)}",
        "-f", "lavfi", "-i", "color=c=white:size=80x80:rate=25",
        "-f", "lavfi", "-i", $"sine=frequency=440:sample_rate=48000:duration={N(seconds)}",
        "-filter_complex", $"[0:v][1:v]overlay=x='40+t/{N(seconds)}*480':y=140:shortest=1[v]", "-map", "[v]", "-map", "2:a",
        "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest");

    /// <summary>A still PNG of one colour.</summary>
    public static Task<byte[]> StillAsync(string color, int width = 320, int height = 240) =>
        FfmpegAsync("png", "-f", "lavfi", "-i", $"color=c={color}:size={width}x{height}", "-frames:v", "1");

    /// <summary>English speech from espeak-ng over a plain picture.</summary>
    public static async Task<byte[]> SpeechVideoAsync(string text)
    {
        var wav = Path.Combine(Path.GetTempPath(), $"mediacreator-speech-{Guid.NewGuid():N}.wav");
        try
        {
            await RunAsync("espeak-ng", "-v", "en-us", "-s", "140", "-w", wav, text);
            return await FfmpegAsync("mp4", "-f", "lavfi", "-i", "color=c=0x305070:size=320x240:rate=25", "-i", wav,
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest");
        }
        finally
        {
            File.Delete(wav);
        }
    }

    /// <summary>Mean luma of the frame at <paramref name="seconds"/> inside a box (fractions of the frame).</summary>
    public static async Task<double> MeanLumaAsync(byte[] video, double seconds, double x0, double y0, double x1, double y1)
    {
        var (pixels, width, height) = await FrameAsync(video, seconds);
        double sum = 0;
        var count = 0;
        for (var y = (int)(y0 * height); y < (int)(y1 * height); y++)
            for (var x = (int)(x0 * width); x < (int)(x1 * width); x++)
            {
                sum += pixels[y * width + x];
                count++;
            }
        return count == 0 ? 0 : sum / count;
    }

    /// <summary>Mean absolute luma difference of two videos' frames at <paramref name="seconds"/> inside a box (fractions of the frame).</summary>
    public static async Task<double> DifferenceAsync(byte[] a, byte[] b, double seconds, double x0, double y0, double x1, double y1)
    {
        var (pa, width, height) = await FrameAsync(a, seconds);
        var (pb, wb, hb) = await FrameAsync(b, seconds);
        if ((width, height) != (wb, hb)) throw new InvalidOperationException("frames of different sizes");
        double sum = 0;
        var count = 0;
        for (var y = (int)(y0 * height); y < (int)(y1 * height); y++)
            for (var x = (int)(x0 * width); x < (int)(x1 * width); x++)
            {
                sum += Math.Abs(pa[y * width + x] - pb[y * width + x]);
                count++;
            }
        return count == 0 ? 0 : sum / count;
    }

    /// <summary>The grey frame at <paramref name="seconds"/>, with its size.</summary>
    public static async Task<(byte[] Pixels, int Width, int Height)> FrameAsync(byte[] video, double seconds)
    {
        var input = await TempAsync(video, "mp4");
        try
        {
            var probe = await RunAsync("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height", "-of", "csv=p=0", input);
            var size = probe.Trim().Split(',');
            var (width, height) = (int.Parse(size[0], CultureInfo.InvariantCulture), int.Parse(size[1], CultureInfo.InvariantCulture));
            var raw = input + ".gray";
            await RunAsync("ffmpeg", "-v", "error", "-ss", N(seconds), "-i", input, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "gray", "-y", raw);
            var pixels = await File.ReadAllBytesAsync(raw);
            File.Delete(raw);
            return (pixels, width, height);
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>ffprobe's view of a file: duration, width, height.</summary>
    public static async Task<(double Duration, int Width, int Height)> ProbeAsync(byte[] video)
    {
        var input = await TempAsync(video, "mp4");
        try
        {
            var text = await RunAsync("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height:format=duration", "-of", "default=nw=1", input);
            var values = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=')).ToDictionary(p => p[0], p => p[1]);
            return (double.Parse(values["duration"], CultureInfo.InvariantCulture), int.Parse(values["width"], CultureInfo.InvariantCulture),
                int.Parse(values["height"], CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static async Task<byte[]> FfmpegAsync(string extension, params string[] arguments)
    {
        var output = Path.Combine(Path.GetTempPath(), $"mediacreator-clip-{Guid.NewGuid():N}.{extension}");
        try
        {
            await RunAsync("ffmpeg", ["-v", "error", .. arguments, "-y", output]);
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static async Task<string> TempAsync(byte[] bytes, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mediacreator-probe-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    private static async Task<string> RunAsync(string binary, params string[] arguments)
    {
        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{binary} failed: {await stderr}");
        return await stdout;
    }

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
