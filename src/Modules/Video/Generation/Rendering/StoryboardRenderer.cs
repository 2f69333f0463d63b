using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Video.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Video.Generation.Rendering;

/// <summary>
/// Renders a storyboard to an H.264/AAC MP4 in one ffmpeg encode. Stills get their Ken Burns motion painted by
/// SkiaSharp (sub-pixel smooth, see <see cref="KenBurnsPainter"/>) and streamed as raw frames; ffmpeg does the
/// rest (video scenes, transitions, captions, narration with ducked music, fades) and its progress output drives ours.
/// Cancelling kills ffmpeg.
/// </summary>
public sealed class StoryboardRenderer(StoryboardRendererOptions? options = null)
{
    private readonly StoryboardRendererOptions _options = options ?? new StoryboardRendererOptions();

    public async Task<VideoInfo> RenderAsync(StoryboardRenderRequest request, IProgress<VideoProgress>? progress, CancellationToken ct)
    {
        Validate(request);
        Directory.CreateDirectory(request.ScratchDirectory);
        var clips = SceneTimeline.Build(request.Storyboard, request.Fps, out _);
        var sources = new List<SceneSource>(request.VisualPaths.Count);
        foreach (var path in request.VisualPaths) sources.Add(await ClassifyAsync(path, ct));

        progress?.Report(new VideoProgress(0, "Preparing narration and captions"));
        string? narration = null;
        var captions = request.Captions is null ? null : NarrationTrack.FromScenes(request.Storyboard);
        if (request.Narration is { } speech)
        {
            var built = await NarrationTrack.BuildAsync(request.Storyboard, speech, _options, Path.Combine(request.ScratchDirectory, "narration-track.wav"), ct);
            narration = built.Path;
            if (request.Captions is not null) captions = built.Captions;
        }
        string? ass = null;
        if (request.Captions is not null && captions!.Segments.Count > 0)
        {
            ass = Path.Combine(request.ScratchDirectory, "captions.ass");
            await request.Captions.WriteAssAsync(captions, request.CaptionStyle, request.Width, request.Height, ass, ct);
        }

        var (inputs, script) = RenderGraph.Build(request, clips, sources, narration, ass);
        var scriptPath = Path.Combine(request.ScratchDirectory, "graph.txt");
        await File.WriteAllTextAsync(scriptPath, script, ct);
        var duration = request.Storyboard.DurationSeconds;
        string[] output =
        [
            "-filter_complex_script", scriptPath, "-map", "[vout]", "-map", "[aout]",
            "-c:v", "libx264", "-preset", _options.Preset, "-crf", _options.Crf.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-pix_fmt", "yuv420p", "-r", RenderGraph.F(request.Fps), "-c:a", "aac", "-b:a", _options.AudioBitrate, "-ar", "48000",
            "-t", RenderGraph.F(duration), "-movflags", "+faststart", "-y", request.OutputPath,
        ];
        var stills = clips.Where(c => !sources[c.Scene].IsVideo).ToList();
        try
        {
            await FfmpegProcess.RunAsync([.. inputs, .. output],
                writeStdin: stills.Count == 0 ? null : (stdin, token) => WriteStillsAsync(stdin, request, stills, token),
                progress: p => progress?.Report(new VideoProgress(Math.Clamp(p.OutTime.TotalSeconds / duration, 0, 0.99), "Rendering")),
                ct: ct);
        }
        catch (FfmpegException e)
        {
            throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"Rendering the storyboard failed: {e.Message}", inner: e);
        }
        var info = await VideoInfo.ProbeAsync(request.OutputPath, ct);
        progress?.Report(new VideoProgress(1, "Rendered"));
        return info;
    }

    private static async Task WriteStillsAsync(Stream stdin, StoryboardRenderRequest request, IReadOnlyList<SceneClip> stills, CancellationToken ct)
    {
        var info = new SKImageInfo(request.Width, request.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var bitmap = new SKBitmap(info);
        using var canvas = new SKCanvas(bitmap);
        var buffer = new byte[info.BytesSize];
        foreach (var clip in stills)
        {
            using var image = StillLoader.Load(request.VisualPaths[clip.Scene], clip.Scene);
            using var painter = new KenBurnsPainter(image, request.Width, request.Height, request.Storyboard.Scenes[clip.Scene].Motion);
            for (var k = 0; k < clip.Frames; k++)
            {
                ct.ThrowIfCancellationRequested();
                painter.Paint(canvas, clip.Frames == 1 ? 0 : (double)k / (clip.Frames - 1));
                canvas.Flush();
                bitmap.GetPixelSpan().CopyTo(buffer);
                await stdin.WriteAsync(buffer, ct);
            }
        }
    }

    private static async Task<SceneSource> ClassifyAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) throw new VideoProcessingException("INVALID_INPUT", $"The scene visual '{Path.GetFileName(path)}' does not exist.");
        using (var codec = SKCodec.Create(path))
            if (codec is not null) return new SceneSource(path, false);
        var probe = await VideoInfo.ProbeAsync(path, ct);
        if (!probe.HasVideo) throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"'{Path.GetFileName(path)}' is neither an image nor a video.");
        return new SceneSource(path, true);
    }

    private static void Validate(StoryboardRenderRequest r)
    {
        if (r.Width < 16 || r.Height < 16 || r.Width % 2 != 0 || r.Height % 2 != 0 || r.Width > 4096 || r.Height > 4096)
            throw new VideoProcessingException("INVALID_INPUT", $"Frame {r.Width}x{r.Height} must be even and 16..4096 pixels a side.");
        if (!(r.Fps is >= 1 and <= 120)) throw new VideoProcessingException("INVALID_INPUT", $"{r.Fps} fps is outside 1..120.");
        if (r.VisualPaths.Count != r.Storyboard.Scenes.Count)
            throw new VideoProcessingException("INVALID_INPUT", $"{r.Storyboard.Scenes.Count} scenes need {r.Storyboard.Scenes.Count} visuals, got {r.VisualPaths.Count}.");
        if (r.MusicPath is not null && !File.Exists(r.MusicPath))
            throw new VideoProcessingException("INVALID_INPUT", $"The music file '{Path.GetFileName(r.MusicPath)}' does not exist.");
        if (r.FadeSeconds * 2 > r.Storyboard.DurationSeconds)
            throw new VideoProcessingException("INVALID_INPUT", "Fades are longer than half the video.");
    }
}
