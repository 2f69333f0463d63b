namespace MediaCreator.Modules.Audio;

/// <summary>Bound from the <c>Audio</c> section.</summary>
public sealed class AudioOptions
{
    /// <summary>Default stem separator (<c>dsp</c>, <c>onnx</c>, <c>separation-http</c>).</summary>
    public string DefaultStemProvider { get; set; } = "dsp";

    /// <summary>Default music generator (<c>composer</c>, <c>stable-audio</c>, <c>replicate-musicgen</c>).</summary>
    public string DefaultMusicProvider { get; set; } = "composer";

    /// <summary>Longest input (minutes) per kind of work; longer inputs are refused before decoding.</summary>
    public double MaxAnalysisMinutes { get; set; } = 30;

    public double MaxStemMinutes { get; set; } = 20;

    public double MaxEditMinutes { get; set; } = 180;
}
