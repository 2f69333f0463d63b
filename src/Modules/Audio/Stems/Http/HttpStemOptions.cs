namespace MediaCreator.Modules.Audio.Stems.Http;

/// <summary><c>Audio:Stems:Http</c>: the external separation service (LALAL.AI's API v1).</summary>
public sealed class HttpStemOptions
{
    public const string SectionName = "Audio:Stems:Http";

    /// <summary>Service root, e.g. <c>https://www.lalal.ai</c>.</summary>
    public string? BaseUrl { get; set; } = "https://www.lalal.ai";

    /// <summary>The license key, sent as <c>X-License-Key</c> (only to <see cref="BaseUrl"/>'s origin).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Splitter model (<c>andromeda</c>, <c>perseus</c>, <c>orion</c>, <c>phoenix</c>...); null: the service picks.</summary>
    public string? Splitter { get; set; }

    /// <summary><c>deep_extraction</c> or <c>clear_cut</c>; null: the service's default.</summary>
    public string? ExtractionLevel { get; set; }

    /// <summary>Format of the returned tracks (<c>flac</c>, <c>wav</c>, <c>mp3</c>...); the upload is always FLAC.</summary>
    public string OutputFormat { get; set; } = "flac";

    /// <summary>Budget of one HTTP attempt (connect, send, read the whole body): uploads and downloads are large.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Extra attempts after a 429, 408, 5xx or network failure.</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest Retry-After we wait ourselves; a longer one ends our retries (the job engine retries later).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>First wait between status checks (the check endpoint allows 30 requests a minute).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The wait grows by half each check up to this.</summary>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a split task may take before we give up (PROVIDER_TIMEOUT).</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Delete the uploaded source and its tracks from the service once downloaded.</summary>
    public bool DeleteAfterDownload { get; set; } = true;
}
