using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Jobs;

internal sealed partial class VideoJobRun
{
    /// <summary>Operations that change the timing of what follows them (a transcript of the source no longer fits after them).</summary>
    private static readonly HashSet<string> TimeChanging = ["AUTO_CUT_SILENCE", "TRIM", "CONCAT", "SPEED", "REMOVE_FILLER_WORDS", "AUTO_TRANSITION"];

    /// <summary>
    /// EDIT: the operations in order, in one encode. An operation that needs speech recognition of the video as it is
    /// at that point (automatic subtitles, filler-word removal) after one that changed its timing splits the chain:
    /// the part before is rendered first and recognized, so the words land where they are spoken in the output.
    /// </summary>
    public async Task<VideoJobOutput> EditAsync()
    {
        var ids = input.SourceAssetIds ?? [];
        if (ids.Count == 0) throw new VideoProcessingException("INVALID_INPUT", "sourceAssetIds: give at least one video.");
        var (main, mainPath) = await SourceAsync(ids[0], "sourceAssetIds[0]");
        await CheckedProbeAsync(mainPath, "sourceAssetIds[0]");
        var specs = input.Operations ?? [];
        if (specs.Count == 0 && ids.Count == 1) throw new VideoProcessingException("INVALID_INPUT", "operations: give at least one operation.");

        var pending = new List<VideoEditOperation>();
        if (ids.Count > 1)
        {
            var clips = new List<string>();
            for (var i = 1; i < ids.Count; i++) clips.Add((await SourceAsync(ids[i], $"sourceAssetIds[{i}]")).Path);
            pending.Add(new ConcatEdit(clips));
        }
        var splits = SplitPoints(specs, ids.Count > 1);
        var segments = splits.Count + 1;
        var current = mainPath;
        var currentAsset = (Asset?)main;
        var timeChanged = ids.Count > 1;
        var segment = 0;
        for (var i = 0; i < specs.Count; i++)
        {
            if (splits.Contains(i))
            {
                var intermediate = Scratch($"part-{segment}.mp4");
                await EditorRenderAsync(current, pending, intermediate, SegmentRange(segment, segments), final: false);
                (current, currentAsset, timeChanged) = (intermediate, null, false);
                pending.Clear();
                segment++;
            }
            var operation = await OperationAsync(specs[i], i, current, currentAsset, timeChanged, SegmentRange(segment, segments));
            pending.Add(operation);
            timeChanged |= TimeChanging.Contains(specs[i].Type);
        }
        var output = Scratch("edited.mp4");
        await EditorRenderAsync(current, pending, output, SegmentRange(segment, segments), final: true);
        var (asset, result) = await SaveVideoAsync(0, output, NameFrom(main, "edited"), main.Id);
        await RecordCostAsync(result.DurationSeconds);
        return new VideoJobOutput(input.Mode, [asset.Id]);
    }

    /// <summary>Where the chain must be rendered before operation i: recognition after a timing change.</summary>
    private static HashSet<int> SplitPoints(IReadOnlyList<VideoOperationSpec> specs, bool startsChanged)
    {
        var splits = new HashSet<int>();
        var changed = startsChanged;
        for (var i = 0; i < specs.Count; i++)
        {
            if (NeedsRecognition(specs[i]) && changed)
            {
                splits.Add(i);
                changed = false;
            }
            changed |= TimeChanging.Contains(specs[i].Type);
        }
        return splits;
    }

    private static bool NeedsRecognition(VideoOperationSpec spec) =>
        spec.Type == "REMOVE_FILLER_WORDS" || (spec.Type == "ADD_SUBTITLE" && spec.SubtitleMode is null or "AUTO");

    private static (double From, double To) SegmentRange(int segment, int segments) =>
        (0.02 + 0.96 * segment / segments, 0.02 + 0.96 * (segment + 1) / segments);

    private async Task EditorRenderAsync(string source, IReadOnlyList<VideoEditOperation> operations, string output, (double From, double To) range,
        bool final)
    {
        var editor = handler.Engine<IVideoEditor>("video edit");
        var (width, height) = RequestedSize;
        var request = new VideoEditRequest([source], operations, output, scratch,
            final ? width : null, final ? height : null, final && input.AspectRatio is { } ratio ? AspectRatio.Parse(ratio) : null,
            final ? input.Fps : null);
        // Recognition (if any) took the first third of this part's range; rendering gets the rest.
        var from = range.From + (range.To - range.From) / 3;
        await editor.EditAsync(request, Stage(from, range.To, final ? "rendering" : "rendering part"), Token);
    }

    /// <summary>One contract operation as the editor's record; recognition runs here for the operations that need it.</summary>
    private async Task<VideoEditOperation> OperationAsync(VideoOperationSpec spec, int index, string current, Asset? currentAsset, bool timeChanged,
        (double From, double To) range)
    {
        var field = $"operations[{index}]";
        var recognition = Stage(range.From, range.From + (range.To - range.From) / 3, "recognizing speech");
        switch (spec.Type)
        {
            case "AUTO_CUT_SILENCE":
                return new AutoCutSilenceEdit(spec.MinSilenceMs ?? 500, spec.ThresholdDb ?? -40, spec.PaddingMs ?? 100);
            case "AUTO_REFRAME":
                return new AutoReframeEdit(AspectRatio.Parse(spec.TargetAspectRatio ?? "RATIO_9_16"), Strategy(spec.Strategy));
            case "ADD_SUBTITLE":
            {
                var transcript = spec.SubtitleMode == "FROM_ASSET"
                    ? await SubtitleFileAsync(spec.SubtitleAssetId ?? throw new VideoProcessingException("INVALID_INPUT", $"{field}: FROM_ASSET needs subtitleAssetId."),
                        $"{field}.subtitleAssetId", spec.Language)
                    : await TranscriptOfAsync(timeChanged ? null : currentAsset, current, spec.Language, spec.Provider, recognition);
                return new BurnSubtitlesEdit(transcript, spec.Style ?? "STANDARD");
            }
            case "REMOVE_FILLER_WORDS":
            {
                var transcript = await TranscriptOfAsync(timeChanged ? null : currentAsset, current, spec.Language, spec.Provider, recognition);
                return new RemoveRangesEdit(FillerRanges(transcript));
            }
            case "AUTO_TRANSITION":
                return new AutoTransitionEdit(spec.Transition ?? spec.Style, spec.DurationMs ?? 300);
            case "AUTO_EFFECTS":
                return new AutoEffectsEdit(spec.Preset, spec.Intensity ?? 0.5);
            case "TRIM":
                return new TrimEdit(spec.StartSeconds ?? 0, spec.EndSeconds ?? throw new VideoProcessingException("INVALID_INPUT", $"{field}: trim needs endSeconds."));
            case "CONCAT":
            {
                var clips = new List<string>();
                var assetIds = spec.AssetIds ?? [];
                for (var i = 0; i < assetIds.Count; i++) clips.Add((await SourceAsync(assetIds[i], $"{field}.assetIds[{i}]")).Path);
                return new ConcatEdit(clips, spec.Transition, spec.DurationMs ?? 500);
            }
            case "ADD_AUDIO_TRACK":
            {
                var (_, path) = await SourceAsync(spec.AudioAssetId ?? throw new VideoProcessingException("INVALID_INPUT", $"{field}: audioAssetId is required."),
                    $"{field}.audioAssetId", AssetType.Audio, AssetType.Video);
                return new AddAudioTrackEdit(path, spec.Volume ?? 1, spec.DuckUnderSpeech ?? true, spec.StartSeconds ?? 0);
            }
            case "SPEED":
                return new SpeedEdit(spec.Factor ?? 1);
            case "OVERLAY":
            {
                var (_, path) = await SourceAsync(spec.OverlayAssetId ?? throw new VideoProcessingException("INVALID_INPUT", $"{field}: assetId is required."),
                    $"{field}.assetId", AssetType.Image, AssetType.Video);
                return new OverlayEdit(path, Position(spec.Position), spec.Scale ?? 0.2, spec.Opacity ?? 1, spec.StartSeconds, spec.EndSeconds);
            }
            case "NORMALIZE_AUDIO":
                return new NormalizeAudioEdit(spec.TargetLufs ?? -14, spec.TruePeakDb ?? -1);
            default:
                throw new VideoProcessingException("INVALID_INPUT", $"{field}: unknown operation '{spec.Type}'.");
        }
    }

    private static string Position(string? name) => name switch
    {
        null or "BOTTOM_RIGHT" => "bottom-right",
        "BOTTOM_LEFT" => "bottom-left",
        "TOP_LEFT" => "top-left",
        "TOP_RIGHT" => "top-right",
        "CENTER" => "center",
        _ => throw new VideoProcessingException("INVALID_INPUT", $"Unknown overlay position '{name}'."),
    };

    /// <summary>MULTI_EXPORT: every target from one decode, each reframed as its strategy says, each an asset with VideoMetadata.</summary>
    public async Task<VideoJobOutput> ExportAsync()
    {
        var id = input.SourceAssetIds is [var first, ..] ? first : throw new VideoProcessingException("INVALID_INPUT", "sourceAssetId is required.");
        var (source, path) = await SourceAsync(id, "sourceAssetId");
        var info = await CheckedProbeAsync(path, "sourceAssetId");
        var specs = input.ExportTargets ?? [];
        if (specs.Count == 0) throw new VideoProcessingException("INVALID_INPUT", "targets: give at least one target.");
        var targets = specs.Select((t, i) =>
        {
            var aspect = AspectRatio.Parse(t.AspectRatio);
            return new ExportTarget(aspect, Strategy(t.Strategy), Scratch($"export-{i}.mp4"), t.Resolution?.Width, t.Resolution?.Height);
        }).ToList();
        var editor = handler.Engine<IVideoEditor>("video edit");
        await editor.ExportAsync(path, targets, scratch, Stage(0.02, 0.9, "exporting"), Token);
        var assets = new List<Guid>();
        for (var i = 0; i < targets.Count; i++)
        {
            progress.Report(0.9 + 0.09 * i / targets.Count, $"saving {targets[i].Aspect}");
            var (asset, _) = await SaveVideoAsync(i, targets[i].OutputPath, NameFrom(source, targets[i].Aspect.ToString().Replace(':', 'x')), source.Id,
                extra: new Dictionary<string, object?> { ["strategy"] = specs[i].Strategy });
            assets.Add(asset.Id);
        }
        await RecordCostAsync(info.DurationSeconds * targets.Count);
        return new VideoJobOutput(input.Mode, assets);
    }

    /// <summary>Probes a source and refuses one without video or longer than the configured limit.</summary>
    private async Task<VideoInfo> CheckedProbeAsync(string path, string field)
    {
        var info = await VideoInfo.ProbeAsync(path, Token);
        if (!info.HasVideo) throw new VideoProcessingException("UNSUPPORTED_MEDIA", $"{field}: the file has no video stream.");
        if (info.DurationSeconds > handler.Options.MaxSourceMinutes * 60)
            throw new VideoProcessingException("INVALID_INPUT",
                $"{field}: the video lasts {info.DurationSeconds / 60:0.#} minutes; the limit is {handler.Options.MaxSourceMinutes} (Video:MaxSourceMinutes).");
        return info;
    }
}
