using System.Globalization;
using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Platforms.YouTube;

namespace MediaCreator.Modules.Publishing.Tests.YouTube;

public sealed class YouTubeUploadTests : IAsyncLifetime
{
    private const int Chunk = 256 * 1024;
    private readonly FakeYouTube _fake = new();
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private readonly string _dir = Directory.CreateTempSubdirectory("youtube-upload-").FullName;
    private readonly CountingTokens _tokens = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
        Directory.Delete(_dir, true);
    }

    private (PublishRequest Request, byte[] Bytes) Video(int size, PostDetails? details = null, string? thumbnail = null)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        var path = Path.Combine(_dir, "video.mp4");
        File.WriteAllBytes(path, bytes);
        details ??= new PostDetails("My video", "About it", ["ai", "short film"], CategoryId: "24", Language: "en", ThumbnailPath: thumbnail);
        return (new PublishRequest(new PlatformConnection("UC123", _tokens), new MediaFile(path, "video/mp4", size, 12, 1080, 1920), details, "pub-1"), bytes);
    }

    private YouTubePublisher Publisher() => new(_http, _fake.Options(Chunk));

    [Fact]
    public async Task Upload_SendsMetadataThenChunks_AndResumesAfterADroppedChunk()
    {
        var size = 2 * Chunk + 90_000;
        var session = await _fake.StartsSessionAsync(size);
        session.DropAt[Chunk] = 100_000; // the server kept 100 000 bytes of the second chunk before it failed
        var (request, bytes) = Video(size);
        var progress = new List<double>();

        var result = await Publisher().UploadAsync(request, new SyncProgress(progress.Add), CancellationToken.None);

        Assert.Equal(bytes, session.Received);
        Assert.Empty(session.Violations);
        Assert.Equal(
            [$"bytes 0-{Chunk - 1}/{size}", $"bytes {Chunk}-{2 * Chunk - 1}/{size}", $"bytes */{size}",
             $"bytes {Chunk + 100_000}-{size - 1}/{size}"],
            session.ContentRanges);
        var start = Assert.Single(_fake.Requests(FakeYouTube.VideosPath, "POST"));
        Assert.Equal("/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status", start.RequestMessage!.Url[_fake.Url.Length..]);
        Assert.Equal(size.ToString(CultureInfo.InvariantCulture), FakeYouTube.Header(start, "X-Upload-Content-Length"));
        Assert.Equal("video/mp4", FakeYouTube.Header(start, "X-Upload-Content-Type"));
        Assert.Equal("Bearer token-1", FakeYouTube.Header(start, "Authorization"));
        var metadata = FakeYouTube.Json(start);
        Assert.Equal("My video", metadata.GetProperty("snippet").GetProperty("title").GetString());
        Assert.Equal("About it", metadata.GetProperty("snippet").GetProperty("description").GetString());
        Assert.Equal(["ai", "short film"], metadata.GetProperty("snippet").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("24", metadata.GetProperty("snippet").GetProperty("categoryId").GetString());
        Assert.Equal("en", metadata.GetProperty("snippet").GetProperty("defaultLanguage").GetString());
        var status = metadata.GetProperty("status");
        Assert.Equal("public", status.GetProperty("privacyStatus").GetString());
        Assert.False(status.GetProperty("selfDeclaredMadeForKids").GetBoolean());
        Assert.True(status.GetProperty("containsSyntheticMedia").GetBoolean());
        Assert.False(status.TryGetProperty("publishAt", out _));
        Assert.Equal(new PublishResult("dQw4w9WgXcQ", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            DateTimeOffset.Parse("2026-11-25T20:00:00Z", CultureInfo.InvariantCulture), null, "processing"), result);
        Assert.Equal(1.0, progress[^1]);
        Assert.Equal(progress.Order(), progress);
        Assert.Contains((double)Chunk / size, progress);
    }

    [Fact]
    public async Task Schedule_UploadsPrivateWithPublishAt()
    {
        var session = await _fake.StartsSessionAsync(1000);
        var (request, _) = Video(1000);
        var at = new DateTimeOffset(2030, 1, 2, 15, 30, 0, TimeSpan.FromHours(2));

        var result = await Publisher().ScheduleAsync(request, at, null, CancellationToken.None);

        var status = FakeYouTube.Json(Assert.Single(_fake.Requests(FakeYouTube.VideosPath, "POST"))).GetProperty("status");
        Assert.Equal("private", status.GetProperty("privacyStatus").GetString());
        Assert.Equal("2030-01-02T13:30:00Z", status.GetProperty("publishAt").GetString());
        Assert.Equal(["bytes 0-999/1000"], session.ContentRanges);
        Assert.Equal("scheduled", result.Status);
        Assert.Equal(at, result.ScheduledTime);
        Assert.Null(result.PublishedTime);
    }

    [Fact]
    public async Task Schedule_InThePast_IsRejectedBeforeAnyCall()
    {
        var (request, _) = Video(1000);

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            Publisher().ScheduleAsync(request, DateTimeOffset.UtcNow.AddMinutes(-1), null, CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.Rejected, error.Code);
        Assert.Empty(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task Upload_LongTitleAndAngleBrackets_AreFittedToYouTubesLimits()
    {
        await _fake.StartsSessionAsync(1000);
        var (request, _) = Video(1000, new PostDetails(new string('x', 120) + "<b>", "a <tag> here", [new string('t', 300), new string('u', 300)]));

        await Publisher().UploadAsync(request, null, CancellationToken.None);

        var snippet = FakeYouTube.Json(_fake.Requests(FakeYouTube.VideosPath, "POST")[0]).GetProperty("snippet");
        Assert.Equal(new string('x', 100), snippet.GetProperty("title").GetString());
        Assert.Equal("a tag here", snippet.GetProperty("description").GetString());
        Assert.Equal([new string('t', 300)], snippet.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("22", snippet.GetProperty("categoryId").GetString());
    }

    [Fact]
    public async Task Upload_WithThumbnail_CallsThumbnailsSet()
    {
        await _fake.StartsSessionAsync(1000);
        var thumbnail = Path.Combine(_dir, "thumb.png");
        await File.WriteAllBytesAsync(thumbnail, [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        _fake.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath("/upload/youtube/v3/thumbnails/set").UsingPost()
                .WithParam("videoId", "dQw4w9WgXcQ"))
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200)
                .WithBody("""{"kind":"youtube#thumbnailSetResponse","items":[{"default":{"url":"https://i.ytimg.com/x.jpg"}}]}"""));
        var (request, _) = Video(1000, thumbnail: thumbnail);

        await Publisher().UploadAsync(request, null, CancellationToken.None);

        var set = Assert.Single(_fake.Requests("/upload/youtube/v3/thumbnails/set", "POST"));
        Assert.StartsWith("image/png", FakeYouTube.Header(set, "Content-Type"));
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 1, 2, 3], set.RequestMessage!.BodyAsBytes);
    }

    [Fact]
    public async Task Upload_WithAnExpiredToken_RefreshesOnceAndStartsTheSession()
    {
        var session = await _fake.StartsSessionAsync(1000, token: "token-2");
        _fake.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(FakeYouTube.VideosPath).UsingPost().WithHeader("Authorization", "Bearer token-1"))
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(401)
                .WithBody(FakeYouTube.Error(401, "authError", "Invalid Credentials")));
        var (request, bytes) = Video(1000);

        var result = await Publisher().UploadAsync(request, null, CancellationToken.None);

        Assert.Equal("dQw4w9WgXcQ", result.ExternalPostId);
        Assert.Equal(1, _tokens.Refreshes);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], _fake.Requests(FakeYouTube.VideosPath, "POST").Select(e => FakeYouTube.Header(e, "Authorization")));
        Assert.Equal(["Bearer token-2"], session.Authorizations);
        Assert.Equal(bytes, session.Received);
    }

    [Fact]
    public async Task Upload_WhoseSessionExpired_StartsANewSession()
    {
        var session = await _fake.StartsSessionAsync(1000);
        session.ExpireOnce = true;
        var (request, bytes) = Video(1000);

        await Publisher().UploadAsync(request, null, CancellationToken.None);

        Assert.Equal(2, _fake.Requests(FakeYouTube.VideosPath, "POST").Count);
        Assert.Equal(["bytes 0-999/1000", "bytes 0-999/1000"], session.ContentRanges);
        Assert.Equal(bytes, session.Received);
    }

    [Fact]
    public async Task Upload_OverQuota_FailsWithoutRetrying()
    {
        _fake.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(FakeYouTube.VideosPath).UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(403)
                .WithBody(FakeYouTube.Error(403, "quotaExceeded", "The request cannot be completed because you have exceeded your quota.")));
        var (request, _) = Video(1000);

        var error = await Assert.ThrowsAsync<PublishingException>(() => Publisher().UploadAsync(request, null, CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.QuotaExceeded, error.Code);
        Assert.Single(_fake.Requests(FakeYouTube.VideosPath, "POST"));
    }

    private sealed class SyncProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
