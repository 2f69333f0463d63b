using System.Globalization;
using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MediaCreator.Api.Tests.Publishing.Sync;

/// <summary>
/// One local WireMock server standing in for the metrics and revenue endpoints of YouTube (Data API videos.list,
/// Analytics reports, Google's token endpoint), TikTok (video query) and Facebook (Graph video fields and
/// video_insights), answering with the shapes of <c>tests/MediaCreator.Modules.Publishing.Tests</c>.
/// </summary>
internal sealed class FakePlatforms : IDisposable
{
    public const string YouTubeToken = "yt-token";
    public const string TikTokToken = "tt-token";
    public const string FacebookToken = "fb-token";

    public WireMockServer Server { get; } = WireMockServer.Start();

    public string Url => Server.Url!;

    /// <summary>Options pointing the app's platform clients here; the periodic sync off (tests run its pass by hand).</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["YouTubeOptions:ClientId"] = "client-1.apps.googleusercontent.com",
        ["YouTubeOptions:ClientSecret"] = "secret-1",
        ["YouTubeOptions:ApiBaseUrl"] = Url + "/youtube/v3",
        ["YouTubeOptions:AnalyticsBaseUrl"] = Url + "/v2",
        ["YouTubeOptions:TokenUrl"] = Url + "/token",
        ["YouTubeOptions:MaxRetries"] = "1",
        ["YouTubeOptions:RetryBaseDelay"] = "00:00:00.010",
        ["TikTok:ApiBaseUrl"] = Url,
        ["TikTok:ClientKey"] = "tt-client",
        ["TikTok:ClientSecret"] = "tt-secret",
        ["TikTok:Retry:MaxRetries"] = "1",
        ["TikTok:Retry:BaseDelay"] = "00:00:00.010",
        ["Facebook:GraphBaseUrl"] = Url,
        ["Facebook:AppId"] = "fb-app",
        ["Facebook:AppSecret"] = "fb-secret",
        ["Facebook:RevenueCurrency"] = "THB",
        ["Facebook:Retry:MaxRetries"] = "1",
        ["Facebook:Retry:BaseDelay"] = "00:00:00.010",
        ["Publishing:Sync:Enabled"] = "false",
        ["Workers:RetryBaseDelay"] = "00:00:00.200",
    };

    /// <summary>videos.list statistics (views 12345, likes 678, comments 90) and Analytics (1500 minutes watched, 42 shares, revenue).</summary>
    public void YouTubeVideo(string videoId, long views = 12345, decimal revenue = 12.3456m)
    {
        Server.Given(Request.Create().WithPath("/youtube/v3/videos").UsingGet().WithParam("id", videoId).WithHeader("Authorization", "Bearer " + YouTubeToken))
            .RespondWith(Ok($$$"""
                {"kind":"youtube#videoListResponse","items":[{"kind":"youtube#video","id":"{{{videoId}}}",
                 "statistics":{"viewCount":"{{{views}}}","likeCount":"678","favoriteCount":"0","commentCount":"90"}}],
                 "pageInfo":{"totalResults":1,"resultsPerPage":1}}
                """));
        Server.Given(Request.Create().WithPath("/v2/reports").UsingGet().WithParam("metrics", "estimatedMinutesWatched,shares")
                .WithParam("filters", "video==" + videoId).WithHeader("Authorization", "Bearer " + YouTubeToken))
            .RespondWith(Ok("""
                {"kind":"youtubeAnalytics#resultTable",
                 "columnHeaders":[{"name":"estimatedMinutesWatched","columnType":"METRIC","dataType":"INTEGER"},
                                  {"name":"shares","columnType":"METRIC","dataType":"INTEGER"}],
                 "rows":[[1500,42]]}
                """));
        Server.Given(Request.Create().WithPath("/v2/reports").UsingGet().WithParam("metrics", "estimatedRevenue")
                .WithParam("filters", "video==" + videoId).WithHeader("Authorization", "Bearer " + YouTubeToken))
            .RespondWith(Ok($$"""
                {"kind":"youtubeAnalytics#resultTable",
                 "columnHeaders":[{"name":"estimatedRevenue","columnType":"METRIC","dataType":"FLOAT"}],
                 "rows":[[{{revenue.ToString(CultureInfo.InvariantCulture)}}]]}
                """));
    }

    /// <summary>Any other YouTube bearer token is expired (401); Google's token endpoint refreshes to <see cref="YouTubeToken"/>.</summary>
    public void YouTubeRefreshes(string refreshToken)
    {
        Server.Given(Request.Create().WithPath("/youtube/v3/videos").UsingGet().WithHeader("Authorization", new WireMock.Matchers.WildcardMatcher(WireMock.Matchers.MatchBehaviour.RejectOnMatch, "Bearer " + YouTubeToken)))
            .RespondWith(Response.Create().WithStatusCode(401).WithBody(
                """{"error":{"code":401,"message":"Request had invalid authentication credentials.","errors":[{"message":"Invalid Credentials","domain":"global","reason":"authError"}],"status":"UNAUTHENTICATED"}}"""));
        Server.Given(Request.Create().WithPath("/token").UsingPost().WithBody(new WireMock.Matchers.RegexMatcher("refresh_token=" + refreshToken)))
            .RespondWith(Ok($$"""{"access_token":"{{YouTubeToken}}","expires_in":3599,"scope":"https://www.googleapis.com/auth/youtube.readonly","token_type":"Bearer"}"""));
    }

    /// <summary>TikTok video query: views 1500, likes 120, comments 9, shares 4.</summary>
    public void TikTokVideo(string videoId) =>
        Server.Given(Request.Create().WithPath("/v2/video/query/").UsingPost().WithHeader("Authorization", "Bearer " + TikTokToken))
            .RespondWith(Ok(JsonSerializer.Serialize(new
            {
                data = new { videos = new[] { new { id = videoId, view_count = 1500, like_count = 120, comment_count = 9, share_count = 4 } } },
                error = new { code = "ok", message = "", log_id = "202611252040" },
            })));

    /// <summary>TikTok refuses every other token as invalid (401).</summary>
    public void TikTokRejects(string token) =>
        Server.Given(Request.Create().WithPath("/v2/video/query/").UsingPost().WithHeader("Authorization", "Bearer " + token))
            .RespondWith(Response.Create().WithStatusCode(401).WithBody(JsonSerializer.Serialize(new
            {
                error = new { code = "access_token_invalid", message = "The access token is invalid or not found in the request.", log_id = "20261125LOG" },
            })));

    /// <summary>TikTok rate-limits every call made with <paramref name="token"/> (429).</summary>
    public void TikTokRateLimits(string token) =>
        Server.Given(Request.Create().WithPath("/v2/video/query/").UsingPost().WithHeader("Authorization", "Bearer " + token))
            .RespondWith(Response.Create().WithStatusCode(429).WithBody(JsonSerializer.Serialize(new
            {
                error = new { code = "rate_limit_exceeded", message = "API rate limit exceeded.", log_id = "20261125LOG" },
            })));

    /// <summary>
    /// Facebook video fields (views 1200, likes 85, comments 12), lifetime insights (7 shares, 3600 s watched) and
    /// daily ad-break earnings in THB: 12.5 yesterday, 7.25 the day before.
    /// </summary>
    public void FacebookVideo(string videoId, decimal yesterday = 12.5m)
    {
        Server.Given(Request.Create().WithPath($"/v19.0/{videoId}").UsingGet())
            .RespondWith(Ok($$$"""{"views":1200,"likes":{"data":[],"summary":{"total_count":85,"can_like":true}},"comments":{"data":[],"summary":{"order":"ranked","total_count":12}},"id":"{{{videoId}}}"}"""));
        // One insights answer for both calls (Graph splits the comma-separated metric list): lifetime metrics and daily earnings.
        var today = DateTime.UtcNow.Date;
        Server.Given(Request.Create().WithPath($"/v19.0/{videoId}/video_insights").UsingGet())
            .RespondWith(Ok($$$"""
                {"data":[
                  {"name":"total_video_views","period":"lifetime","values":[{"value":1250}]},
                  {"name":"total_video_view_total_time","period":"lifetime","values":[{"value":3600000}]},
                  {"name":"total_video_avg_time_watched","period":"lifetime","values":[{"value":3000}]},
                  {"name":"total_video_stories_by_action_type","period":"lifetime","values":[{"value":{"share":7,"like":85,"comment":12}}]},
                  {"name":"total_video_ad_break_earnings","period":"day","values":[
                    {"value":7.25,"end_time":"{{{EndTime(today.AddDays(-2))}}}"},
                    {"value":{{{yesterday.ToString(CultureInfo.InvariantCulture)}}},"end_time":"{{{EndTime(today.AddDays(-1))}}}"}]}
                ]}
                """));
    }

    /// <summary>A fixed October 2026 report for revenue syncs of an explicit period: 10.5 on Oct 1, 4 on Oct 2.</summary>
    public void FacebookOctober(string videoId) =>
        Server.Given(Request.Create().WithPath($"/v19.0/{videoId}/video_insights").UsingGet().WithParam("metric", "total_video_ad_break_earnings")
                .WithParam("since", "2026-10-01"))
            .RespondWith(Ok("""
                {"data":[{"name":"total_video_ad_break_earnings","period":"day","values":[
                  {"value":10.5,"end_time":"2026-10-02T07:00:00+0000"},{"value":4,"end_time":"2026-10-03T07:00:00+0000"}]}]}
                """));

    public int Calls(string path) => Server.LogEntries.Count(e => e.RequestMessage!.Path == path);

    public void Dispose() => Server.Stop();

    // Facebook's end_time is the end of the reported day: the next midnight, Pacific time.
    private static string EndTime(DateTime day) => day.AddDays(1).AddHours(8).ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);

    private static IResponseBuilder Ok(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);
}
