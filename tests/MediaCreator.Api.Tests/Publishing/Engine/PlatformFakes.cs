using MediaCreator.TestSupport.Fakes;
using System.Text.Json;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MediaCreator.Api.Tests.Publishing.Engine;

/// <summary>
/// Local stand-ins of YouTube (resumable upload, Google token endpoint), TikTok (init, chunk PUT, status) and Facebook
/// (page video upload phases, processing status), with the request/response shapes of the platform client tests.
/// </summary>
internal sealed class PlatformFakes : IAsyncDisposable
{
    public const string YouTubeVideos = "/upload/youtube/v3/videos";
    public const string GoogleToken = "/token";
    public const string TikTokInit = "/v2/post/publish/video/init/";
    public const string TikTokStatus = "/v2/post/publish/status/fetch/";
    public const string TikTokQuery = "/v2/video/query/";
    public const string FacebookVideos = "/v19.0/page-1/videos";
    public const string FacebookVideo = "/v19.0/vid-9";
    public const string YouTubeVideoJson = """
        {"kind":"youtube#video","id":"yt-video-1","snippet":{"publishedAt":"2026-11-25T20:00:00Z","channelId":"UC123","title":"My video"},
         "status":{"uploadStatus":"uploaded","privacyStatus":"public"}}
        """;
    private const string TikTokOk = """{"code":"ok","message":"","log_id":"202611252040"}""";
    private readonly List<FakeUploadSession> _sessions = [];

    public WireMockServer Server { get; } = WireMockServer.Start();

    public string Url => Server.Url!;

    /// <summary>Configuration pointing the platform clients at these fakes, with short waits.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["YouTubeOptions:ClientId"] = "client-1.apps.googleusercontent.com",
        ["YouTubeOptions:ClientSecret"] = "secret-1",
        ["YouTubeOptions:ApiBaseUrl"] = Url + "/youtube/v3",
        ["YouTubeOptions:UploadBaseUrl"] = Url + "/upload/youtube/v3",
        ["YouTubeOptions:AnalyticsBaseUrl"] = Url + "/v2",
        ["YouTubeOptions:TokenUrl"] = Url + GoogleToken,
        ["YouTubeOptions:RetryBaseDelay"] = "00:00:00.010",
        ["YouTubeOptions:MaxRetryDelay"] = "00:00:00.500",
        ["TikTok:ApiBaseUrl"] = Url,
        ["TikTok:ClientKey"] = "tiktok-key",
        ["TikTok:ClientSecret"] = "tiktok-secret",
        ["TikTok:StatusPollInterval"] = "00:00:00.010",
        ["TikTok:Retry:BaseDelay"] = "00:00:00.010",
        ["TikTok:Retry:MaxDelay"] = "00:00:00.050",
        // A Retry-After longer than this is not waited out by the client: the job engine reschedules the upload.
        ["TikTok:Retry:MaxRetryAfter"] = "00:00:00.100",
        ["Facebook:GraphBaseUrl"] = Url,
        ["Facebook:VideoBaseUrl"] = Url,
        ["Facebook:StatusPollInterval"] = "00:00:00.010",
        ["Facebook:Retry:BaseDelay"] = "00:00:00.010",
        ["Facebook:Retry:MaxDelay"] = "00:00:00.050",
    };

    /// <summary>A resumable session taking <paramref name="size"/> bytes, started for <paramref name="token"/>.</summary>
    public async Task<FakeUploadSession> YouTubeSessionAsync(long size, string token)
    {
        var session = new FakeUploadSession(size, YouTubeVideoJson);
        _sessions.Add(session);
        await session.StartAsync();
        Server.Given(Request.Create().WithPath(YouTubeVideos).UsingPost().WithParam("uploadType", "resumable").WithHeader("Authorization", $"Bearer {token}"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Location", session.Url));
        return session;
    }

    /// <summary>YouTube refuses <paramref name="token"/> as expired; Google's token endpoint refreshes to <paramref name="newToken"/>.</summary>
    public void YouTubeTokenExpired(string token, string newToken)
    {
        Server.Given(Request.Create().WithPath(YouTubeVideos).UsingPost().WithHeader("Authorization", $"Bearer {token}"))
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json").WithBody(
                """{"error":{"code":401,"message":"Invalid Credentials","errors":[{"message":"Invalid Credentials","domain":"global","reason":"authError"}]}}"""));
        Server.Given(Request.Create().WithPath(GoogleToken).UsingPost().WithBody(new RegexMatcher("grant_type=refresh_token")))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(
                $$"""{"access_token":"{{newToken}}","expires_in":3599,"scope":"https://www.googleapis.com/auth/youtube.upload","token_type":"Bearer"}"""));
    }

    /// <summary>YouTube answers every upload start with the daily quota error.</summary>
    public void YouTubeQuotaExceeded() =>
        Server.Given(Request.Create().WithPath(YouTubeVideos).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(403).WithHeader("Content-Type", "application/json").WithBody(
                """{"error":{"code":403,"message":"The request cannot be completed because you have exceeded your quota.","errors":[{"message":"quota","domain":"youtube.quota","reason":"quotaExceeded"}]}}"""));

    /// <summary>TikTok's direct post: init (after one 429 with Retry-After when asked), one chunk PUT, status polled to complete.</summary>
    public void TikTokFlow(long size, bool rateLimitedOnce)
    {
        var init = JsonSerializer.Serialize(new
        {
            data = new { publish_id = "v_pub_file~v2-1.777", upload_url = $"{Url}/tiktok-upload/?upload_id=777" },
            error = JsonDocument.Parse(TikTokOk).RootElement,
        });
        var given = Server.Given(Request.Create().WithPath(TikTokInit).UsingPost());
        if (rateLimitedOnce)
        {
            given.InScenario("tiktok-rate").WillSetStateTo("open").RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1")
                .WithHeader("Content-Type", "application/json").WithBody("""{"error":{"code":"rate_limit_exceeded","message":"Too many requests","log_id":"L1"}}"""));
            Server.Given(Request.Create().WithPath(TikTokInit).UsingPost()).InScenario("tiktok-rate").WhenStateIs("open")
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(init));
        }
        else
        {
            given.RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(init));
        }
        Server.Given(Request.Create().WithPath("/tiktok-upload/").UsingPut()).RespondWith(Response.Create().WithStatusCode(201));
        Server.Given(Request.Create().WithPath(TikTokStatus).UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(new
            {
                data = new { status = "PUBLISH_COMPLETE", publicaly_available_post_id = new[] { 7311000000000001L } },
                error = JsonDocument.Parse(TikTokOk).RootElement,
            })));
        Server.Given(Request.Create().WithPath(TikTokQuery).UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(new
            {
                data = new { videos = new[] { new { id = "7311000000000001", share_url = "https://www.tiktok.com/@cook/video/7311000000000001" } }, cursor = 0, has_more = false },
                error = JsonDocument.Parse(TikTokOk).RootElement,
            })));
    }

    /// <summary>Facebook's resumable page upload of <paramref name="size"/> bytes in one transfer, then processing until ready.</summary>
    public void FacebookFlow(long size)
    {
        Post("upload_phase=start", $$"""{"video_id":"vid-9","start_offset":"0","end_offset":"{{size}}","upload_session_id":"sess-1"}""");
        // The transfer is multipart with the video's binary bytes: matched by its content type, not a body pattern.
        Server.Given(Request.Create().WithPath(FacebookVideos).UsingPost().WithHeader("Content-Type", "multipart/form-data*"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"start_offset":"{{size}}","end_offset":"{{size}}"}"""));
        Post("upload_phase=finish", """{"success":true}""");
        Server.Given(Request.Create().WithPath(FacebookVideo).UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithBody("""{"status":{"video_status":"ready","processing_progress":100},"permalink_url":"/page1/videos/vid-9/","id":"vid-9"}"""));
    }

    private void Post(string bodyPattern, string body) =>
        Server.Given(Request.Create().WithPath(FacebookVideos).UsingPost().WithBody(new RegexMatcher(bodyPattern)))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

    public int Calls(string path, string method = "POST") =>
        Server.LogEntries.Count(e => e.RequestMessage!.Path == path && e.RequestMessage.Method == method);

    /// <summary>Calls of the Facebook start phase: one per upload attempt that reached Facebook.</summary>
    public int FacebookStarts() =>
        Server.LogEntries.Count(e => e.RequestMessage!.Path == FacebookVideos && (e.RequestMessage.Body ?? "").Contains("upload_phase=start", StringComparison.Ordinal)
            || e.RequestMessage!.Path == FacebookVideos && e.RequestMessage.BodyAsBytes is { } b && System.Text.Encoding.UTF8.GetString(b).Contains("upload_phase=start", StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        Server.Stop();
        foreach (var session in _sessions) await session.DisposeAsync();
    }
}
