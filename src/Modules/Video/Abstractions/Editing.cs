namespace MediaCreator.Modules.Video.Abstractions;

/// <summary>One edit operation of a <c>video.edit</c> job, in the order given (contract <c>VideoOperationInput</c>).</summary>
public abstract record VideoEditOperation;

/// <summary>Cuts parts quieter than <see cref="ThresholdDb"/> for at least <see cref="MinSilenceMs"/>, keeping <see cref="PaddingMs"/> around speech.</summary>
public sealed record AutoCutSilenceEdit(int MinSilenceMs = 500, double ThresholdDb = -40, int PaddingMs = 100) : VideoEditOperation;

/// <summary>Cuts the given source ranges (filler words and retakes found in a transcript).</summary>
public sealed record RemoveRangesEdit(IReadOnlyList<TimeRange> Ranges) : VideoEditOperation;

/// <summary>Reframes to <see cref="Target"/>.</summary>
public sealed record AutoReframeEdit(AspectRatio Target, ReframeStrategy Strategy = ReframeStrategy.SmartCrop) : VideoEditOperation;

/// <summary>Burns in captions: the ASS script the job prepared (from a transcript or a subtitle file).</summary>
public sealed record BurnSubtitlesEdit(Transcript Transcript, string Style) : VideoEditOperation;

/// <summary>Transitions (e.g. <c>fade</c>, <c>slideleft</c>, <c>circleopen</c>: ffmpeg xfade names) at the cuts the chain made or between concatenated clips.</summary>
public sealed record AutoTransitionEdit(string? Style = null, int DurationMs = 300) : VideoEditOperation;

/// <summary>Effects preset (<c>punch-in</c>: zoom punch-ins on emphasis; others named by the editor) at 0..1 intensity.</summary>
public sealed record AutoEffectsEdit(string? Preset = null, double Intensity = 0.5) : VideoEditOperation;

/// <summary>Keeps <see cref="Start"/>..<see cref="End"/> seconds.</summary>
public sealed record TrimEdit(double Start, double End) : VideoEditOperation;

/// <summary>Appends clips (local files) after the current video, optionally with a transition.</summary>
public sealed record ConcatEdit(IReadOnlyList<string> ClipPaths, string? Transition = null, int TransitionMs = 500) : VideoEditOperation;

/// <summary>Plays at <see cref="Factor"/> times the speed (0.25..4), audio pitch kept.</summary>
public sealed record SpeedEdit(double Factor) : VideoEditOperation;

/// <summary>Places an image (or video) over the frame: a watermark or logo.</summary>
/// <param name="Position">top-left, top-right, bottom-left, bottom-right, center.</param>
/// <param name="Scale">Overlay width as a fraction of the frame width.</param>
public sealed record OverlayEdit(string OverlayPath, string Position = "bottom-right", double Scale = 0.2, double Opacity = 1,
    double? Start = null, double? End = null, int MarginPx = 24) : VideoEditOperation;

/// <summary>Mixes an audio track (music) in at <see cref="Volume"/>, ducked under speech when asked.</summary>
public sealed record AddAudioTrackEdit(string AudioPath, double Volume = 1, bool DuckUnderSpeech = true, double Start = 0, bool Loop = true) : VideoEditOperation;

/// <summary>Normalizes loudness to <see cref="TargetLufs"/> integrated with a true-peak ceiling.</summary>
public sealed record NormalizeAudioEdit(double TargetLufs = -14, double TruePeakDb = -1) : VideoEditOperation;

/// <summary>An edit: the source files (the first is the main video), operations in order, the output frame.</summary>
public sealed record VideoEditRequest(
    IReadOnlyList<string> Sources, IReadOnlyList<VideoEditOperation> Operations, string OutputPath, string ScratchDirectory,
    int? Width = null, int? Height = null, AspectRatio? Aspect = null, double? Fps = null);

/// <summary>One output of a multi-export: aspect, optional size, fitting strategy and the file to write.</summary>
public sealed record ExportTarget(AspectRatio Aspect, ReframeStrategy Strategy, string OutputPath, int? Width = null, int? Height = null);

/// <summary>The edit engine: chains operations into as few ffmpeg encodes as possible (one where it can).</summary>
public interface IVideoEditor
{
    /// <summary>Runs <paramref name="request"/> and returns the probed output.</summary>
    Task<VideoInfo> EditAsync(VideoEditRequest request, IProgress<VideoProgress>? progress, CancellationToken ct);

    /// <summary>Renders every target from one source in one decode (each reframed as its strategy says).</summary>
    Task<IReadOnlyList<VideoInfo>> ExportAsync(string sourcePath, IReadOnlyList<ExportTarget> targets, string scratchDirectory,
        IProgress<VideoProgress>? progress, CancellationToken ct);
}
