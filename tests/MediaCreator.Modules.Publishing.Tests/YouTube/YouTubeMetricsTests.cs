using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Platforms.YouTube;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Publishing.Tests.YouTube;

public sealed class YouTubeMetricsTests : IAsyncLifetime
{
    private readonly FakeYouTube _fake = new();
    private readonly HttpClient _http = new();
    private readonly PlatformConnection _connection = new("UC123", new CountingTokens());

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    private YouTubePublisher Publisher() => new(_http, _fake.Options());

    private void Report(string body) =>
        _fake.Server.Given(Request.Create().WithPath("/v2/reports").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(body));

    [Fact]
    public async Task Metrics_ReadStatisticsAndTheLifetimeAnalyticsReport()
    {
        _fake.Server.Given(Request.Create().WithPath("/youtube/v3/videos").UsingGet().WithParam("part", "statistics").WithParam("id", "vid1"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""
                {"kind":"youtube#videoListResponse","items":[{"kind":"youtube#video","id":"vid1",
                 "statistics":{"viewCount":"12345","likeCount":"678","favoriteCount":"0","commentCount":"90"}}],
                 "pageInfo":{"totalResults":1,"resultsPerPage":1}}
                """));
        Report("""
            {"kind":"youtubeAnalytics#resultTable",
             "columnHeaders":[{"name":"estimatedMinutesWatched","columnType":"METRIC","dataType":"INTEGER"},
                              {"name":"shares","columnType":"METRIC","dataType":"INTEGER"}],
             "rows":[[1500,42]]}
            """);

        var metrics = await Publisher().FetchMetricsAsync(_connection, "vid1", CancellationToken.None);

        Assert.Equal((12345L, 678L, 90L, 42L, 90_000.0, (double?)null),
            (metrics.Views, metrics.Likes, metrics.Comments, metrics.Shares, metrics.WatchTimeSeconds, metrics.Ctr));
        var query = Assert.Single(_fake.Requests("/v2/reports", "GET")).RequestMessage!.Query!;
        Assert.Equal("channel==MINE", query["ids"].ToString());
        Assert.Equal("video==vid1", query["filters"].ToString());
        Assert.Equal("2005-02-14", query["startDate"].ToString());
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd"), query["endDate"].ToString());
    }

    [Fact]
    public async Task Metrics_OfAVideoYouTubeDoesNotList_AreRejected()
    {
        _fake.Server.Given(Request.Create().WithPath("/youtube/v3/videos").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"kind":"youtube#videoListResponse","items":[]}"""));

        var error = await Assert.ThrowsAsync<PublishingException>(() => Publisher().FetchMetricsAsync(_connection, "gone", CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.Rejected, error.Code);
    }

    [Fact]
    public async Task Revenue_IsTheEstimatedRevenueOfThePeriod_AsAdsense()
    {
        Report("""
            {"kind":"youtubeAnalytics#resultTable",
             "columnHeaders":[{"name":"estimatedRevenue","columnType":"METRIC","dataType":"FLOAT"}],"rows":[[12.3456]]}
            """);
        var from = new DateOnly(2026, 10, 1);
        var to = new DateOnly(2026, 10, 31);

        var revenue = await Publisher().FetchRevenueAsync(_connection, "vid1", from, to, CancellationToken.None);

        Assert.Equal([new PostRevenue(12.3456m, "USD", "adsense", from, to)], revenue);
        var query = Assert.Single(_fake.Requests("/v2/reports", "GET")).RequestMessage!.Query!;
        Assert.Equal("estimatedRevenue", query["metrics"].ToString());
        Assert.Equal("2026-10-01", query["startDate"].ToString());
        Assert.Equal("2026-10-31", query["endDate"].ToString());
        Assert.Equal("USD", query["currency"].ToString());
    }

    [Fact]
    public async Task Revenue_WithoutRows_IsNone()
    {
        Report("""{"kind":"youtubeAnalytics#resultTable","columnHeaders":[{"name":"estimatedRevenue","columnType":"METRIC","dataType":"FLOAT"}]}""");

        var revenue = await Publisher().FetchRevenueAsync(_connection, "vid1", new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), CancellationToken.None);

        Assert.Empty(revenue);
    }
}
