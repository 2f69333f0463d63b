using System.Diagnostics;
using System.Text.Json;
using System.Web;
using MediaCreator.Modules.Publishing.Platforms.Facebook;
using MediaCreator.Modules.Publishing.Platforms.Social;
using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Tests.TikTok;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MediaCreator.Modules.Publishing.Tests.Facebook;

public sealed class FacebookPublisherTests : IDisposable
{
    private const string Videos = "/v19.0/page-1/videos";
    private const string Video = "/v19.0/vid-9";
    private const string Insights = "/v19.0/vid-9/video_insights";
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _server.Stop();
        _http.Dispose();
    }

    private FacebookPublisher Publisher(int maxRetries = 3) => new(_http, new FacebookOptions
    {
        GraphBaseUrl = _server.Url!, VideoBaseUrl = _server.Url!, StatusPollInterval = TimeSpan.FromMilliseconds(10), RevenueCurrency = "THB",
        Retry = new PlatformRetryOptions { MaxRetries = maxRetries, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) },
    });

    private static PublishRequest Publication(string path, IPlatformTokenSource tokens, string privacy = "public") => new(
        new PlatformConnection("page-1", tokens),
        new MediaFile(path, "video/mp4", new FileInfo(path).Length, 30, 1920, 1080),
        new PostDetails("Cooking pad thai", "Step by step", ["padthai"], privacy),
        "pub-1");

    private static string GraphError(int code, string message, int? subcode = null, bool transient = false, object? data = null) =>
        JsonSerializer.Serialize(new
        {
            error = new { message, type = code == 190 ? "OAuthException" : "GraphMethodException", code, error_subcode = subcode, is_transient = transient, error_data = data, fbtrace_id = "AbCdEf" },
        });

    private void Post(string bodyPattern, int status, string body, string? scenario = null, string? state = null, string? next = null)
    {
        var given = _server.Given(Request.Create().WithPath(Videos).UsingPost().WithBody(new RegexMatcher(bodyPattern)));
        if (scenario is not null)
        {
            given = given.InScenario(scenario);
            if (state is not null) given = given.WhenStateIs(state);
            if (next is not null) given = given.WillSetStateTo(next);
        }
        given.RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));
    }

    private static string Transfer(long offset) => $@"name=""?start_offset""?[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n{offset}\r\n";

    private void Get(string path, int status, string body, string? scenario = null, string? state = null, string? next = null,
        params (string Name, string Value)[] headers)
    {
        var given = _server.Given(Request.Create().WithPath(path).UsingGet());
        if (scenario is not null)
        {
            given = given.InScenario(scenario);
            if (state is not null) given = given.WhenStateIs(state);
            if (next is not null) given = given.WillSetStateTo(next);
        }
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        foreach (var (name, value) in headers) response = response.WithHeader(name, value);
        given.RespondWith(response);
    }

    private List<WireMock.IRequestMessage> Calls(string path) =>
        _server.LogEntries.Select(e => e.RequestMessage!).Where(m => m.Path == path).ToList();

    private void GivenUpload(bool ready = true)
    {
        Post("upload_phase=start", 200, """{"video_id":"vid-9","start_offset":"0","end_offset":"1000","upload_session_id":"sess-1"}""");
        Post(Transfer(0), 200, """{"start_offset":"1000","end_offset":"2000"}""");
        Post(Transfer(1000), 200, """{"start_offset":"2000","end_offset":"2500"}""");
        Post(Transfer(2000), 200, """{"start_offset":"2500","end_offset":"2500"}""");
        Post("upload_phase=finish", 200, """{"success":true}""");
        if (!ready) return;
        Get(Video, 200, """{"status":{"video_status":"processing","processing_progress":40},"id":"vid-9"}""", "proc", next: "ready");
        Get(Video, 200, """{"status":{"video_status":"ready","processing_progress":100},"permalink_url":"/page1/videos/vid-9/","id":"vid-9"}""", "proc", state: "ready");
    }

    [Fact]
    public async Task Upload_StartsTransfersEveryChunkUntilTheOffsetsMeet_FinishesAndWaitsForProcessing()
    {
        GivenUpload();
        var path = TestFiles.Create(2500);
        var progress = new RecordingProgress();

        var result = await Publisher().UploadAsync(Publication(path, new TestTokens("page-token")), progress, CancellationToken.None);

        Assert.Equal(("vid-9", "https://www.facebook.com/page1/videos/vid-9/", "published"), (result.ExternalPostId, result.Url, result.Status));
        var posts = Calls(Videos);
        Assert.Equal(5, posts.Count);
        Assert.All(posts, p => Assert.Equal("Bearer page-token", p.Headers!["Authorization"].Single()));
        var start = HttpUtility.ParseQueryString(posts[0].Body!);
        Assert.Equal(("start", "2500"), (start["upload_phase"], start["file_size"]));
        var file = await File.ReadAllTextAsync(path);
        Assert.Contains(file[..1000] + "\r\n", posts[1].Body);
        Assert.Contains(file[1000..2000] + "\r\n", posts[2].Body);
        Assert.Contains(file[2000..] + "\r\n", posts[3].Body);
        Assert.All(posts.Skip(1).Take(3), p => Assert.Contains("sess-1", p.Body));
        Assert.Contains("name=video_file_chunk", posts[1].Body!.Replace("\"", ""));
        var finish = HttpUtility.ParseQueryString(posts[4].Body!);
        Assert.Equal(("finish", "sess-1", "Cooking pad thai", "Step by step\n\n#padthai"),
            (finish["upload_phase"], finish["upload_session_id"], finish["title"], finish["description"]));
        Assert.Null(finish["published"]);
        Assert.Equal(1.0, progress.Values[^1]);
        Assert.Equal(progress.Values.OrderBy(v => v), progress.Values);
        Assert.Contains(progress.Values, v => v is > 0.3 and < 0.4);
    }

    [Fact]
    public async Task Schedule_FinishesUnpublishedWithTheScheduledTime()
    {
        GivenUpload();
        var at = DateTimeOffset.UtcNow.AddDays(2);

        var result = await Publisher().ScheduleAsync(Publication(TestFiles.Create(2500), new TestTokens()), at, null, CancellationToken.None);

        Assert.Equal(("scheduled", at), (result.Status, result.ScheduledTime));
        Assert.Null(result.PublishedTime);
        var finish = HttpUtility.ParseQueryString(Calls(Videos)[^1].Body!);
        Assert.Equal(("false", at.ToUnixTimeSeconds().ToString()), (finish["published"], finish["scheduled_publish_time"]));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(76 * 24 * 60)]
    public async Task Schedule_OutsideTenMinutesToSeventyFiveDays_IsRejectedBeforeUploading(int minutes)
    {
        var error = await Assert.ThrowsAsync<PublishingException>(() => Publisher().ScheduleAsync(
            Publication(TestFiles.Create(10), new TestTokens()), DateTimeOffset.UtcNow.AddMinutes(minutes), null, CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.Rejected, error.Code);
        Assert.Empty(_server.LogEntries);
    }

    [Fact]
    public async Task Upload_ResumesFromTheOffsetsTheServerSendsBack()
    {
        GivenUpload();
        // The server already has the second chunk: it refuses offset 1000 and says to continue at 2000.
        Post(Transfer(1000), 400, GraphError(6001, "There was a problem uploading your video. Please try uploading it again.", 1363037,
            data: new { start_offset = 2000, end_offset = 2500 }));

        var result = await Publisher().UploadAsync(Publication(TestFiles.Create(2500), new TestTokens()), null, CancellationToken.None);

        Assert.Equal("published", result.Status);
        var offsets = Calls(Videos).Skip(1).Take(3).Select(p => System.Text.RegularExpressions.Regex.Match(p.Body!, @"name=""?start_offset""?[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n(\d+)\r\n").Groups[1].Value);
        Assert.Equal(["0", "1000", "2000"], offsets);
        var statuses = _server.LogEntries.Where(e => e.RequestMessage!.Path == Videos).Select(e => e.ResponseMessage!.StatusCode).ToList();
        Assert.Equal([200, 200, 400, 200, 200], statuses.Select(s => Convert.ToInt32(s)));
    }

    [Fact]
    public async Task Upload_ResendsADroppedChunk()
    {
        GivenUpload();
        Post(Transfer(1000), 500, GraphError(1363033, "There was a problem uploading your video.", 1363033, transient: true), "drop", next: "back");
        Post(Transfer(1000), 200, """{"start_offset":"2000","end_offset":"2500"}""", "drop", state: "back");

        var result = await Publisher().UploadAsync(Publication(TestFiles.Create(2500), new TestTokens()), null, CancellationToken.None);

        Assert.Equal("published", result.Status);
        Assert.Equal(6, Calls(Videos).Count);
    }

    [Fact]
    public async Task ProcessingError_IsProcessingFailedWithFacebooksMessage()
    {
        GivenUpload(ready: false);
        Get(Video, 200, """{"status":{"video_status":"error","processing_phase":{"status":"error","errors":[{"code":1363008,"message":"Video Format Is Not Supported"}]}},"id":"vid-9"}""");

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher().UploadAsync(Publication(TestFiles.Create(2500), new TestTokens()), null, CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.ProcessingFailed, error.Code);
        Assert.Contains("Video Format Is Not Supported", error.Message);
    }

    private const string VideoFields = """{"views":1200,"likes":{"data":[],"summary":{"total_count":85,"can_like":true}},"comments":{"data":[],"summary":{"order":"ranked","total_count":12}},"id":"vid-9"}""";
    private const string VideoInsights = """
        {"data":[
          {"name":"total_video_views","period":"lifetime","values":[{"value":1250}],"id":"vid-9/video_insights/total_video_views/lifetime"},
          {"name":"total_video_view_total_time","period":"lifetime","values":[{"value":3600000}]},
          {"name":"total_video_avg_time_watched","period":"lifetime","values":[{"value":3000}]},
          {"name":"total_video_stories_by_action_type","period":"lifetime","values":[{"value":{"share":7,"like":85,"comment":12}}]}
        ]}
        """;

    [Fact]
    public async Task Metrics_ReadViewsLikesCommentsSharesAndWatchTime()
    {
        Get(Video, 200, VideoFields);
        Get(Insights, 200, VideoInsights);

        var metrics = await Publisher().FetchMetricsAsync(new PlatformConnection("page-1", new TestTokens()), "vid-9", CancellationToken.None);

        Assert.Equal((1200, 85, 12, 7, 3600.0), (metrics.Views, metrics.Likes, metrics.Comments, metrics.Shares, metrics.WatchTimeSeconds));
        Assert.Contains("likes.summary(true)", string.Join(",", Calls(Video).Single().Query!["fields"]));
        Assert.Contains("total_video_views", string.Join(",", Calls(Insights).Single().Query!["metric"]));
    }

    [Fact]
    public async Task Metrics_ExpiredToken_RefreshesOnceAndRetries()
    {
        _server.Given(Request.Create().WithPath(Video).UsingGet().WithHeader("Authorization", "Bearer old")).RespondWith(Response.Create()
            .WithStatusCode(400).WithBody(GraphError(190, "Error validating access token: Session has expired on Tuesday.", 463)));
        _server.Given(Request.Create().WithPath(Video).UsingGet().WithHeader("Authorization", "Bearer new")).RespondWith(Response.Create()
            .WithStatusCode(200).WithBody(VideoFields));
        Get(Insights, 200, VideoInsights);
        var tokens = new TestTokens();

        var metrics = await Publisher().FetchMetricsAsync(new PlatformConnection("page-1", tokens), "vid-9", CancellationToken.None);

        Assert.Equal(1, tokens.Refreshes);
        Assert.Equal(1200, metrics.Views);
        Assert.Equal(2, Calls(Video).Count);
    }

    [Fact]
    public async Task Metrics_FailedRefresh_IsAuthExpired()
    {
        Get(Video, 400, GraphError(190, "Error validating access token.", 460));
        var tokens = new TestTokens(refreshed: null);

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher().FetchMetricsAsync(new PlatformConnection("page-1", tokens), "vid-9", CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.AuthExpired, error.Code);
        Assert.Single(Calls(Video));
    }

    [Fact]
    public async Task RateLimitCode_WaitsTheRetryAfter_ThenSucceeds()
    {
        Get(Video, 400, GraphError(613, "Calls to this api have exceeded the rate limit."), "rl", next: "ok", headers: ("Retry-After", "1"));
        Get(Video, 200, VideoFields, "rl", state: "ok");
        Get(Insights, 200, VideoInsights);
        var clock = Stopwatch.StartNew();

        var metrics = await Publisher().FetchMetricsAsync(new PlatformConnection("page-1", new TestTokens()), "vid-9", CancellationToken.None);

        Assert.Equal(1200, metrics.Views);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"waited {clock.Elapsed}");
        Assert.Equal(2, Calls(Video).Count);
    }

    [Fact]
    public async Task PageThrottled_ForLongerThanTheCap_IsRateLimitedAtOnceWithTheWait()
    {
        Get(Video, 400, GraphError(32, "Page request limit reached"),
            headers: ("X-Business-Use-Case-Usage", """{"page-1":[{"type":"pages","call_count":100,"total_cputime":40,"total_time":60,"estimated_time_to_regain_access":30}]}"""));

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher().FetchMetricsAsync(new PlatformConnection("page-1", new TestTokens()), "vid-9", CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.RateLimited, error.Code);
        Assert.Equal(TimeSpan.FromMinutes(30), error.RetryAfter);
        Assert.Single(Calls(Video));
    }

    [Fact]
    public async Task LimitReached_IsQuotaExceeded_AndNotRetried()
    {
        Post("upload_phase=start", 400, GraphError(341, "Application limit reached"));

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher().UploadAsync(Publication(TestFiles.Create(2500), new TestTokens()), null, CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.QuotaExceeded, error.Code);
        Assert.Single(Calls(Videos));
    }

    [Fact]
    public async Task ServerErrors_AreRetried_ThenUnavailable()
    {
        Get(Video, 500, GraphError(2, "An unexpected error has occurred. Please retry your request later.", transient: true), "5xx", next: "ok");
        Get(Video, 200, VideoFields, "5xx", state: "ok");
        Get(Insights, 200, VideoInsights);
        Assert.Equal(1200, (await Publisher().FetchMetricsAsync(new PlatformConnection("page-1", new TestTokens()), "vid-9", CancellationToken.None)).Views);

        _server.Reset();
        Get(Video, 503, "Service Unavailable");
        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher(maxRetries: 2).FetchMetricsAsync(new PlatformConnection("page-1", new TestTokens()), "vid-9", CancellationToken.None));
        Assert.Equal(PublishingErrorCodes.Unavailable, error.Code);
        Assert.Equal(3, Calls(Video).Count);
    }

    [Fact]
    public async Task OtherErrors_AreRejectedWithTheGraphMessage()
    {
        Post("upload_phase=start", 400, GraphError(100, "(#100) Invalid parameter", 1363023));

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher().UploadAsync(Publication(TestFiles.Create(2500), new TestTokens()), null, CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.Rejected, error.Code);
        Assert.Contains("(#100) Invalid parameter", error.Message);
        Assert.Contains("fbtrace_id AbCdEf", error.Message);
    }

    [Fact]
    public async Task Revenue_IsTheDailyAdBreakEarningsInTheRange()
    {
        Get(Insights, 200, """
            {"data":[{"name":"total_video_ad_break_earnings","period":"day","values":[
              {"value":12.5,"end_time":"2026-11-02T08:00:00+0000"},
              {"value":0,"end_time":"2026-11-03T08:00:00+0000"},
              {"value":7.25,"end_time":"2026-11-04T08:00:00+0000"},
              {"value":99,"end_time":"2026-11-30T08:00:00+0000"}]}]}
            """);

        var revenue = await Publisher().FetchRevenueAsync(new PlatformConnection("page-1", new TestTokens()), "vid-9",
            new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 10), CancellationToken.None);

        Assert.Equal(
            [new PostRevenue(12.5m, "THB", "adsense", new(2026, 11, 1), new(2026, 11, 1)), new PostRevenue(7.25m, "THB", "adsense", new(2026, 11, 3), new(2026, 11, 3))],
            revenue);
        var query = Calls(Insights).Single().Query!;
        Assert.Equal(("total_video_ad_break_earnings", "day", "2026-11-01", "2026-11-11"),
            (query["metric"].Single(), query["period"].Single(), query["since"].Single(), query["until"].Single()));
    }
}
