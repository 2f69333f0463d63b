namespace MediaCreator.Modules.Audio.Abstractions;

/// <summary>
/// A stem separator (<c>audio.stems</c> provider): built-in <c>dsp</c> (masking), <c>onnx</c> (a model file the user
/// supplies), <c>separation-http</c> (an external service). Returned stems have the mix's rate, channels and length.
/// </summary>
public interface IStemSeparator
{
    string Key { get; }

    string DisplayName { get; }

    bool BuiltIn { get; }

    /// <summary>Stems this provider can produce.</summary>
    IReadOnlyList<StemKind> SupportedStems { get; }

    Task<IReadOnlyDictionary<StemKind, AudioBuffer>> SeparateAsync(
        AudioBuffer mix, IReadOnlyCollection<StemKind> stems, IProgress<AudioProgress>? progress, CancellationToken ct);
}
