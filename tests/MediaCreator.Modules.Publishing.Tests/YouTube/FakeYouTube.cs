using MediaCreator.TestSupport.Fakes;
using System.Text;
using System.Text.Json;
using MediaCreator.Modules.Publishing.Platforms.YouTube;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MediaCreator.Modules.Publishing.Tests.YouTube;

/// <summary>A local stand-in for www.googleapis.com, youtubeanalytics.googleapis.com and Google's OAuth endpoints.</summary>
internal sealed class FakeYouTube : IAsyncDisposable
{
    private readonly List<FakeUploadSession> _sessions = [];

    public const string VideosPath = "/upload/youtube/v3/videos";
    public const string VideoJson = """
        {"kind":"youtube#video","id":"dQw4w9WgXcQ",
         "snippet":{"publishedAt":"2026-11-25T20:00:00Z","channelId":"UC123","title":"My video"},
         "status":{"uploadStatus":"uploaded","privacyStatus":"public"}}
        """;

    public WireMockServer Server { get; } = WireMockServer.Start();

    public string Url => Server.Url!;

    public YouTubeOptions Options(int chunkSize = 256 * 1024) => new()
    {
        ClientId = "client-1.apps.googleusercontent.com",
        ClientSecret = "secret-1",
        ApiBaseUrl = Url + "/youtube/v3",
        UploadBaseUrl = Url + "/upload/youtube/v3",
        AnalyticsBaseUrl = Url + "/v2",
        AuthUrl = Url + "/o/oauth2/v2/auth",
        TokenUrl = Url + "/token",
        ChunkSize = chunkSize,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromSeconds(5),
    };

    /// <summary>The documented session start (200 + Location) and a session that takes the chunks.</summary>
    public async Task<FakeUploadSession> StartsSessionAsync(long size, string videoJson = VideoJson, string token = "*")
    {
        var session = new FakeUploadSession(size, videoJson);
        _sessions.Add(session);
        await session.StartAsync();
        Server.Given(Request.Create().WithPath(VideosPath).UsingPost()
                .WithParam("uploadType", "resumable").WithHeader("Authorization", $"Bearer {token}"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Location", session.Url));
        return session;
    }

    public IReadOnlyList<ILogEntry> Requests(string path, string method) =>
        [.. Server.LogEntries.Where(e => e.RequestMessage!.Path == path && e.RequestMessage.Method == method)];

    public static string Header(ILogEntry entry, string name) =>
        entry.RequestMessage!.Headers!.TryGetValue(name, out var v) ? v.ToString()! : "";

    public static JsonElement Json(ILogEntry entry) => JsonDocument.Parse(entry.RequestMessage!.Body!).RootElement;

    public static string Body(ILogEntry entry) =>
        entry.RequestMessage!.BodyAsBytes is { } bytes ? Encoding.UTF8.GetString(bytes) : entry.RequestMessage.Body ?? "";

    public static string Error(int code, string reason, string message) =>
        $$$"""{"error":{"code":{{{code}}},"message":"{{{message}}}","errors":[{"message":"{{{message}}}","domain":"youtube.quota","reason":"{{{reason}}}"}]}}""";

    public async ValueTask DisposeAsync()
    {
        Server.Stop();
        foreach (var session in _sessions) await session.DisposeAsync();
    }
}
