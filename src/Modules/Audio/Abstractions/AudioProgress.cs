namespace MediaCreator.Modules.Audio.Abstractions;

/// <summary>Progress of an audio operation: 0..1 and what it is doing. Jobs forward it (throttled) to subscribers.</summary>
public readonly record struct AudioProgress(double Fraction, string Message);

/// <summary>Thrown by audio engines for a request they cannot serve; <see cref="Code"/> becomes the job's error code.</summary>
public sealed class AudioProcessingException(string code, string message, bool retryable = false, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>E.g. <c>INVALID_INPUT</c>, <c>UNSUPPORTED</c>, <c>PROVIDER_ERROR</c>, <c>PROVIDER_TIMEOUT</c>.</summary>
    public string Code { get; } = code;

    public bool Retryable { get; } = retryable;
}

/// <summary>Audio engines' progress onto a job's share of 0..1.</summary>
internal static class AudioProgressStages
{
    public static IProgress<AudioProgress> Stage(this Core.Jobs.Engine.JobProgressPump pump, double from, double to, string? prefix = null) =>
        pump.Stage<AudioProgress>(from, to, p => p.Fraction, p => p.Message, prefix);
}
