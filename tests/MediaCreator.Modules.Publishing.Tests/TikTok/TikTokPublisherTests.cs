using System.Diagnostics;
using System.Text.Json;
using System.Text;
using MediaCreator.Modules.Publishing.Platforms.Social;
using MediaCreator.Modules.Publishing.Platforms.TikTok;
using MediaCreator.Modules.Publishing.Platforms;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MediaCreator.Modules.Publishing.Tests.TikTok;

public sealed class TikTokPublisherTests : IDisposable
{
    private const string Init = "/v2/post/publish/video/init/";
    private const string Status = "/v2/post/publish/status/fetch/";
    private const string Query = "/v2/video/query/";
    private const string Ok = """{"code":"ok","message":"","log_id":"202611252040"}""";
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _server.Stop();
        _http.Dispose();
    }

    private TikTokPublisher Publisher(int maxRetries = 3) => new(_http, new TikTokOptions
    {
        ApiBaseUrl = _server.Url!,
        ChunkSizeBytes = 1000,
        StatusPollInterval = TimeSpan.FromMilliseconds(10),
        Retry = new PlatformRetryOptions { MaxRetries = maxRetries, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) },
    });

    private static PublishRequest Publication(string path, TestTokens tokens, string privacy = "public") => new(
        new PlatformConnection("open-id-1", tokens),
        new MediaFile(path, "video/mp4", new FileInfo(path).Length, 12.5, 1080, 1920),
        new PostDetails("Night market tour", "Street food in Bangkok", ["thaifood", "bangkok"], privacy),
        "pub-1");

    private static string Json(object data) => JsonSerializer.Serialize(new { data, error = JsonDocument.Parse(Ok).RootElement });

    private static string Error(string code, string message) =>
        JsonSerializer.Serialize(new { error = new { code, message, log_id = "20261125LOG" } });

    private void Respond(string path, int status, string body, string? retryAfter = null, string? scenario = null, string? state = null, string? next = null)
    {
        var request = Request.Create().WithPath(path).UsingAnyMethod();
        var given = _server.Given(request);
        if (scenario is not null)
        {
            given = given.InScenario(scenario);
            if (state is not null) given = given.WhenStateIs(state);
            if (next is not null) given = given.WillSetStateTo(next);
        }
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        if (retryAfter is not null) response = response.WithHeader("Retry-After", retryAfter);
        given.RespondWith(response);
    }

    private List<WireMock.IRequestMessage> Calls(string path) =>
        _server.LogEntries.Select(e => e.RequestMessage!).Where(m => m.Path == path).ToList();

    private void GivenUploadFlow(bool withStatus = true)
    {
        Respond(Init, 200, Json(new { publish_id = "v_pub_file~v2-1.777", upload_url = $"{_server.Url}/upload/?upload_id=777&upload_token=tok" }));
        _server.Given(Request.Create().WithPath("/upload/").UsingPut().WithHeader("Content-Range", "bytes 0-999/2500"))
            .RespondWith(Response.Create().WithStatusCode(206));
        _server.Given(Request.Create().WithPath("/upload/").UsingPut().WithHeader("Content-Range", "bytes 1000-2499/2500"))
            .RespondWith(Response.Create().WithStatusCode(201));
        if (withStatus)
        {
            Respond(Status, 200, Json(new { status = "PROCESSING_UPLOAD", uploaded_bytes = 2500 }), scenario: "status", next: "done");
            Respond(Status, 200, Json(new { status = "PUBLISH_COMPLETE", publicaly_available_post_id = new[] { 7311000000000001L } }), scenario: "status", state: "done");
        }
        Respond(Query, 200, Json(new { videos = new[] { new { id = "7311000000000001", share_url = "https://www.tiktok.com/@cook/video/7311000000000001" } }, cursor = 0, has_more = false }));
    }

    [Fact]
    public async Task Upload_InitsWithTheDocumentedBody_PutsTheChunks_PollsUntilComplete()
    {
        GivenUploadFlow();
        var path = TestFiles.Create(2500);
        var progress = new RecordingProgress();

        var result = await Publisher().UploadAsync(Publication(path, new TestTokens("tk-1")), progress, CancellationToken.None);

        Assert.Equal("7311000000000001", result.ExternalPostId);
        Assert.Equal("https://www.tiktok.com/@cook/video/7311000000000001", result.Url);
        Assert.Equal("published", result.Status);
        var init = Calls(Init).Single();
        Assert.Equal("Bearer tk-1", init.Headers!["Authorization"].Single());
        using var body = JsonDocument.Parse(init.Body!);
        var post = body.RootElement.GetProperty("post_info");
        Assert.Equal("PUBLIC_TO_EVERYONE", post.GetProperty("privacy_level").GetString());
        Assert.True(post.GetProperty("is_aigc").GetBoolean());
        Assert.Equal("Night market tour\n\nStreet food in Bangkok\n\n#thaifood #bangkok", post.GetProperty("title").GetString());
        var source = body.RootElement.GetProperty("source_info");
        Assert.Equal("FILE_UPLOAD", source.GetProperty("source").GetString());
        Assert.Equal(2500, source.GetProperty("video_size").GetInt64());
        Assert.Equal(1000, source.GetProperty("chunk_size").GetInt64());
        Assert.Equal(2, source.GetProperty("total_chunk_count").GetInt32());

        var puts = Calls("/upload/");
        Assert.Equal(2, puts.Count);
        var file = await File.ReadAllBytesAsync(path);
        Assert.Equal(file[..1000], puts[0].BodyAsBytes);
        Assert.Equal(file[1000..], puts[1].BodyAsBytes);
        Assert.Equal("video/mp4", puts[1].Headers!["Content-Type"].Single());
        Assert.Equal("777", puts[0].Query!["upload_id"].Single());
        Assert.Equal(2, Calls(Status).Count());
        Assert.Contains("v_pub_file~v2-1.777", Calls(Status).First().Body);

        Assert.Equal(1.0, progress.Values[^1]);
        Assert.Equal(progress.Values.OrderBy(v => v), progress.Values);
        Assert.Contains(progress.Values, v => v is > 0 and < 0.5);
    }

    [Fact]
    public async Task Upload_ResendsADroppedChunk()
    {
        GivenUploadFlow();
        _server.Given(Request.Create().WithPath("/upload/").UsingPut().WithHeader("Content-Range", "bytes 1000-2499/2500"))
            .InScenario("drop").WillSetStateTo("back").RespondWith(Response.Create().WithStatusCode(503));
        _server.Given(Request.Create().WithPath("/upload/").UsingPut().WithHeader("Content-Range", "bytes 1000-2499/2500"))
            .InScenario("drop").WhenStateIs("back").RespondWith(Response.Create().WithStatusCode(201));

        var result = await Publisher().UploadAsync(Publication(TestFiles.Create(2500), new TestTokens()), null, CancellationToken.None);

        Assert.Equal("published", result.Status);
        var ranges = Calls("/upload/").Select(e => e.Headers!["Content-Range"].Single()).ToList();
        Assert.Equal(["bytes 0-999/2500", "bytes 1000-2499/2500", "bytes 1000-2499/2500"], ranges);
    }

    [Fact]
    public async Task Upload_FailedProcessing_IsProcessingFailedWithTheReason()
    {
        GivenUploadFlow(withStatus: false);
        Respond(Status, 200, Json(new { status = "FAILED", fail_reason = "file_format_check_failed" }));

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher().UploadAsync(Publication(TestFiles.Create(2500), new TestTokens()), null, CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.ProcessingFailed, error.Code);
        Assert.Contains("file_format_check_failed", error.Message);
    }

    [Fact]
    public async Task Upload_PrivatePostWithoutPublicId_KeepsThePublishId()
    {
        GivenUploadFlow(withStatus: false);
        Respond(Status, 200, Json(new { status = "PUBLISH_COMPLETE" }));
        _server.Given(Request.Create().WithPath("/upload/").UsingPut().WithHeader("Content-Range", "bytes 0-499/500"))
            .RespondWith(Response.Create().WithStatusCode(201));

        var result = await Publisher().UploadAsync(Publication(TestFiles.Create(500), new TestTokens(), "private"), null, CancellationToken.None);

        Assert.Equal("v_pub_file~v2-1.777", result.ExternalPostId);
        Assert.Null(result.Url);
        using var body = JsonDocument.Parse(Calls(Init).Single().Body!);
        Assert.Equal("SELF_ONLY", body.RootElement.GetProperty("post_info").GetProperty("privacy_level").GetString());
        Assert.Equal(500, body.RootElement.GetProperty("source_info").GetProperty("chunk_size").GetInt64());
        Assert.Equal(1, body.RootElement.GetProperty("source_info").GetProperty("total_chunk_count").GetInt32());
    }

    [Fact]
    public async Task Upload_DailyPostCap_IsQuotaExceeded_AndNotRetried()
    {
        Respond(Init, 403, Error("spam_risk_too_many_posts", "The user has reached the daily post cap."));

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher().UploadAsync(Publication(TestFiles.Create(2500), new TestTokens()), null, CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.QuotaExceeded, error.Code);
        Assert.Single(Calls(Init));
    }

    [Fact]
    public async Task Metrics_ExpiredToken_RefreshesOnceAndRetries()
    {
        _server.Given(Request.Create().WithPath(Query).UsingPost().WithHeader("Authorization", "Bearer old"))
            .RespondWith(Response.Create().WithStatusCode(401).WithBody(Error("access_token_invalid", "The access token is invalid or not found in the request.")));
        _server.Given(Request.Create().WithPath(Query).UsingPost().WithHeader("Authorization", "Bearer new"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(
                Json(new { videos = new[] { new { id = "42", view_count = 1500, like_count = 120, comment_count = 9, share_count = 4 } } })));
        var tokens = new TestTokens();

        var metrics = await Publisher().FetchMetricsAsync(new PlatformConnection("open-id-1", tokens), "42", CancellationToken.None);

        Assert.Equal(1, tokens.Refreshes);
        Assert.Equal((1500, 120, 9, 4), (metrics.Views, metrics.Likes, metrics.Comments, metrics.Shares));
        Assert.Null(metrics.Ctr);
        var query = Calls(Query).Last();
        Assert.Contains("view_count", string.Join(",", query.Query!["fields"]));
        Assert.Contains("\"video_ids\":[\"42\"]", query.Body);
    }

    [Fact]
    public async Task Metrics_TokenStillRejectedAfterRefresh_IsAuthExpired()
    {
        Respond(Query, 401, Error("access_token_invalid", "The access token is invalid."));
        var tokens = new TestTokens();

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher().FetchMetricsAsync(new PlatformConnection("open-id-1", tokens), "42", CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.AuthExpired, error.Code);
        Assert.Equal(1, tokens.Refreshes);
        Assert.Equal(2, Calls(Query).Count());
    }

    [Fact]
    public async Task RateLimit_WaitsTheRetryAfter_ThenSucceeds()
    {
        Respond(Query, 429, Error("rate_limit_exceeded", "API rate limit exceeded."), retryAfter: "1", scenario: "rl", next: "ok");
        Respond(Query, 200, Json(new { videos = new[] { new { id = "42", view_count = 7 } } }), scenario: "rl", state: "ok");
        var clock = Stopwatch.StartNew();

        var metrics = await Publisher().FetchMetricsAsync(new PlatformConnection("o", new TestTokens()), "42", CancellationToken.None);

        Assert.Equal(7, metrics.Views);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"waited {clock.Elapsed}");
        Assert.Equal(2, Calls(Query).Count());
    }

    [Fact]
    public async Task RateLimit_ThatPersists_IsRateLimitedWithRetryAfter()
    {
        Respond(Query, 429, Error("rate_limit_exceeded", "API rate limit exceeded."), retryAfter: "0");

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher(maxRetries: 2).FetchMetricsAsync(new PlatformConnection("o", new TestTokens()), "42", CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.RateLimited, error.Code);
        Assert.True(error.Retryable);
        Assert.Equal(TimeSpan.Zero, error.RetryAfter);
        Assert.Equal(3, Calls(Query).Count());
    }

    [Fact]
    public async Task ServerErrors_AreRetried_ThenUnavailable()
    {
        Respond(Query, 503, Error("internal_error", "Something went wrong."), scenario: "5xx", next: "ok");
        Respond(Query, 200, Json(new { videos = new[] { new { id = "42", view_count = 3 } } }), scenario: "5xx", state: "ok");
        Assert.Equal(3, (await Publisher().FetchMetricsAsync(new PlatformConnection("o", new TestTokens()), "42", CancellationToken.None)).Views);

        _server.Reset();
        Respond(Query, 500, "upstream failure");
        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher(maxRetries: 2).FetchMetricsAsync(new PlatformConnection("o", new TestTokens()), "42", CancellationToken.None));
        Assert.Equal(PublishingErrorCodes.Unavailable, error.Code);
        Assert.Equal(3, Calls(Query).Count());
    }

    [Fact]
    public async Task OtherClientErrors_AreRejectedWithTheirMessage()
    {
        Respond(Init, 400, Error("invalid_params", "video_size is required"));

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher().UploadAsync(Publication(TestFiles.Create(100), new TestTokens()), null, CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.Rejected, error.Code);
        Assert.Contains("invalid_params: video_size is required", error.Message);
        Assert.Single(Calls(Init));
    }

    [Fact]
    public async Task NoNativeScheduling_AndNoRevenue()
    {
        var publisher = Publisher();
        Assert.False(publisher.Capabilities.NativeScheduling);
        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            publisher.ScheduleAsync(Publication(TestFiles.Create(10), new TestTokens()), DateTimeOffset.UtcNow.AddDays(1), null, CancellationToken.None));
        Assert.Equal(PublishingErrorCodes.Unsupported, error.Code);
        Assert.Empty(await publisher.FetchRevenueAsync(new PlatformConnection("o", new TestTokens()), "42", new(2026, 11, 1), new(2026, 11, 30), CancellationToken.None));
        Assert.Empty(_server.LogEntries);
    }

    [Theory]
    [InlineData(50_000_123, 10_000_000, 5, 10_000_123)]
    [InlineData(4_000_000, 10_000_000, 1, 4_000_000)]
    [InlineData(20_000_000, 10_000_000, 2, 10_000_000)]
    public void ChunkPlan_FollowsTikToksRules(long size, long chunk, int count, long last)
    {
        var plan = TikTokChunkPlan.For(size, chunk);
        Assert.Equal(count, plan.Count);
        Assert.Equal(last, plan.Chunk(count - 1).Length);
        Assert.Equal(size, Enumerable.Range(0, count).Sum(i => (long)plan.Chunk(i).Length));
    }
}
