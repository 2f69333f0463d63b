namespace MediaCreator.Modules.Video.Abstractions;

/// <summary>Progress of a video operation: 0..1 and what it is doing. Jobs forward it (throttled) to subscribers.</summary>
public readonly record struct VideoProgress(double Fraction, string Message);

/// <summary>Thrown by video engines for a request they cannot serve; <see cref="Code"/> becomes the job's error code.</summary>
public sealed class VideoProcessingException(string code, string message, bool retryable = false, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>
    /// E.g. <c>INVALID_INPUT</c>, <c>UNSUPPORTED</c>, <c>UNSUPPORTED_MEDIA</c>, <c>PROVIDER_ERROR</c>,
    /// <c>PROVIDER_TIMEOUT</c>, <c>PROVIDER_NOT_CONFIGURED</c>, <c>CONTENT_POLICY</c>, <c>QUOTA_EXCEEDED</c>.
    /// </summary>
    public string Code { get; } = code;

    public bool Retryable { get; } = retryable;
}

/// <summary>Splits one progress range into stages, so an engine made of steps still reports 0..1 in order.</summary>
public static class VideoProgressExtensions
{
    /// <summary>A progress that maps its 0..1 onto <paramref name="from"/>..<paramref name="to"/> of <paramref name="outer"/>.</summary>
    public static IProgress<VideoProgress> Stage(this IProgress<VideoProgress>? outer, double from, double to, string? prefix = null) =>
        new StageProgress(outer, from, to, prefix);

    private sealed class StageProgress(IProgress<VideoProgress>? outer, double from, double to, string? prefix) : IProgress<VideoProgress>
    {
        public void Report(VideoProgress value) =>
            outer?.Report(new VideoProgress(from + (to - from) * Math.Clamp(value.Fraction, 0, 1),
                prefix is null ? value.Message : $"{prefix}: {value.Message}"));
    }
}
