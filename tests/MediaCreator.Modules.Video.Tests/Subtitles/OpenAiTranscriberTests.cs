using System.Diagnostics;
using System.Text;
using MediaCreator.Modules.Core.Media;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Subtitles;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MediaCreator.Modules.Video.Tests.Subtitles;

/// <summary>One second of tone shared by the transcriber tests, so ffmpeg runs once per class.</summary>
public sealed class ToneFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("whisper-tone-").FullName;

    public string OneSecond => System.IO.Path.Combine(_directory, "tone.wav");

    public Task InitializeAsync() =>
        FfmpegProcess.RunAsync(["-y", "-f", "lavfi", "-i", "sine=f=440:d=1", "-ac", "1", "-ar", "16000", OneSecond]);

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, true);
        return Task.CompletedTask;
    }
}

public sealed class OpenAiTranscriberTests(ToneFixture tone) : IDisposable, IClassFixture<ToneFixture>
{
    private const string Path = "/v1/audio/transcriptions";
    private const string Verbose = """
        {"task":"transcribe","language":"english","duration":3.2,"text":"Hello there. Fine day.",
         "words":[{"word":"Hello","start":0.5,"end":0.9},{"word":"there.","start":0.95,"end":1.4},
                  {"word":"Fine","start":2.0,"end":2.3},{"word":"day.","start":2.35,"end":2.8}],
         "segments":[{"id":0,"seek":0,"start":0.5,"end":1.5,"text":" Hello there.","avg_logprob":-0.2,"no_speech_prob":0.01},
                     {"id":1,"seek":0,"start":1.9,"end":2.9,"text":" Fine day.","avg_logprob":-0.3,"no_speech_prob":0.02}]}
        """;
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly string _dir = Directory.CreateTempSubdirectory("whisper-test-").FullName;
    private readonly HttpClient _http = new();

    public void Dispose()
    {
        _server.Stop();
        _http.Dispose();
        Directory.Delete(_dir, true);
    }

    private OpenAiTranscriber Transcriber(Action<OpenAiTranscriberOptions>? configure = null)
    {
        var options = new OpenAiTranscriberOptions { BaseUrl = _server.Url!, ApiKey = "sk-test", RetryBaseDelay = TimeSpan.FromMilliseconds(20), TimeoutSeconds = 10 };
        configure?.Invoke(options);
        return new OpenAiTranscriber(_http, options);
    }

    private async Task<string> ToneAsync(double seconds, string name = "tone.wav")
    {
        if (seconds == 1) return tone.OneSecond;
        var path = System.IO.Path.Combine(_dir, name);
        await FfmpegProcess.RunAsync(["-y", "-f", "lavfi", "-i", $"sine=f=440:d={seconds}", "-ac", "1", "-ar", "16000", path]);
        return path;
    }

    private string Body(int index = 0)
    {
        var message = _server.LogEntries.ElementAt(index).RequestMessage!;
        return message.BodyAsBytes is { } bytes ? Encoding.Latin1.GetString(bytes) : message.Body ?? "";
    }

    [Fact]
    public async Task Transcribe_SendsTheDocumentedMultipartAndReadsWordsAndSegments()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost().WithHeader("Authorization", "Bearer sk-test"))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Verbose));
        var wav = await ToneAsync(1);

        var transcript = await Transcriber().TranscribeAsync(wav, "en-US", null, CancellationToken.None);

        var body = Body();
        foreach (var part in new[] { "name=model", "whisper-1", "name=response_format", "verbose_json", "name=language", "name=file" })
            Assert.Contains(part, body, StringComparison.Ordinal);
        Assert.Contains("timestamp_granularities[]\r\n\r\nword", body.Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("timestamp_granularities[]\r\n\r\nsegment", body.Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("RIFF", body, StringComparison.Ordinal);
        Assert.Equal("en", transcript.Language);
        Assert.Equal(["Hello there.", "Fine day."], transcript.Segments.Select(s => s.Text));
        Assert.Equal(["Fine", "day."], transcript.Segments[1].Words.Select(w => w.Text));
        Assert.Equal(0.5, transcript.Segments[0].Words[0].Start);
    }

    [Fact]
    public async Task Transcribe_WhenFileIsOverTheLimit_UploadsMono16kOpus()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"language":"thai","text":"ก","segments":[{"start":0,"end":1,"text":"สวัสดี","words":[{"word":"สวัสดี","start":0.1,"end":0.8,"probability":0.9}]}]}"""));
        var wav = await ToneAsync(6);
        var limit = new FileInfo(wav).Length / 4;

        var transcript = await Transcriber(o => o.MaxUploadBytes = limit).TranscribeAsync(wav, null, null, CancellationToken.None);

        var entry = _server.LogEntries.Single().RequestMessage!;
        Assert.True(entry.BodyAsBytes!.Length < limit, $"{entry.BodyAsBytes.Length} bytes uploaded");
        Assert.Contains("OggS", Body(), StringComparison.Ordinal);
        Assert.Contains("OpusHead", Body(), StringComparison.Ordinal);
        Assert.Contains("filename=speech.ogg", Body().Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("th", transcript.Language);
        Assert.Equal(0.9, transcript.Words.Single().Confidence);
    }

    [Fact]
    public async Task Transcribe_When429WithRetryAfter_WaitsThenSucceeds()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost()).InScenario("limit").WillSetStateTo("open")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithBody("""{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}"""));
        _server.Given(Request.Create().WithPath(Path).UsingPost()).InScenario("limit").WhenStateIs("open")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Verbose));
        var wav = await ToneAsync(1);
        var clock = Stopwatch.StartNew();

        var transcript = await Transcriber().TranscribeAsync(wav, "en", null, CancellationToken.None);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.95), $"waited {clock.Elapsed}");
        Assert.Equal(2, _server.LogEntries.Count());
        Assert.Equal(4, transcript.Words.Count());
    }

    [Fact]
    public async Task Transcribe_When5xxPersists_IsRetryableProviderErrorAfterMaxAttempts()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("""{"error":{"message":"overloaded","type":"server_error"}}"""));
        var wav = await ToneAsync(1);

        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => Transcriber(o => o.MaxAttempts = 3).TranscribeAsync(wav, "en", null, CancellationToken.None));

        Assert.Equal("PROVIDER_ERROR", e.Code);
        Assert.True(e.Retryable);
        Assert.Contains("503 overloaded", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, _server.LogEntries.Count());
    }

    [Theory]
    [InlineData(401, """{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}}""", "PROVIDER_NOT_CONFIGURED")]
    [InlineData(429, """{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}}""", "QUOTA_EXCEEDED")]
    [InlineData(400, """{"error":{"message":"Invalid file format.","type":"invalid_request_error"}}""", "INVALID_INPUT")]
    public async Task Transcribe_WhenServerRefuses_MapsTheErrorWithoutRetrying(int status, string body, string code)
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost()).RespondWith(Response.Create().WithStatusCode(status).WithBody(body));
        var wav = await ToneAsync(1);

        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => Transcriber().TranscribeAsync(wav, "en", null, CancellationToken.None));

        Assert.Equal(code, e.Code);
        Assert.Single(_server.LogEntries);
    }

    [Fact]
    public async Task Transcribe_When413_RetriesOnceCompressed()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost()).InScenario("size").WillSetStateTo("small")
            .RespondWith(Response.Create().WithStatusCode(413).WithBody("""{"error":{"message":"Maximum content size limit (26214400) exceeded"}}"""));
        _server.Given(Request.Create().WithPath(Path).UsingPost()).InScenario("size").WhenStateIs("small")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Verbose));
        var wav = await ToneAsync(1);

        await Transcriber().TranscribeAsync(wav, "en", null, CancellationToken.None);

        Assert.Contains("RIFF", Body(0), StringComparison.Ordinal);
        Assert.Contains("OggS", Body(1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcribe_WhenServerHangs_IsProviderTimeout()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Verbose).WithDelay(TimeSpan.FromSeconds(2)));
        var wav = await ToneAsync(1);

        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => Transcriber(o => o.TimeoutSeconds = 0.3).TranscribeAsync(wav, "en", null, CancellationToken.None));

        Assert.Equal("PROVIDER_TIMEOUT", e.Code);
    }

    [Fact]
    public void Response_WithWordsOnly_IsSegmentedAtPauses()
    {
        const string json = """{"language":"english","text":"a b c","words":[{"word":"a","start":0,"end":0.3},{"word":"b","start":0.35,"end":0.6},{"word":"c","start":2,"end":2.4}]}""";

        var transcript = TranscriptionResponse.Parse(json, null, "openai-whisper");

        Assert.Equal("en", transcript.Language);
        Assert.Equal(["a b", "c"], transcript.Segments.Select(s => s.Text));
    }

    [Fact]
    public async Task Transcribe_OpenAiWithoutKey_IsNotConfigured()
    {
        var transcriber = new OpenAiTranscriber(_http, new OpenAiTranscriberOptions { ApiKey = null });

        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => transcriber.TranscribeAsync("x.wav", "en", null, CancellationToken.None));

        Assert.Equal("PROVIDER_NOT_CONFIGURED", e.Code);
    }
}
