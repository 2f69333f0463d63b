namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>Settings every HTTP image provider shares; bound from <c>Image:Providers:&lt;Name&gt;</c>.</summary>
internal abstract class HttpProviderOptions
{
    /// <summary>Service root without the API version, e.g. <c>https://api.openai.com</c>.</summary>
    public string? BaseUrl { get; set; }

    public string? ApiKey { get; set; }

    public string? Model { get; set; }

    /// <summary>Budget of one HTTP attempt (connect, send, read the whole body).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Extra attempts after a 429, 408, 5xx or network failure.</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest Retry-After we wait ourselves; a longer one ends our retries (the job engine retries later).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
