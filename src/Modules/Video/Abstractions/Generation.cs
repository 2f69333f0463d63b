namespace MediaCreator.Modules.Video.Abstractions;

/// <summary>A music analysis as the <c>music.analyze</c> job reports it (beats, sections, energy), read from its output.</summary>
public sealed record MusicTiming(double DurationSeconds, double? Bpm, IReadOnlyList<double> Beats, IReadOnlyList<MusicSection> Sections,
    IReadOnlyList<EnergyPoint> Energy);

/// <summary>A labelled section (intro, verse, chorus...) of a song.</summary>
public sealed record MusicSection(double Start, double End, string Label);

/// <summary>Loudness/energy 0..1 at a time.</summary>
public sealed record EnergyPoint(double Time, double Value);

/// <summary>
/// What an external text-to-video service (Runway, Luma, Pika style: submit, poll, download) is asked for.
/// </summary>
/// <param name="ImagePath">A start image (image-to-video), when the service takes one.</param>
public sealed record TextToVideoRequest(string Prompt, double DurationSeconds, AspectRatio Aspect, int Width, int Height,
    string? Style, string? ImagePath, string OutputPath);

/// <summary>An external text/image-to-video provider: submits a task, polls it, downloads the MP4.</summary>
public interface ITextToVideoProvider
{
    /// <summary>Provider key, e.g. <c>runway</c>, <c>luma</c>, <c>pika</c>.</summary>
    string Key { get; }

    /// <summary>Generates into <see cref="TextToVideoRequest.OutputPath"/>; failures are <see cref="VideoProcessingException"/>s with provider codes.</summary>
    Task<VideoInfo> GenerateAsync(TextToVideoRequest request, IProgress<VideoProgress>? progress, CancellationToken ct);
}
