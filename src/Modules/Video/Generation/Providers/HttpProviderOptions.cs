namespace MediaCreator.Modules.Video.Generation.Providers;

/// <summary>Settings every HTTP provider of the generator shares (speech and text-to-video).</summary>
public abstract class HttpProviderOptions
{
    /// <summary>Service root; each provider documents whether it includes the API version.</summary>
    public string? BaseUrl { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>Budget of one HTTP attempt (connect, send, read the whole body).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Extra attempts after a 429, 408, 5xx or network failure.</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest Retry-After we wait ourselves; a longer one ends our retries (the job engine retries later).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>A submit/poll/download text-to-video service.</summary>
public abstract class TextToVideoOptions : HttpProviderOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a task may take from submission to a downloadable video before PROVIDER_TIMEOUT.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(10);
}
