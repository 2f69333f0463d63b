namespace MediaCreator.Modules.Audio.Generation.Providers;

/// <summary>Settings every HTTP music provider shares; bound from <c>Audio:Generation:&lt;Name&gt;</c>.</summary>
public abstract class MusicProviderOptions
{
    /// <summary>Service root without the API version, e.g. <c>https://api.stability.ai</c>.</summary>
    public string? BaseUrl { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Budget of one HTTP attempt (connect, send, read the whole body).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(180);

    /// <summary>Extra attempts after a 429, 408, 5xx or network failure.</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest Retry-After we wait ourselves; a longer one ends our retries (the job engine retries later).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longest piece the service makes.</summary>
    public double MaxDurationSeconds { get; set; } = 190;
}

/// <summary>Stability AI Stable Audio 2 (<c>stable-audio</c>); section <c>Audio:Generation:StableAudio</c>.</summary>
public sealed class StableAudioOptions : MusicProviderOptions
{
    public const string SectionName = "Audio:Generation:StableAudio";

    public StableAudioOptions() => BaseUrl = "https://api.stability.ai";

    /// <summary>The <c>model</c> form field: <c>stable-audio-2</c> or <c>stable-audio-2.5</c>.</summary>
    public string Model { get; set; } = "stable-audio-2";

    /// <summary><c>wav</c> or <c>mp3</c>.</summary>
    public string OutputFormat { get; set; } = "wav";

    /// <summary>Diffusion steps (the service's default when null).</summary>
    public int? Steps { get; set; }

    /// <summary>Prompt adherence (the service's default when null).</summary>
    public double? CfgScale { get; set; }
}

/// <summary>A Replicate-hosted music model such as MusicGen (<c>replicate-musicgen</c>); section <c>Audio:Generation:Replicate</c>.</summary>
public sealed class ReplicateMusicOptions : MusicProviderOptions
{
    public const string SectionName = "Audio:Generation:Replicate";

    public ReplicateMusicOptions()
    {
        BaseUrl = "https://api.replicate.com";
        Timeout = TimeSpan.FromSeconds(60);
        MaxDurationSeconds = 120;
    }

    /// <summary><c>owner/name</c>: predictions go to <c>/v1/models/{owner}/{name}/predictions</c> when no <see cref="Version"/> is set.</summary>
    public string Model { get; set; } = "meta/musicgen";

    /// <summary>A model version id: predictions then go to <c>/v1/predictions</c> with <c>version</c>.</summary>
    public string? Version { get; set; }

    /// <summary>MusicGen's <c>model_version</c> input (<c>stereo-melody-large</c>, <c>stereo-large</c>, <c>melody-large</c>, <c>large</c>).</summary>
    public string? ModelVersion { get; set; } = "stereo-large";

    /// <summary><c>wav</c> or <c>mp3</c>.</summary>
    public string OutputFormat { get; set; } = "wav";

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a prediction may run before we cancel it and fail with PROVIDER_TIMEOUT.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(10);
}
