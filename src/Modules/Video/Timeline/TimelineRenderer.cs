using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Timeline;

/// <summary>
/// Renders a timeline to an H.264/AAC MP4 in one ffmpeg run (see <see cref="TimelineGraph"/>); the proxy flag renders
/// the same graph at a low resolution with a fast preset. Text is burned in through libass (an ASS script), so Thai and
/// other complex scripts are shaped correctly and the text is timed by libass itself, with no image per clip.
/// </summary>
public sealed class TimelineRenderer(TimelineRendererOptions options)
{
    /// <summary>
    /// Renders <paramref name="document"/> (every clip's asset in <paramref name="media"/>) to <paramref name="outputPath"/>,
    /// writing its ASS script under <paramref name="scratchDirectory"/>. Invalid documents are <c>INVALID_INPUT</c>;
    /// ffmpeg failures are <c>UNSUPPORTED_MEDIA</c>. Returns the probed output.
    /// </summary>
    public async Task<VideoInfo> RenderAsync(TimelineDocument document, IReadOnlyDictionary<Guid, TimelineMediaFile> media, string outputPath,
        string scratchDirectory, bool proxy = false, IProgress<VideoProgress>? progress = null, CancellationToken ct = default)
    {
        var errors = TimelineValidator.Validate(document, media.ToDictionary(m => m.Key, m => m.Value.Info));
        if (errors.Count > 0)
            throw new VideoProcessingException("INVALID_INPUT", "The timeline is not valid: " + string.Join(" ", errors.Take(5).Select(e => $"{e.Code}: {e.Message}")));
        if (document.Duration <= 0) throw new VideoProcessingException("INVALID_INPUT", "The timeline has no clips.");
        foreach (var file in media.Values.Where(f => !File.Exists(f.Path)))
            throw new VideoProcessingException("INVALID_INPUT", $"Media file '{file.Path}' does not exist.");

        Directory.CreateDirectory(scratchDirectory);
        string? assPath = null;
        if (TimelineAss.HasText(document))
        {
            assPath = Path.Combine(scratchDirectory, $"timeline-{Guid.NewGuid():N}.ass");
            await File.WriteAllTextAsync(assPath, TimelineAss.Write(document, options), ct);
        }
        var (arguments, seconds) = BuildArguments(document, media, outputPath, assPath, proxy);
        progress?.Report(new VideoProgress(0, "Rendering timeline"));
        try
        {
            await FfmpegProcess.RunAsync(arguments, progress: p =>
                progress?.Report(new VideoProgress(Math.Clamp(p.OutTime.TotalSeconds / seconds, 0, 1), "Rendering timeline")), ct: ct);
        }
        catch (FfmpegException e)
        {
            throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"Rendering the timeline failed: {e.Message}", inner: e);
        }
        finally
        {
            if (assPath is not null) File.Delete(assPath);
        }
        progress?.Report(new VideoProgress(1, "Rendered timeline"));
        return await VideoInfo.ProbeAsync(outputPath, ct);
    }

    /// <summary>The ffmpeg arguments (after FfmpegProcess's own) and the output duration in seconds.</summary>
    internal (List<string> Arguments, double Seconds) BuildArguments(TimelineDocument document, IReadOnlyDictionary<Guid, TimelineMediaFile> media,
        string outputPath, string? assPath, bool proxy)
    {
        var (width, height) = FrameSize(document, proxy);
        var graph = new TimelineGraph(document, media, width, height);
        var (inputs, filter) = graph.Build(assPath);
        var args = new List<string>(inputs)
        {
            "-filter_complex", filter, "-map", "[vout]", "-map", "[aout]",
            "-c:v", "libx264", "-preset", proxy ? options.ProxyPreset : options.Preset, "-crf", (proxy ? options.ProxyCrf : options.Crf).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", $"{(proxy ? options.ProxyAudioBitrateKbps : options.AudioBitrateKbps)}k", "-ar", "48000",
            "-t", TimelineGraph.Num(graph.TotalSeconds), "-movflags", "+faststart", "-y", outputPath,
        };
        return (args, graph.TotalSeconds);
    }

    /// <summary>The document's frame, or for a proxy the same aspect with its short side at most <see cref="TimelineRendererOptions.ProxyShortSide"/> (even sizes).</summary>
    public (int Width, int Height) FrameSize(TimelineDocument document, bool proxy)
    {
        var scale = proxy ? Math.Min(1, options.ProxyShortSide / (double)Math.Min(document.Width, document.Height)) : 1;
        return scale >= 1 ? (document.Width, document.Height) : (Even(document.Width * scale), Even(document.Height * scale));
    }

    private static int Even(double v) => Math.Max(2, (int)Math.Round(v / 2) * 2);
}
