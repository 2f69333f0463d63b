using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediaCreator.Modules.Publishing.Exports;
using MediaCreator.Modules.Publishing.Feeds;
using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Tests.Feeds;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MediaCreator.Modules.Publishing.Tests.Exports;

public sealed class WebhookPublisherTests : IDisposable
{
    private const string HookPath = "/hooks/mediacreator";
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HttpClient _http = new();
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Upload_PostsSignedPayload_WithIdempotencyKey()
    {
        _server.Given(Request.Create().WithPath(HookPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id":"rcv-77","url":"https://receiver.example/posts/77"}"""));

        var result = await Publisher().UploadAsync(Publication("pub-1", new TestTokens("s3cret")), null, default);

        Assert.Equal("rcv-77", result.ExternalPostId);
        Assert.Equal("https://receiver.example/posts/77", result.Url);
        Assert.Equal("published", result.Status);
        var request = _server.LogEntries.Single().RequestMessage!;
        var body = request.BodyAsBytes!;
        Assert.Equal("pub-1", request.Headers!["Idempotency-Key"].Single());
        Assert.Equal(Expected(body, "s3cret"), request.Headers[WebhookPublisher.SignatureHeader].Single());
        Assert.StartsWith("application/json", request.Headers["Content-Type"].Single(), StringComparison.Ordinal);

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("publication.published", root.GetProperty("event").GetString());
        Assert.Equal("pub-1", root.GetProperty("idempotencyKey").GetString());
        Assert.Equal("ข่าว AI & <ข่าว>", root.GetProperty("title").GetString());
        Assert.Equal("Notes", root.GetProperty("description").GetString());
        Assert.Equal(["ai", "news"], root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var media = root.GetProperty("media");
        Assert.Equal("https://cdn.example.com/media/clip.mp4", media.GetProperty("url").GetString());
        Assert.Equal(Path.Combine(_temp.Path, "clip.mp4"), media.GetProperty("path").GetString());
        Assert.Equal("video/mp4", media.GetProperty("mimeType").GetString());
        Assert.Equal(5_000_000, media.GetProperty("sizeBytes").GetInt64());
        Assert.Equal(61.5, media.GetProperty("durationSeconds").GetDouble());
    }

    [Fact]
    public async Task RateLimited_WaitsRetryAfter_ThenDeliversTheSameSignedBody()
    {
        _server.Given(Request.Create().WithPath(HookPath).UsingPost()).InScenario("limit").WillSetStateTo("open")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        _server.Given(Request.Create().WithPath(HookPath).UsingPost()).InScenario("limit").WhenStateIs("open")
            .RespondWith(Response.Create().WithStatusCode(204));
        var clock = Stopwatch.StartNew();

        var result = await Publisher().UploadAsync(Publication("pub-2", new TestTokens("s3cret")), null, default);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"waited {clock.Elapsed}");
        Assert.Equal("pub-2", result.ExternalPostId);
        var sent = _server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(sent[0].BodyAsBytes, sent[1].BodyAsBytes);
        Assert.All(sent, r => Assert.Equal("pub-2", r.Headers!["Idempotency-Key"].Single()));
        Assert.All(sent, r => Assert.Equal(Expected(r.BodyAsBytes!, "s3cret"), r.Headers![WebhookPublisher.SignatureHeader].Single()));
    }

    [Fact]
    public async Task RateLimitedThroughout_ThrowsRateLimitedWithRetryAfter_AfterCappedAttempts()
    {
        _server.Given(Request.Create().WithPath(HookPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "120"));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher(o => o.MaxDelay = TimeSpan.FromMilliseconds(50)).UploadAsync(Publication("pub-3", new TestTokens("s")), null, default));

        Assert.Equal(PublishingErrorCodes.RateLimited, error.Code);
        Assert.True(error.Retryable);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal(3, _server.LogEntries.Count());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the 120 s Retry-After is capped by MaxDelay");
    }

    [Fact]
    public async Task ServerErrors_AreRetriedWithBackoff_ThenSucceed()
    {
        _server.Given(Request.Create().WithPath(HookPath).UsingPost()).InScenario("flaky").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(503));
        _server.Given(Request.Create().WithPath(HookPath).UsingPost()).InScenario("flaky").WhenStateIs("second").WillSetStateTo("third")
            .RespondWith(Response.Create().WithStatusCode(502));
        _server.Given(Request.Create().WithPath(HookPath).UsingPost()).InScenario("flaky").WhenStateIs("third")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("ok"));

        var result = await Publisher().UploadAsync(Publication("pub-4", new TestTokens("s")), null, default);

        Assert.Equal("pub-4", result.ExternalPostId);
        Assert.Equal(3, _server.LogEntries.Count());
    }

    [Fact]
    public async Task ServerErrorsThroughout_AreUnavailableAndRetryable()
    {
        _server.Given(Request.Create().WithPath(HookPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(500));

        var error = await Assert.ThrowsAsync<PublishingException>(() => Publisher().UploadAsync(Publication("pub-5", new TestTokens("s")), null, default));

        Assert.Equal(PublishingErrorCodes.Unavailable, error.Code);
        Assert.True(error.Retryable);
        Assert.Equal(3, _server.LogEntries.Count());
    }

    [Fact]
    public async Task ClientError_IsRejectedWithTheReceiversMessage_AndNotRetried()
    {
        _server.Given(Request.Create().WithPath(HookPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(422).WithBody("""{"error":"title must not contain emoji"}"""));

        var error = await Assert.ThrowsAsync<PublishingException>(() => Publisher().UploadAsync(Publication("pub-6", new TestTokens("s")), null, default));

        Assert.Equal(PublishingErrorCodes.Rejected, error.Code);
        Assert.False(error.Retryable);
        Assert.Contains("title must not contain emoji", error.Message, StringComparison.Ordinal);
        Assert.Single(_server.LogEntries);
    }

    [Fact]
    public async Task Unauthorized_RefreshesTheSecretOnce_AndSignsWithTheNewOne()
    {
        var tokens = new TestTokens("old-secret", "new-secret");
        _server.Given(Request.Create().WithPath(HookPath).UsingPost()).InScenario("rotate").WillSetStateTo("rotated")
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("bad signature"));
        _server.Given(Request.Create().WithPath(HookPath).UsingPost()).InScenario("rotate").WhenStateIs("rotated")
            .RespondWith(Response.Create().WithStatusCode(200));

        await Publisher().UploadAsync(Publication("pub-7", tokens), null, default);

        Assert.Equal(1, tokens.Refreshes);
        var sent = _server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(Expected(sent[0].BodyAsBytes!, "old-secret"), sent[0].Headers![WebhookPublisher.SignatureHeader].Single());
        Assert.Equal(Expected(sent[1].BodyAsBytes!, "new-secret"), sent[1].Headers![WebhookPublisher.SignatureHeader].Single());
    }

    [Fact]
    public async Task UnauthorizedAfterRefresh_IsAuthExpired()
    {
        _server.Given(Request.Create().WithPath(HookPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(401));
        var tokens = new TestTokens("a", "b");

        var error = await Assert.ThrowsAsync<PublishingException>(() => Publisher().UploadAsync(Publication("pub-8", tokens), null, default));

        Assert.Equal(PublishingErrorCodes.AuthExpired, error.Code);
        Assert.Equal(1, tokens.Refreshes);
        Assert.Equal(2, _server.LogEntries.Count());
    }

    [Fact]
    public async Task NoListener_IsUnavailable_AndABadEndpointIsNotConfigured()
    {
        // Port 1 on loopback has no listener: a stopped server's port could be taken by a test running beside this one.
        var deadUrl = "http://127.0.0.1:1" + HookPath;
        var down = await Assert.ThrowsAsync<PublishingException>(() => Publisher().UploadAsync(
            Publication("pub-9", new TestTokens("s")) with { Connection = new PlatformConnection(deadUrl, new TestTokens("s")) }, null, default));
        Assert.Equal(PublishingErrorCodes.Unavailable, down.Code);

        var bad = await Assert.ThrowsAsync<PublishingException>(() => Publisher().UploadAsync(
            Publication("pub-9", new TestTokens("s")) with { Connection = new PlatformConnection("ftp://x/y", new TestTokens("s")) }, null, default));
        Assert.Equal(PublishingErrorCodes.NotConfigured, bad.Code);

        var schedule = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher().ScheduleAsync(Publication("pub-9", new TestTokens("s")), DateTimeOffset.UtcNow.AddDays(1), null, default));
        Assert.Equal(PublishingErrorCodes.Unsupported, schedule.Code);
    }

    private WebhookPublisher Publisher(Action<WebhookOptions>? configure = null)
    {
        var options = new WebhookOptions { MaxAttempts = 3, InitialBackoff = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        var urls = new BaseUrlMediaUrlResolver(Options.Create(new MediaUrlOptions
        {
            MediaRoot = _temp.Path, PublicBaseUrl = new Uri("https://cdn.example.com/media/"),
        }));
        return new WebhookPublisher(_http, Options.Create(options), TimeProvider.System, NullLogger<WebhookPublisher>.Instance, urls);
    }

    private PublishRequest Publication(string key, TestTokens tokens) => new(
        new PlatformConnection(_server.Url + HookPath, tokens),
        new MediaFile(Path.Combine(_temp.Path, "clip.mp4"), "video/mp4", 5_000_000, 61.5, 1080, 1920),
        new PostDetails("ข่าว AI & <ข่าว>", "Notes", ["ai", "news"]), key);

    // What the receiver computes: HMAC-SHA256 of the raw body under the shared secret.
    private static string Expected(byte[] body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public void Dispose()
    {
        _server.Stop();
        _http.Dispose();
        _temp.Dispose();
    }
}
