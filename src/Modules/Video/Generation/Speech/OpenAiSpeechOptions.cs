using MediaCreator.Modules.Video.Generation.Providers;

namespace MediaCreator.Modules.Video.Generation.Speech;

/// <summary>An OpenAI-compatible <c>/v1/audio/speech</c> server; bound from <c>Video:Speech:OpenAi</c>.</summary>
public sealed class OpenAiSpeechOptions : HttpProviderOptions
{
    public OpenAiSpeechOptions()
    {
        BaseUrl = "https://api.openai.com";
        Timeout = TimeSpan.FromSeconds(60);
    }

    public string Model { get; set; } = "gpt-4o-mini-tts";

    /// <summary>Used when the request names no voice.</summary>
    public string Voice { get; set; } = "alloy";

    /// <summary>Silence between phrases in the joined narration.</summary>
    public double PauseSeconds { get; set; } = 0.3;
}
