namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>
/// An OpenAI-compatible transcription server (bound from <c>Video:OpenAiTranscriber</c>): OpenAI itself, or a
/// Whisper server with the same API (faster-whisper-server / speaches, whisper.cpp's server, LocalAI).
/// </summary>
public sealed class OpenAiTranscriberOptions
{
    /// <summary>Server root; requests go to <c>{BaseUrl}/v1/audio/transcriptions</c>.</summary>
    public string BaseUrl { get; set; } = "https://api.openai.com";

    /// <summary>Bearer key; required by OpenAI, optional for a local server.</summary>
    public string? ApiKey { get; set; }

    /// <summary><c>whisper-1</c> on OpenAI (the model with word timestamps); e.g. <c>Systran/faster-whisper-small</c> on faster-whisper-server.</summary>
    public string Model { get; set; } = "whisper-1";

    /// <summary>The server's upload limit (OpenAI: 25 MB); larger media is sent as mono 16 kHz Opus.</summary>
    public long MaxUploadBytes { get; set; } = 25L * 1024 * 1024;

    public int CompressedBitrateKbps { get; set; } = 24;

    public double TimeoutSeconds { get; set; } = 600;

    public int MaxAttempts { get; set; } = 4;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A Retry-After longer than this fails the call instead of waiting.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>When the server returns words but no segments, a pause this long starts a new segment.</summary>
    public double SegmentPauseSeconds { get; set; } = 0.6;

    public string? ScratchDirectory { get; set; }
}
