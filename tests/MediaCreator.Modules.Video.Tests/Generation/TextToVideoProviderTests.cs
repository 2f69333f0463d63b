using System.Text.Json;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Providers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static MediaCreator.Modules.Video.Tests.Generation.ProviderScript;

namespace MediaCreator.Modules.Video.Tests.Generation;

/// <summary>Runway, Luma and Pika (fal.ai) against WireMock fakes of their APIs: the whole flow and its failures.</summary>
public sealed class TextToVideoProviderTests : IClassFixture<TextToVideoProviderTests.Clip>
{
    private readonly Clip _clip;

    public TextToVideoProviderTests(Clip clip) => _clip = clip;

    /// <summary>A real 1 s 160x96 H.264 MP4 the fakes serve as the generated video.</summary>
    public sealed class Clip : IDisposable
    {
        private readonly GenerationMedia _media = new();

        public Clip() => Bytes = File.ReadAllBytes(_media.FfmpegAsync("clip.mp4", "-f", "lavfi", "-i", "testsrc2=size=160x96:rate=24:duration=1",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p").GetAwaiter().GetResult());

        public byte[] Bytes { get; }

        public void Dispose() => _media.Dispose();
    }

    public static TheoryData<ProviderScript> Providers() => [new RunwayScript(), new LumaScript(), new PikaScript()];

    private static TextToVideoRequest Asked(GenerationMedia media) =>
        new("a lighthouse at dusk, waves crashing", 5, AspectRatio.Portrait, 720, 1280, "cinematic", null, media.File("out.mp4"));

    private void Serve(WireMockServer server, ProviderScript script)
    {
        server.Given(Request.Create().WithPath("/cdn/video.mp4").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "video/mp4").WithBody(_clip.Bytes));
        script.Completed(server, $"{server.Url}/cdn/video.mp4");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GenerateAsync_WhenTheTaskSucceeds_SubmitsPollsAndDownloadsAPlayableVideo(ProviderScript script)
    {
        using var server = WireMockServer.Start();
        using var media = new GenerationMedia();
        Sequence(server, script.SubmitPath, true, Answer(200, script.SubmitBody(server)));
        Sequence(server, script.PollPath, false, Answer(200, script.Running), Answer(200, script.Running), Answer(200, script.Succeeded($"{server.Url}/cdn/video.mp4")));
        Serve(server, script);
        var reports = new List<VideoProgress>();

        var info = await script.Create(server, TimeSpan.FromSeconds(20)).GenerateAsync(Asked(media), new InlineProgress(reports.Add), CancellationToken.None);

        Assert.Equal((160, 96, "h264"), (info.Width, info.Height, info.VideoCodec));
        Assert.InRange(info.DurationSeconds, 0.9, 1.1);
        var calls = server.LogEntries.Select(e => e.RequestMessage!).ToList();
        var api = calls.Where(c => c.Path != "/cdn/video.mp4").ToList();
        Assert.All(api, c => Assert.Equal(script.AuthHeader, c.Headers!["Authorization"].Single()));
        Assert.False(calls.Single(c => c.Path == "/cdn/video.mp4").Headers!.ContainsKey("Authorization"));
        Assert.Equal(3, api.Count(c => c.Path == script.PollPath));
        using var body = JsonDocument.Parse(api.First(c => c.Method == "POST").Body!);
        var text = body.RootElement.ToString();
        Assert.Contains("a lighthouse at dusk", text);
        Assert.Contains(script.Name == "runway" ? "720:1280" : "9:16", text);
        if (script.Name == "runway") Assert.Equal("2024-11-06", api[0].Headers!["X-Runway-Version"].Single());
        Assert.Equal(1.0, reports[^1].Fraction);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GenerateAsync_WhenTheTaskFails_ReportsTheServicesReason(ProviderScript script)
    {
        using var server = WireMockServer.Start();
        using var media = new GenerationMedia();
        Sequence(server, script.SubmitPath, true, Answer(200, script.SubmitBody(server)));
        Sequence(server, script.PollPath, false, Answer(200, script.Running), Answer(200, script.Failed("the model ran out of memory")));

        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => script.Create(server, TimeSpan.FromSeconds(20)).GenerateAsync(Asked(media), null, CancellationToken.None));

        Assert.Equal("PROVIDER_ERROR", e.Code);
        Assert.Contains("the model ran out of memory", e.Message);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GenerateAsync_WhenTheKeyIsRefused_FailsAtOnceWithoutLeakingIt(ProviderScript script)
    {
        using var server = WireMockServer.Start();
        using var media = new GenerationMedia();
        Sequence(server, script.SubmitPath, true, Answer(401, Serialize(new { error = $"Invalid API key {ApiKey}" })));

        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => script.Create(server, TimeSpan.FromSeconds(20)).GenerateAsync(Asked(media), null, CancellationToken.None));

        Assert.Equal("PROVIDER_ERROR", e.Code);
        Assert.Contains("credentials (HTTP 401)", e.Message);
        Assert.DoesNotContain(ApiKey, e.Message);
        Assert.Single(server.LogEntries);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GenerateAsync_WhenRateLimitedThenUnavailable_WaitsRetryAfterRetriesAndSucceeds(ProviderScript script)
    {
        using var server = WireMockServer.Start();
        using var media = new GenerationMedia();
        Sequence(server, script.SubmitPath, true,
            Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithBody("""{"error":"Too many requests"}"""), Answer(200, script.SubmitBody(server)));
        Sequence(server, script.PollPath, false, Answer(503, """{"error":"upstream busy"}"""), Answer(502, "bad gateway"), Answer(200, script.Succeeded($"{server.Url}/cdn/video.mp4")));
        Serve(server, script);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var info = await script.Create(server, TimeSpan.FromSeconds(20)).GenerateAsync(Asked(media), null, CancellationToken.None);

        Assert.True(info.HasVideo);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"Retry-After: 1 was not honoured ({clock.Elapsed.TotalMilliseconds} ms)");
        Assert.Equal(2, server.LogEntries.Count(c => c.RequestMessage!.Method == "POST"));
        Assert.Equal(3, server.LogEntries.Count(c => c.RequestMessage!.Path == script.PollPath));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GenerateAsync_WhenTheTaskNeverFinishes_IsAProviderTimeout(ProviderScript script)
    {
        using var server = WireMockServer.Start();
        using var media = new GenerationMedia();
        Sequence(server, script.SubmitPath, true, Answer(200, script.SubmitBody(server)));
        Sequence(server, script.PollPath, false, Answer(200, script.Running));

        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => script.Create(server, TimeSpan.FromMilliseconds(300)).GenerateAsync(Asked(media), null, CancellationToken.None));

        Assert.Equal("PROVIDER_TIMEOUT", e.Code);
        Assert.True(server.LogEntries.Count(c => c.RequestMessage!.Path == script.PollPath) >= 3);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GenerateAsync_WhenModerationRejects_IsContentPolicy(ProviderScript script)
    {
        using var server = WireMockServer.Start();
        using var media = new GenerationMedia();
        script.Moderated(server);

        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => script.Create(server, TimeSpan.FromSeconds(20)).GenerateAsync(Asked(media), null, CancellationToken.None));

        Assert.Equal("CONTENT_POLICY", e.Code);
    }

    [Fact]
    public async Task Runway_WhenGivenAStartImage_SendsItAsADataUriToImageToVideo()
    {
        using var server = WireMockServer.Start();
        using var media = new GenerationMedia();
        var image = media.Still("start.png", 90, 64, 64);
        Sequence(server, "/v1/image_to_video", true, Answer(200, """{"id":"task-1"}"""));
        Sequence(server, "/v1/tasks/task-1", false, Answer(200, new RunwayScript().Succeeded($"{server.Url}/cdn/video.mp4")));
        Serve(server, new RunwayScript());

        await new RunwayScript().Create(server, TimeSpan.FromSeconds(20)).GenerateAsync(Asked(media) with { ImagePath = image, Aspect = AspectRatio.Landscape, DurationSeconds = 9 }, null, CancellationToken.None);

        using var body = JsonDocument.Parse(server.LogEntries.First(e => e.RequestMessage!.Method == "POST").RequestMessage!.Body!);
        var root = body.RootElement;
        Assert.Equal("gen4_turbo", root.GetProperty("model").GetString());
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(await File.ReadAllBytesAsync(image)), root.GetProperty("promptImage").GetString());
        Assert.Equal(("1280:720", 10), (root.GetProperty("ratio").GetString(), root.GetProperty("duration").GetInt32()));
    }

    [Fact]
    public async Task Providers_WithoutAKey_AreNotConfigured_AndLumaRefusesLocalStartImages()
    {
        using var media = new GenerationMedia();
        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => new PikaVideoProvider(new HttpClient(), new PikaOptions()).GenerateAsync(Asked(media), null, CancellationToken.None));
        Assert.Equal("PROVIDER_NOT_CONFIGURED", e.Code);
        Assert.Contains(PikaOptions.SectionName, e.Message);

        using var server = WireMockServer.Start();
        var luma = await Assert.ThrowsAsync<VideoProcessingException>(() => new LumaScript().Create(server, TimeSpan.FromSeconds(1))
            .GenerateAsync(Asked(media) with { ImagePath = media.Still("s.png", 10, 32, 32) }, null, CancellationToken.None));
        Assert.Equal("UNSUPPORTED", luma.Code);
        Assert.Empty(server.LogEntries);
    }
}
