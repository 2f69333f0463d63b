namespace MediaCreator.Modules.Video;

/// <summary>Bound from the <c>Video</c> section.</summary>
public sealed class VideoOptions
{
    /// <summary>Transcription provider of subtitle jobs when the request names none: <c>pocketsphinx</c> (built in) or <c>openai</c>.</summary>
    public string DefaultTranscriber { get; set; } = "pocketsphinx";

    /// <summary>Text-to-speech provider of generated narration: <c>espeak-ng</c> (built in) or <c>openai</c>.</summary>
    public string DefaultSpeechProvider { get; set; } = "espeak-ng";

    /// <summary>Longest source a job accepts, in minutes.</summary>
    public double MaxSourceMinutes { get; set; } = 180;

    /// <summary>Longest video a generate job makes, in seconds.</summary>
    public double MaxGenerateSeconds { get; set; } = 600;
}
