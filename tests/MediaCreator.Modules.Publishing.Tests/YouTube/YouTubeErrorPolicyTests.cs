using System.Diagnostics;
using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Platforms.YouTube;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Publishing.Tests.YouTube;

/// <summary>The retry, refresh and error mapping every YouTube call shares, seen through videos.list.</summary>
public sealed class YouTubeErrorPolicyTests : IAsyncLifetime
{
    private const string VideosList = "/youtube/v3/videos";
    private const string Statistics = """{"items":[{"id":"vid1","statistics":{"viewCount":"10","likeCount":"2","commentCount":"1"}}]}""";
    private readonly FakeYouTube _fake = new();
    private readonly HttpClient _http = new();
    private readonly CountingTokens _tokens = new();

    public Task InitializeAsync()
    {
        _fake.Server.Given(Request.Create().WithPath("/v2/reports").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"kind":"youtubeAnalytics#resultTable","columnHeaders":[]}"""));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    private Task<PostMetrics> FetchAsync() =>
        new YouTubePublisher(_http, _fake.Options()).FetchMetricsAsync(new PlatformConnection("UC123", _tokens), "vid1", CancellationToken.None);

    private void Answers(params (int Status, string Body, string? RetryAfter)[] replies)
    {
        for (var i = 0; i < replies.Length; i++)
        {
            var response = Response.Create().WithStatusCode(replies[i].Status).WithHeader("Content-Type", "application/json").WithBody(replies[i].Body);
            if (replies[i].RetryAfter is { } after) response = response.WithHeader("Retry-After", after);
            var given = _fake.Server.Given(Request.Create().WithPath(VideosList).UsingGet()).InScenario("calls");
            if (i > 0) given = given.WhenStateIs($"{i}");
            given.WillSetStateTo($"{i + 1}").RespondWith(response);
        }
    }

    private int Calls => _fake.Requests(VideosList, "GET").Count;

    [Fact]
    public async Task ExpiredToken_IsRefreshedOnce_AndTheCallRetriedWithTheNewToken()
    {
        Answers((401, FakeYouTube.Error(401, "authError", "Invalid Credentials"), null), (200, Statistics, null));

        var metrics = await FetchAsync();

        Assert.Equal(10, metrics.Views);
        Assert.Equal(1, _tokens.Refreshes);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], _fake.Requests(VideosList, "GET").Select(e => FakeYouTube.Header(e, "Authorization")));
    }

    [Fact]
    public async Task TokenRefusedAgainAfterRefresh_IsAuthExpired()
    {
        Answers((401, FakeYouTube.Error(401, "authError", "Invalid Credentials"), null), (401, FakeYouTube.Error(401, "authError", "Invalid Credentials"), null));

        var error = await Assert.ThrowsAsync<PublishingException>(FetchAsync);

        Assert.Equal(PublishingErrorCodes.AuthExpired, error.Code);
        Assert.Equal(1, _tokens.Refreshes);
        Assert.Equal(2, Calls);
    }

    [Fact]
    public async Task TooManyRequests_WaitsTheRetryAfter_ThenSucceeds()
    {
        Answers((429, FakeYouTube.Error(429, "rateLimitExceeded", "Slow down"), "1"), (200, Statistics, null));
        var clock = Stopwatch.StartNew();

        var metrics = await FetchAsync();

        Assert.Equal(10, metrics.Views);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"waited only {clock.Elapsed}");
        Assert.Equal(2, Calls);
    }

    [Fact]
    public async Task TooManyRequests_BeyondTheRetries_IsRateLimitedWithRetryAfter()
    {
        _fake.Server.Given(Request.Create().WithPath(VideosList).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0").WithBody(FakeYouTube.Error(429, "rateLimitExceeded", "Slow down")));

        var error = await Assert.ThrowsAsync<PublishingException>(FetchAsync);

        Assert.Equal(PublishingErrorCodes.RateLimited, error.Code);
        Assert.True(error.Retryable);
        Assert.Equal(TimeSpan.Zero, error.RetryAfter);
        Assert.Equal(1 + _fake.Options().MaxRetries, Calls);
    }

    [Fact]
    public async Task RetryAfterLongerThanTheCap_FailsAtOnceSoTheEngineCanReschedule()
    {
        Answers((429, FakeYouTube.Error(429, "rateLimitExceeded", "Slow down"), "3600"), (200, Statistics, null));

        var error = await Assert.ThrowsAsync<PublishingException>(FetchAsync);

        Assert.Equal(PublishingErrorCodes.RateLimited, error.Code);
        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Equal(1, Calls);
    }

    [Fact]
    public async Task ServerErrors_AreRetriedWithBackoff_ThenSucceed()
    {
        Answers((503, "Service Unavailable", null), (500, FakeYouTube.Error(500, "backendError", "Backend Error"), null), (200, Statistics, null));

        var metrics = await FetchAsync();

        Assert.Equal(10, metrics.Views);
        Assert.Equal(3, Calls);
    }

    [Fact]
    public async Task ServerErrors_BeyondTheRetries_AreUnavailable()
    {
        _fake.Server.Given(Request.Create().WithPath(VideosList).UsingGet()).RespondWith(Response.Create().WithStatusCode(502));

        var error = await Assert.ThrowsAsync<PublishingException>(FetchAsync);

        Assert.Equal(PublishingErrorCodes.Unavailable, error.Code);
        Assert.True(error.Retryable);
        Assert.Equal(1 + _fake.Options().MaxRetries, Calls);
    }

    [Fact]
    public async Task QuotaExceeded_IsNotRetried()
    {
        Answers((403, FakeYouTube.Error(403, "quotaExceeded", "The request cannot be completed because you have exceeded your quota."), null), (200, Statistics, null));

        var error = await Assert.ThrowsAsync<PublishingException>(FetchAsync);

        Assert.Equal(PublishingErrorCodes.QuotaExceeded, error.Code);
        Assert.False(error.Retryable);
        Assert.Contains("exceeded your quota", error.Message);
        Assert.Equal(1, Calls);
    }

    [Fact]
    public async Task UserRateLimit403_IsBackedOffAndRetried()
    {
        Answers((403, FakeYouTube.Error(403, "userRateLimitExceeded", "User Rate Limit Exceeded"), null), (200, Statistics, null));

        var metrics = await FetchAsync();

        Assert.Equal(10, metrics.Views);
        Assert.Equal(2, Calls);
    }

    [Fact]
    public async Task OtherClientErrors_AreRejectedWithYouTubesMessage()
    {
        Answers((400, """{"error":{"code":400,"message":"Invalid value for filter: id","errors":[{"reason":"invalidFilters"}]}}""", null));

        var error = await Assert.ThrowsAsync<PublishingException>(FetchAsync);

        Assert.Equal(PublishingErrorCodes.Rejected, error.Code);
        Assert.Equal("YouTube: Invalid value for filter: id (invalidFilters)", error.Message);
        Assert.Equal(1, Calls);
    }
}
