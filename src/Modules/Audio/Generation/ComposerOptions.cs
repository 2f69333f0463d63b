namespace MediaCreator.Modules.Audio.Generation;

/// <summary>Settings of the built-in composer; bound from <c>Audio:Generation:Composer</c>.</summary>
public sealed class ComposerOptions
{
    public const string SectionName = "Audio:Generation:Composer";

    /// <summary>Output sample rate (stereo).</summary>
    public int SampleRate { get; set; } = 44100;

    /// <summary><c>auto</c> (fluidsynth when installed, else the built-in synthesizer), <c>fluidsynth</c> or <c>builtin</c>.</summary>
    public string Renderer { get; set; } = "auto";

    /// <summary>A General MIDI SoundFont for fluidsynth (the Debian ones are found when empty).</summary>
    public string? SoundFont { get; set; }

    /// <summary>Fade-out at the end of the requested duration (at most a quarter of the piece).</summary>
    public double FadeOutSeconds { get; set; } = 2.0;
}
