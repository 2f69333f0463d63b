namespace MediaCreator.Modules.Video.Generation.Speech;

/// <summary>Built-in text-to-speech with Debian's espeak-ng; bound from <c>Video:Speech:Espeak</c>.</summary>
public sealed class EspeakOptions
{
    /// <summary>The binary, <c>espeak-ng</c> on PATH by default.</summary>
    public string Binary { get; set; } = "espeak-ng";

    /// <summary>Speaking rate in words per minute (espeak-ng <c>-s</c>; its default is 175).</summary>
    public int WordsPerMinute { get; set; } = 160;

    /// <summary>Silence between phrases in the joined narration.</summary>
    public double PauseSeconds { get; set; } = 0.3;
}
