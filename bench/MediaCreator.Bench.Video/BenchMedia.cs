using System.Globalization;
using System.Runtime.InteropServices;
using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Editing;

namespace MediaCreator.Bench.Video;

/// <summary>The bench clip and the hand-written ffmpeg commands our jobs are measured against.</summary>
internal sealed class BenchMedia(string dir, VideoEditorOptions options)
{
    private static string N(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>testsrc2 with speech-like 300 Hz..1 kHz tone bursts of 0.6..3 s separated by 0.3..1.5 s silences.</summary>
    public async Task<string> SourceAsync(double seconds, int height)
    {
        var random = new Random(7);
        var bursts = new List<string>();
        for (var t = 0.4; t < seconds - 0.5;)
        {
            var length = 0.6 + random.NextDouble() * 2.4;
            bursts.Add($"between(t,{N(t)},{N(Math.Min(seconds, t + length))})");
            t += length + 0.3 + random.NextDouble() * 1.2;
        }
        var width = (int)Math.Round(height * 16 / 9.0 / 2) * 2;
        var path = Path.Combine(dir, "source.mp4");
        await FfmpegProcess.RunAsync(["-f", "lavfi", "-i", $"testsrc2=s={width}x{height}:r=30:d={N(seconds)}",
            "-f", "lavfi", "-i", $"aevalsrc=exprs='0.4*sin(2*PI*(300+700*abs(sin(t/3)))*t)*({string.Join("+", bursts)})':s=48000:d={N(seconds)}",
            "-c:v", "libx264", "-preset", "ultrafast", "-crf", "18", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "160k", "-shortest", "-y", path]);
        return path;
    }

    /// <summary>The frame spans our silence cut keeps (found the same way, outside the timed runs).</summary>
    public async Task<List<(int Start, int End)>> KeepRangesAsync(string source, AutoCutSilenceEdit edit)
    {
        using var buffer = new MemoryStream();
        await FfmpegProcess.RunAsync(["-i", source, "-vn", "-ac", "1", "-ar", "16000", "-f", "s16le", "pipe:1"], readStdout: (s, ct) => s.CopyToAsync(buffer, ct));
        var pcm = MemoryMarshal.Cast<byte, short>(buffer.ToArray().AsSpan()).ToArray();
        var info = await VideoInfo.ProbeAsync(source, CancellationToken.None);
        var envelope = AudioEnvelope.FromPcm(pcm, 16000, 0.01);
        var keep = AudioEnvelope.KeepRanges(envelope.Silences(edit.ThresholdDb, edit.MinSilenceMs / 1000.0), info.DurationSeconds, edit.PaddingMs / 1000.0);
        return Cuts.Snap(keep, info.Fps, info.DurationSeconds);
    }

    /// <summary>What one would type: split, trim/atrim each kept span, concat.</summary>
    public string HandCut(List<(int Start, int End)> frames, double fps)
    {
        var n = frames.Count;
        var v = string.Concat(Enumerable.Range(0, n).Select(i => $"[v{i}]"));
        var a = string.Concat(Enumerable.Range(0, n).Select(i => $"[a{i}]"));
        var parts = new List<string> { $"[0:v]split={n}{v}", $"[0:a]asplit={n}{a}" };
        for (var i = 0; i < n; i++)
        {
            var (s, e) = frames[i];
            parts.Add($"[v{i}]trim=start_frame={s}:end_frame={e},setpts=PTS-STARTPTS[tv{i}]");
            parts.Add($"[a{i}]atrim=start={N(s / fps)}:end={N(e / fps)},asetpts=PTS-STARTPTS[ta{i}]");
        }
        parts.Add($"{string.Concat(Enumerable.Range(0, n).Select(i => $"[tv{i}][ta{i}]"))}concat=n={n}:v=1:a=1[v][a]");
        return string.Join(";", parts);
    }

    public static string HandCenterCrop(int w, int h, (int W, int H) target)
    {
        var cw = (int)(h * target.W / (double)target.H) / 2 * 2;
        var ch = h;
        if (cw > w) (cw, ch) = (w, (int)(w * target.H / (double)target.W) / 2 * 2);
        return $"crop={cw}:{ch},scale={target.W}:{target.H},setsar=1";
    }

    /// <summary>A moving crop written as nested if()s of t, the usual hand-written form.</summary>
    public static string HandPathCrop(CropPath path, (int W, int H) target)
    {
        var k = path.Keyframes;
        var x = N(k[^1].X);
        for (var i = k.Count - 1; i > 0; i--)
            x = $"if(lt(t,{N(k[i].Time)}),{N(k[i - 1].X)}+({N(k[i].X - k[i - 1].X)})*(t-{N(k[i - 1].Time)})/{N(k[i].Time - k[i - 1].Time)},{x})";
        return $"crop={path.CropWidth}:{path.CropHeight}:x='{x}':y={N(k[0].Y)},scale={target.W}:{target.H},setsar=1";
    }

    public static string HandReframe(ReframeStrategy strategy, int w, int h, AspectRatio aspect)
    {
        var (tw, th) = aspect.FrameSize(shortSide: Math.Min(1080, Math.Min(w, h)));
        return strategy switch
        {
            ReframeStrategy.Letterbox => $"scale={tw}:{th}:force_original_aspect_ratio=decrease:force_divisible_by=2,pad={tw}:{th}:(ow-iw)/2:(oh-ih)/2,setsar=1",
            ReframeStrategy.BlurPad => $"split[a][b];[a]scale={tw / 8 / 2 * 2}:{th / 8 / 2 * 2}:force_original_aspect_ratio=increase,crop={tw / 8 / 2 * 2}:{th / 8 / 2 * 2}," +
                                       $"boxblur=6:2,scale={tw}:{th},setsar=1[bg];[b]scale={tw}:{th}:force_original_aspect_ratio=decrease:force_divisible_by=2[fg];" +
                                       "[bg][fg]overlay=(W-w)/2:(H-h)/2,setsar=1",
            _ => HandCenterCrop(w, h, (tw, th)),
        };
    }

    /// <summary>ffmpeg with one filter_complex ending in [v] (and [a], or a mapped input audio stream).</summary>
    public Task FfmpegAsync(string source, string graph, string output, string? audioStream = null) =>
        FfmpegProcess.RunAsync(["-i", source, "-filter_complex", graph, "-map", "[v]", "-map", audioStream ?? "[a]",
            "-c:v", "libx264", "-preset", options.Preset, "-crf", options.Crf.ToString(CultureInfo.InvariantCulture), "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", $"{options.AudioBitrateKbps}k", "-movflags", "+faststart", "-y", Path.Combine(dir, output)]);
}

/// <summary>A fixed crop path panning left to right and back: the bench measures the crop, not a planner.</summary>
internal sealed class PanningPlanner : IReframePlanner
{
    public async Task<ReframePlan> PlanAsync(string videoPath, AspectRatio target, IProgress<VideoProgress>? progress, CancellationToken ct)
    {
        var info = await VideoInfo.ProbeAsync(videoPath, ct);
        var cw = Math.Min(info.Width, (int)(info.Height * target.Value) / 2 * 2);
        var ch = Math.Min(info.Height, (int)(cw / target.Value) / 2 * 2);
        var keys = Enumerable.Range(0, 13).Select(i => new CropKeyframe(info.DurationSeconds * i / 12, (info.Width - cw) * (i % 2 == 0 ? 0.1 : 0.9), (info.Height - ch) / 2.0)).ToList();
        return new ReframePlan(new CropPath(info.Width, info.Height, cw, ch, keys), "fixed", 0, 0);
    }
}

internal sealed class NoCaptions : ICaptionRenderer
{
    public Task WriteAssAsync(Transcript transcript, string style, int width, int height, string assPath, CancellationToken ct) =>
        throw new VideoProcessingException("UNSUPPORTED", "The bench burns no captions.");
}
