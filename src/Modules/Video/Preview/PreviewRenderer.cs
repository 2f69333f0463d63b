using System.Globalization;
using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Preview;

/// <summary>
/// Quick previews of an asset: a low-resolution proxy, a thumbnail strip and an audio waveform image. The strip seeks
/// to each frame (one ffmpeg run with an input per frame) instead of decoding the whole video; the waveform is drawn with
/// SkiaSharp from peaks of PCM that ffmpeg decodes at a low rate, so the peaks are returned too.
/// </summary>
public sealed partial class PreviewRenderer(PreviewOptions options)
{
    /// <summary>A proxy whose short side is at most <see cref="PreviewOptions.ProxyShortSide"/>, same duration, fast preset, low bitrate.</summary>
    public async Task<PreviewVideo> RenderProxyAsync(string sourcePath, string outputPath, IProgress<VideoProgress>? progress = null, CancellationToken ct = default)
    {
        var source = await ProbeVideoAsync(sourcePath, ct);
        var (w, h) = ProxySize(source.Width, source.Height, options.ProxyShortSide);
        var args = new List<string> { "-i", sourcePath, "-map", "0:v:0", "-vf", $"scale={w}:{h},setsar=1", "-c:v", "libx264", "-preset", options.ProxyPreset,
            "-crf", I(options.ProxyCrf), "-maxrate", $"{options.ProxyMaxBitrateKbps}k", "-bufsize", $"{options.ProxyMaxBitrateKbps * 2}k", "-pix_fmt", "yuv420p" };
        if (source.HasAudio) args.AddRange(["-map", "0:a:0", "-c:a", "aac", "-b:a", $"{options.ProxyAudioBitrateKbps}k", "-ac", "2"]);
        args.AddRange(["-movflags", "+faststart", "-y", outputPath]);
        await RunAsync(args, source.DurationSeconds, "Rendering proxy", progress, ct);
        var info = await VideoInfo.ProbeAsync(outputPath, ct);
        return new PreviewVideo(outputPath, info.Width, info.Height, info.DurationSeconds);
    }

    /// <summary>
    /// <paramref name="count"/> frames at the centres of equal slices of the video, tiled left to right into one image
    /// (JPEG or PNG by the output's extension), each <paramref name="tileHeight"/> pixels high.
    /// </summary>
    public async Task<ThumbnailStrip> RenderThumbnailStripAsync(string sourcePath, string outputPath, int count, int? tileHeight = null, CancellationToken ct = default)
    {
        if (count is < 1 or > 200) throw new VideoProcessingException("INVALID_INPUT", "A thumbnail strip has 1..200 frames.");
        var source = await ProbeVideoAsync(sourcePath, ct);
        var th = Even(tileHeight ?? options.ThumbnailHeight);
        var tw = Even(th * (double)source.Width / source.Height);
        var lastFrame = Math.Max(0, source.DurationSeconds - 2 / Math.Max(1, source.Fps));
        var times = Enumerable.Range(0, count).Select(i => Math.Round(Math.Min((i + 0.5) * source.DurationSeconds / count, lastFrame), 3)).ToList();
        var frameSeconds = I(1.5 / Math.Max(1, source.Fps));
        var args = new List<string>();
        foreach (var t in times) args.AddRange(["-ss", I(t), "-t", frameSeconds, "-i", sourcePath]);
        var tiles = string.Concat(times.Select((_, i) => $"[{i}:v]trim=end_frame=1,scale={tw}:{th},setsar=1,format=yuvj420p[t{i}];"));
        var stack = count == 1 ? "[t0]null[out]" : string.Concat(times.Select((_, i) => $"[t{i}]")) + $"hstack=inputs={count}[out]";
        args.AddRange(["-filter_complex", tiles + stack, "-map", "[out]", "-frames:v", "1", "-update", "1"]);
        if (!outputPath.EndsWith(".png", StringComparison.OrdinalIgnoreCase)) args.AddRange(["-q:v", I(options.JpegQuality)]);
        args.AddRange(["-y", outputPath]);
        await RunAsync(args, 0, "Thumbnails", null, ct);
        return new ThumbnailStrip(outputPath, tw * count, th, tw, th, times);
    }

    private static async Task RunAsync(List<string> args, double seconds, string message, IProgress<VideoProgress>? progress, CancellationToken ct,
        Func<Stream, CancellationToken, Task>? readStdout = null)
    {
        try
        {
            await FfmpegProcess.RunAsync(args, readStdout: readStdout, progress: p =>
            {
                if (seconds > 0) progress?.Report(new VideoProgress(Math.Clamp(p.OutTime.TotalSeconds / seconds, 0, 1), message));
            }, ct: ct);
        }
        catch (FfmpegException e)
        {
            throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"{message} failed: {e.Message}", inner: e);
        }
        progress?.Report(new VideoProgress(1, message));
    }

    private static async Task<VideoInfo> ProbeVideoAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) throw new VideoProcessingException("INVALID_INPUT", $"'{path}' does not exist.");
        var info = await VideoInfo.ProbeAsync(path, ct);
        if (!info.HasVideo || info.Width <= 0 || info.DurationSeconds <= 0)
            throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"'{Path.GetFileName(path)}' has no video stream with a duration.");
        return info;
    }

    internal static (int Width, int Height) ProxySize(int width, int height, int shortSide)
    {
        var scale = Math.Min(1, shortSide / (double)Math.Min(width, height));
        return (Even(width * scale), Even(height * scale));
    }

    private static int Even(double v) => Math.Max(2, (int)Math.Round(v / 2) * 2);

    private static string I(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
}
