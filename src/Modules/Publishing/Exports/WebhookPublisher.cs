using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using MediaCreator.Modules.Publishing.Feeds;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Exports;

/// <summary>
/// POSTs a <see cref="WebhookPayload"/> to the connection's URL, signed with HMAC-SHA256 of the body under the
/// connection's secret (<c>X-MediaCreator-Signature: sha256=&lt;hex&gt;</c>) and carrying <c>Idempotency-Key</c>, so
/// a receiver can verify the sender and drop retried deliveries. 2xx is delivered; 429 waits Retry-After and 5xx /
/// dropped connections back off, both capped, then fail retryable; 401 fetches a new secret once; other 4xx are
/// rejected with the receiver's message.
/// </summary>
public sealed class WebhookPublisher(
    HttpClient http, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookPublisher> logger, IMediaUrlResolver? urls = null)
    : IPlatformPublisher
{
    public const string PlatformKey = "webhook";
    public const string SignatureHeader = "X-MediaCreator-Signature";
    public const string EventHeader = "X-MediaCreator-Event";
    public const string PublishedEvent = "publication.published";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Platform => PlatformKey;

    public PlatformCapabilities Capabilities { get; } = new(NativeScheduling: false, Metrics: false, Revenue: false);

    public async Task<PublishResult> UploadAsync(PublishRequest request, IProgress<double>? progress, CancellationToken ct)
    {
        var endpoint = Endpoint(request.Connection.AccountExternalId);
        var body = JsonSerializer.SerializeToUtf8Bytes(BuildPayload(request), Json);
        var secret = await request.Connection.Tokens.GetAccessTokenAsync(ct);
        var refreshed = false;
        var o = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            using var response = await TrySendAsync(endpoint, body, secret, request.IdempotencyKey, attempt, ct);
            if (response is { IsSuccessStatusCode: true })
            {
                progress?.Report(1);
                return await ResultAsync(response, request.IdempotencyKey, ct);
            }
            if (response?.StatusCode == HttpStatusCode.Unauthorized)
            {
                if (refreshed) throw new PublishingException(PublishingErrorCodes.AuthExpired, "The webhook refused the refreshed secret (401).");
                secret = await RefreshAsync(request.Connection, ct);
                refreshed = true;
                attempt--;
                continue;
            }
            var failure = await ClassifyAsync(response, ct);
            if (!failure.Retryable || attempt >= o.MaxAttempts) throw failure;
            var wait = Min(failure.RetryAfter ?? Backoff(o, attempt), o.MaxDelay);
            logger.LogWarning("Webhook {Host} attempt {Attempt} failed ({Code}); retrying in {Delay}", endpoint.Host, attempt, failure.Code, wait);
            await Task.Delay(wait, time, ct);
        }
    }

    public Task<PublishResult> ScheduleAsync(PublishRequest request, DateTimeOffset publishAt, IProgress<double>? progress, CancellationToken ct) =>
        Task.FromException<PublishResult>(Unsupported("scheduling (the engine holds the publication and delivers it when due)"));

    public Task<PostMetrics> FetchMetricsAsync(PlatformConnection connection, string externalPostId, CancellationToken ct) =>
        Task.FromException<PostMetrics>(Unsupported("metrics"));

    public Task<IReadOnlyList<PostRevenue>> FetchRevenueAsync(PlatformConnection connection, string externalPostId, DateOnly from, DateOnly to, CancellationToken ct) =>
        Task.FromException<IReadOnlyList<PostRevenue>>(Unsupported("revenue"));

    /// <summary>The signature header value for a body: <c>sha256=</c> + lower-case hex HMAC-SHA256 under the secret.</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret), body));

    private WebhookPayload BuildPayload(PublishRequest request)
    {
        var m = request.Media;
        var d = request.Details;
        var url = urls?.Resolve(m.Path)?.AbsoluteUri;
        var path = options.Value.IncludeLocalPath ? Path.GetFullPath(m.Path) : null;
        return new WebhookPayload(PublishedEvent, request.IdempotencyKey, d.Title, d.Description, d.Tags,
            new WebhookMedia(url, path, m.MimeType, m.SizeBytes, m.DurationSeconds));
    }

    // Null when the request never got an answer (connection dropped, timed out): treated like a 5xx.
    private async Task<HttpResponseMessage?> TrySendAsync(Uri endpoint, byte[] body, string secret, string key, int attempt, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        message.Headers.TryAddWithoutValidation(SignatureHeader, Sign(body, secret));
        message.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        message.Headers.TryAddWithoutValidation(EventHeader, PublishedEvent);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            return await http.SendAsync(message, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !ct.IsCancellationRequested))
        {
            logger.LogWarning("Webhook {Host} attempt {Attempt} got no response: {Error}", endpoint.Host, attempt, e.GetType().Name);
            return null;
        }
    }

    private async Task<PublishingException> ClassifyAsync(HttpResponseMessage? response, CancellationToken ct)
    {
        if (response is null) return new(PublishingErrorCodes.Unavailable, "The webhook did not answer.", retryable: true);
        var status = (int)response.StatusCode;
        if (status == 429)
        {
            return new(PublishingErrorCodes.RateLimited, "The webhook is rate limiting (429).", retryable: true, retryAfter: RetryAfter(response));
        }
        if (status >= 500 || status == 408)
        {
            return new(PublishingErrorCodes.Unavailable, $"The webhook failed with HTTP {status}.", retryable: true, retryAfter: RetryAfter(response));
        }
        var text = await response.Content.ReadAsStringAsync(ct);
        var reason = text.Length > 500 ? text[..500] : text;
        return new(PublishingErrorCodes.Rejected, $"The webhook rejected the delivery (HTTP {status}): {reason}".TrimEnd(' ', ':'));
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => Max(date - time.GetUtcNow(), TimeSpan.Zero),
        _ => null,
    };

    private async Task<PublishResult> ResultAsync(HttpResponseMessage response, string key, CancellationToken ct)
    {
        // A receiver may answer {"id": "...", "url": "..."}; anything else means the key is the reference.
        string? id = null, url = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            try
            {
                using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
                if (doc.RootElement.ValueKind == JsonValueKind.Object)
                {
                    id = doc.RootElement.TryGetProperty("id", out var i) ? i.ToString() : null;
                    url = doc.RootElement.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
                }
            }
            catch (JsonException)
            {
            }
        }
        return new PublishResult(string.IsNullOrEmpty(id) ? key : id, url, time.GetUtcNow(), null, "published");
    }

    private static async Task<string> RefreshAsync(PlatformConnection connection, CancellationToken ct)
    {
        try
        {
            return await connection.Tokens.RefreshAsync(ct);
        }
        catch (Exception e) when (e is not PublishingException and not OperationCanceledException)
        {
            throw new PublishingException(PublishingErrorCodes.AuthExpired, "The webhook secret could not be refreshed.", inner: e);
        }
    }

    private static Uri Endpoint(string accountExternalId) =>
        Uri.TryCreate(accountExternalId, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new PublishingException(PublishingErrorCodes.NotConfigured, "A webhook account's external id must be an absolute http(s) URL.");

    private static TimeSpan Backoff(WebhookOptions o, int attempt) => o.InitialBackoff * Math.Pow(2, attempt - 1);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static PublishingException Unsupported(string what) => new(PublishingErrorCodes.Unsupported, $"Webhook export does not support {what}.");
}
