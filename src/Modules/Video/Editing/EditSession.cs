using System.Globalization;
using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Editing.FilterText;

namespace MediaCreator.Modules.Video.Editing;

/// <summary>
/// One edit: walks the operations in order, growing one filtergraph, then encodes once. Analysis passes (silence,
/// emphasis, loudness) render only the audio of the graph so far. The one place an intermediate file is written is a
/// SmartCrop after other operations: the planner reads a file, so the chain so far is rendered for it first.
/// </summary>
internal sealed partial class EditSession(
    VideoEditRequest request, VideoEditorOptions options, IReframePlanner planner, ICaptionRenderer captions,
    IProgress<VideoProgress>? progress, CancellationToken ct)
{
    private const int AnalysisRate = 16000;
    private EditGraph _graph = null!;
    private Transition? _autoTransition;
    private IProgress<VideoProgress>? _analysis;
    private int _scratchFiles;

    private CancellationToken Ct => ct;

    public async Task<VideoInfo> RunAsync(VideoInfo main, double fps)
    {
        _graph = EditGraph.FromMain(request.Sources[0], main, fps, options.AudioSampleRate);
        _graph.ScriptDirectory = request.ScratchDirectory;
        _autoTransition = request.Operations.OfType<AutoTransitionEdit>().Select(t => new Transition(TransitionStyle(t.Style), t.DurationMs / 1000.0)).LastOrDefault();
        var analyses = request.Operations.Count(o => o is AutoCutSilenceEdit or AutoEffectsEdit or NormalizeAudioEdit
            or AutoReframeEdit { Strategy: ReframeStrategy.SmartCrop });
        var encodeFrom = analyses == 0 ? 0 : 0.25;
        var done = 0;
        foreach (var op in request.Operations)
        {
            ct.ThrowIfCancellationRequested();
            _analysis = progress.Stage(encodeFrom * done / Math.Max(1, analyses), encodeFrom * (done + 1) / Math.Max(1, analyses), Describe(op));
            await ApplyAsync(op);
            if (op is AutoCutSilenceEdit or AutoEffectsEdit or NormalizeAudioEdit or AutoReframeEdit { Strategy: ReframeStrategy.SmartCrop }) done++;
        }
        FitRequestedFrame();
        await EncodeAsync(request.OutputPath, progress.Stage(encodeFrom, 1));
        return await VideoInfo.ProbeAsync(request.OutputPath, ct);
    }

    private Task ApplyAsync(VideoEditOperation op) => op switch
    {
        AutoCutSilenceEdit s => CutSilenceAsync(s),
        RemoveRangesEdit r => Sync(() => RemoveRanges(r)),
        TrimEdit t => Sync(() => Trim(t)),
        ConcatEdit c => ConcatAsync(c),
        SpeedEdit s => Sync(() => Speed(s)),
        AutoTransitionEdit => Task.CompletedTask, // applied at every cut of the chain (see RunAsync)
        AutoReframeEdit r => ReframeAsync(r),
        BurnSubtitlesEdit b => BurnSubtitlesAsync(b),
        OverlayEdit o => Sync(() => Overlay(o)),
        AutoEffectsEdit e => EffectsAsync(e),
        AddAudioTrackEdit a => Sync(() => AddAudioTrack(a)),
        NormalizeAudioEdit n => NormalizeAsync(n),
        _ => throw new VideoProcessingException("UNSUPPORTED", $"The edit operation {op.GetType().Name} is not supported."),
    };

    private static Task Sync(Action action)
    {
        action();
        return Task.CompletedTask;
    }

    private static string Describe(VideoEditOperation op) => op.GetType().Name.Replace("Edit", "", StringComparison.Ordinal);

    private async Task EncodeAsync(string output, IProgress<VideoProgress> encodeProgress)
    {
        var g = _graph;
        g.VideoChain("format=yuv420p");
        await FfmpegRun.WriteAtomicallyAsync([output], async partials =>
        {
            var args = g.InputArguments(video: true, audio: true);
            args.AddRange(["-map", $"[{g.Video}]"]);
            if (g.Audio is not null) args.AddRange(["-map", $"[{g.Audio}]"]);
            args.AddRange(["-r", N(g.Fps)]);
            args.AddRange(FfmpegRun.EncodeArguments(options, g.Audio is not null));
            args.AddRange(["-y", partials[0]]);
            await FfmpegRun.RunAsync(args, g.Duration, encodeProgress, "encode the edit", ct);
        });
    }

    /// <summary>The graph's audio so far as mono 16 kHz loudness windows.</summary>
    private async Task<AudioEnvelope> AudioEnvelopeAsync(string what, double windowSeconds)
    {
        var g = _graph;
        if (g.Audio is null) throw new VideoProcessingException("INVALID_INPUT", $"{what} needs an audio track and the video has none.");
        var args = g.InputArguments(video: false, audio: true, $"[{g.Audio}]aresample={AnalysisRate},aformat=sample_fmts=s16:channel_layouts=mono[pcm]");
        args.AddRange(["-map", "[pcm]", "-f", "s16le", "pipe:1"]);
        var pcm = await FfmpegRun.ReadPcmAsync(args, g.Duration, _analysis, $"analyze the audio for {what}", ct);
        return AudioEnvelope.FromPcm(pcm, AnalysisRate, windowSeconds);
    }

    /// <summary>Renders the chain so far to a scratch file and continues from it (see the class summary).</summary>
    private async Task CheckpointAsync()
    {
        var path = ScratchPath("checkpoint", ".mkv");
        var g = _graph;
        var args = g.InputArguments(video: true, audio: true);
        args.AddRange(["-map", $"[{g.Video}]"]);
        if (g.Audio is not null) args.AddRange(["-map", $"[{g.Audio}]", "-c:a", "pcm_s16le"]);
        args.AddRange(["-c:v", "libx264", "-preset", "ultrafast", "-crf", "12", "-r", N(g.Fps), "-y", path]);
        await FfmpegRun.RunAsync(args, g.Duration, _analysis.Stage(0, 0.5), "render the chain for the reframe planner", ct);
        var info = await VideoInfo.ProbeAsync(path, ct);
        _graph = EditGraph.FromMain(path, info, g.Fps, g.SampleRate);
        _graph.ScriptDirectory = request.ScratchDirectory;
    }

    private string ScratchPath(string name, string extension)
    {
        Directory.CreateDirectory(request.ScratchDirectory);
        return Path.Combine(request.ScratchDirectory, $"{name}-{Interlocked.Increment(ref _scratchFiles).ToString(CultureInfo.InvariantCulture)}{extension}");
    }

    // The request's frame: when it names a size or aspect the chain did not reach, letterbox into it (nothing is cut).
    private void FitRequestedFrame()
    {
        if (request.Width is null && request.Height is null && request.Aspect is null) return;
        var target = TargetFrame(request.Aspect ?? new AspectRatio(_graph.Width, _graph.Height));
        if (target == (_graph.Width, _graph.Height)) return;
        ApplyReframe(target, ReframeStrategy.Letterbox, null);
    }
}
