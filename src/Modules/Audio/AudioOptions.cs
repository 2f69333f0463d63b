namespace MediaCreator.Modules.Audio;

/// <summary>Bound from the <c>Audio</c> section.</summary>
public sealed class AudioOptions
{
    /// <summary>General MIDI SoundFont for rendering (the first GM SoundFont under /usr/share/sounds/sf2 when empty).</summary>
    public string? SoundFont { get; set; }

    /// <summary>Default stem separator (<c>dsp</c>, <c>onnx</c>, <c>separation-http</c>).</summary>
    public string DefaultStemProvider { get; set; } = "dsp";

    /// <summary>Default music generator (<c>composer</c>, <c>stable-audio</c>, <c>replicate-musicgen</c>).</summary>
    public string DefaultMusicProvider { get; set; } = "composer";

    /// <summary>Longest input (minutes) per kind of work; longer inputs are refused before decoding.</summary>
    public double MaxAnalysisMinutes { get; set; } = 30;

    public double MaxStemMinutes { get; set; } = 20;

    public double MaxEditMinutes { get; set; } = 180;
}
