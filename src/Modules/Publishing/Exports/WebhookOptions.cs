namespace MediaCreator.Modules.Publishing.Exports;

/// <summary>
/// Retry policy of <see cref="WebhookPublisher"/>. The endpoint is the connection's account external id (an absolute
/// http(s) URL) and the signing secret is its token, so each webhook account keeps its secret encrypted like any token.
/// </summary>
public sealed class WebhookOptions
{
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff after a 5xx or a dropped connection; doubles each attempt.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait honoured, for backoff and for the receiver's Retry-After alike.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Put the local file path in the payload (receivers on the same machine); the public URL is sent when known.</summary>
    public bool IncludeLocalPath { get; set; } = true;
}
