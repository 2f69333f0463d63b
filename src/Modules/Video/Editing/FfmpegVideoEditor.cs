using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Editing.FilterText;

namespace MediaCreator.Modules.Video.Editing;

/// <summary>
/// The built-in edit and multi-export engine on ffmpeg: an edit's operations become one filtergraph and one encode
/// (see <see cref="EditSession"/>); an export decodes the source once and splits it into every target.
/// </summary>
public sealed class FfmpegVideoEditor(IReframePlanner planner, ICaptionRenderer captions, VideoEditorOptions options) : IVideoEditor
{
    public async Task<VideoInfo> EditAsync(VideoEditRequest request, IProgress<VideoProgress>? progress, CancellationToken ct)
    {
        if (request.Sources.Count == 0) throw new VideoProcessingException("INVALID_INPUT", "An edit needs a source video.");
        if (string.IsNullOrWhiteSpace(request.OutputPath)) throw new VideoProcessingException("INVALID_INPUT", "An edit needs an output path.");
        if (request.Fps is <= 0 or > 240) throw new VideoProcessingException("INVALID_INPUT", "fps must be within 0..240.");
        var main = await ProbeSourceAsync(request.Sources[0], ct);
        var fps = request.Fps ?? (main.Fps > 0 ? main.Fps : options.DefaultFps);
        return await new EditSession(request, options, planner, captions, progress, ct).RunAsync(main, fps);
    }

    public async Task<IReadOnlyList<VideoInfo>> ExportAsync(string sourcePath, IReadOnlyList<ExportTarget> targets, string scratchDirectory,
        IProgress<VideoProgress>? progress, CancellationToken ct)
    {
        if (targets.Count == 0) throw new VideoProcessingException("INVALID_INPUT", "An export needs at least one target.");
        if (targets.Select(t => Path.GetFullPath(t.OutputPath)).Distinct().Count() != targets.Count)
            throw new VideoProcessingException("INVALID_INPUT", "Every export target needs its own output path.");
        var source = await ProbeSourceAsync(sourcePath, ct);
        var fps = source.Fps > 0 ? source.Fps : options.DefaultFps;
        var g = EditGraph.FromMain(sourcePath, source, fps, options.AudioSampleRate);
        g.ScriptDirectory = scratchDirectory;
        var plans = new CropPath?[targets.Count];
        var smart = targets.Count(t => t.Strategy == ReframeStrategy.SmartCrop);
        var planned = 0;
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i].Strategy != ReframeStrategy.SmartCrop) continue;
            var stage = progress.Stage(0.2 * planned / smart, 0.2 * (planned + 1) / smart, $"plan {targets[i].Aspect}");
            plans[i] = (await planner.PlanAsync(sourcePath, targets[i].Aspect, stage, ct)).Path;
            planned++;
        }

        var (videos, audios) = g.Split(targets.Count);
        var outputs = new List<(string Video, string? Audio)>();
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            var frame = t.Aspect.FrameSize(t.Width, t.Height, Math.Min(options.MaxShortSide, Math.Min(source.Width, source.Height)));
            var v = g.Label("o");
            g.AddVideo(ReframeFilters.Build(videos[i], v, g.Width, g.Height, frame, t.Strategy, plans[i], g.Label));
            var f = g.Label("o");
            g.AddVideo($"[{v}]format=yuv420p[{f}]");
            outputs.Add((f, audios[i]));
        }
        await FfmpegRun.WriteAtomicallyAsync(targets.Select(t => t.OutputPath).ToList(), async partials =>
        {
            var args = g.InputArguments(video: true, audio: true);
            for (var i = 0; i < targets.Count; i++)
            {
                args.AddRange(["-map", $"[{outputs[i].Video}]"]);
                if (outputs[i].Audio is { } a) args.AddRange(["-map", $"[{a}]"]);
                args.AddRange(["-r", N(fps)]);
                args.AddRange(FfmpegRun.EncodeArguments(options, outputs[i].Audio is not null));
                args.AddRange(["-y", partials[i]]);
            }
            await FfmpegRun.RunAsync(args, source.DurationSeconds, progress.Stage(smart > 0 ? 0.2 : 0, 1), $"export {targets.Count} formats", ct);
        });
        var results = new List<VideoInfo>();
        foreach (var t in targets) results.Add(await VideoInfo.ProbeAsync(t.OutputPath, ct));
        return results;
    }

    /// <summary>Probes an input: a missing file is INVALID_INPUT, an unreadable one or one without video UNSUPPORTED_MEDIA.</summary>
    internal static async Task<VideoInfo> ProbeSourceAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) throw new VideoProcessingException("INVALID_INPUT", $"The source '{Path.GetFileName(path)}' does not exist.");
        var info = await VideoInfo.ProbeAsync(path, ct);
        if (!info.HasVideo || info.Width <= 0 || info.Height <= 0)
            throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"'{Path.GetFileName(path)}' has no video stream.");
        if (info.DurationSeconds <= 0) throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"'{Path.GetFileName(path)}' has no duration.");
        return info;
    }
}
