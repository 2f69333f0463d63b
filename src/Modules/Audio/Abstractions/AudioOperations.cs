using MediaCreator.Modules.Audio.Codecs;

namespace MediaCreator.Modules.Audio.Abstractions;

/// <summary>GraphQL <c>EqPreset</c>.</summary>
public enum EqPresetKind
{
    Voice,
    Music,
    Warm,
    Bright,
    BassBoost,
}

/// <summary>One peaking EQ band.</summary>
public sealed record EqBandSpec(double FrequencyHz, double GainDb, double Q = 1.0);

/// <summary>A remaster / podcast operation, applied in list order.</summary>
public abstract record AudioOperationSpec;

/// <summary>Spectral noise reduction (noise profile from the quietest frames); strength 0..1.</summary>
public sealed record NoiseReductionSpec(double Strength = 0.5) : AudioOperationSpec;

/// <summary>High-pass plus shelves/peaks of a preset, then the explicit bands.</summary>
public sealed record EqualizeSpec(EqPresetKind? Preset, IReadOnlyList<EqBandSpec> Bands) : AudioOperationSpec;

/// <summary>Downward compressor (RMS detector, soft knee) with make-up gain.</summary>
public sealed record CompressSpec(double ThresholdDb = -18, double Ratio = 3, double AttackMs = 10, double ReleaseMs = 120, double MakeupDb = 0) : AudioOperationSpec;

/// <summary>De-esser: dynamic cut of the sibilance band (around <paramref name="FrequencyHz"/>) when it dominates.</summary>
public sealed record DeEssSpec(double Strength = 0.5, double FrequencyHz = 6500) : AudioOperationSpec;

/// <summary>Two-pass loudness normalization to an integrated target with a true-peak ceiling, measured after and corrected.</summary>
public sealed record NormalizeSpec(double TargetLufs = -14, double TruePeakDb = -1) : AudioOperationSpec;

/// <summary>Removes [start, end) seconds.</summary>
public sealed record CutSpec(double StartSeconds, double EndSeconds) : AudioOperationSpec;

/// <summary>Keeps only [start, end) seconds.</summary>
public sealed record TrimSpec(double StartSeconds, double EndSeconds) : AudioOperationSpec;

/// <summary>Appends <paramref name="Parts"/> (already decoded) with an equal-power crossfade.</summary>
public sealed record JoinSpec(IReadOnlyList<AudioBuffer> Parts, double CrossfadeSeconds = 0) : AudioOperationSpec;

/// <summary>Gain curve of a fade (progress u from 0 = silent to 1 = full level).</summary>
public enum FadeShape
{
    /// <summary>sin(u·π/2): equal power, the default.</summary>
    QuarterSine,

    /// <summary>u.</summary>
    Linear,

    /// <summary>(1 - cos(u·π)) / 2: slow start and end.</summary>
    SCurve,

    /// <summary>Linear in dB from -60 dB to 0 dB (sounds even to the ear on music tails).</summary>
    Logarithmic,
}

/// <summary>Fade in at the start and/or out at the end (seconds), with the curve <paramref name="Shape"/>.</summary>
public sealed record FadeSpec(double InSeconds, double OutSeconds, FadeShape Shape = FadeShape.QuarterSine) : AudioOperationSpec;

/// <summary>Removes silences longer than <paramref name="MinSilenceSeconds"/> below <paramref name="ThresholdDb"/>, keeping <paramref name="MarginSeconds"/> each side.</summary>
public sealed record RemoveSilenceSpec(double ThresholdDb = -45, double MinSilenceSeconds = 0.6, double MarginSeconds = 0.15) : AudioOperationSpec;

/// <summary>Podcast clean-up: denoise, voice EQ and silence removal as one step.</summary>
public sealed record CleanSpec(bool RemoveSilence = true, bool RemoveFillerWords = false, bool Denoise = true) : AudioOperationSpec;

/// <summary>The processed audio, the chapters moved along with the edits, and the loudness before and after.</summary>
public sealed record AudioProcessingResult(
    AudioBuffer Audio,
    IReadOnlyList<AudioChapter> Chapters,
    Dsp.LoudnessMeasurement Before,
    Dsp.LoudnessMeasurement After,
    IReadOnlyList<string> Notes);

/// <summary>Runs remaster and podcast operations (built-in provider <c>dsp</c>).</summary>
public interface IAudioProcessor
{
    /// <summary>Provider key (built-in <c>dsp</c>).</summary>
    string Key { get; }

    Task<AudioProcessingResult> ApplyAsync(
        AudioBuffer input, IReadOnlyList<AudioOperationSpec> operations, IReadOnlyList<AudioChapter>? chapters,
        IProgress<AudioProgress>? progress, CancellationToken ct);
}
