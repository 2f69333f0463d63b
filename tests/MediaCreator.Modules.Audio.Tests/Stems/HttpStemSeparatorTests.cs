using System.Text.Json;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Codecs;
using MediaCreator.Modules.Audio.Stems;
using MediaCreator.Modules.Audio.Stems.Http;
using MediaCreator.Modules.Audio.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MediaCreator.Modules.Audio.Tests.Stems;

/// <summary>LALAL.AI's v1 flow (upload → split/multistem → check → download → delete) against WireMock.</summary>
public sealed class HttpStemSeparatorTests : IDisposable
{
    private const string Key = "lalal-SECRET-license-42";
    private const int Rate = 22050;
    private const string Json = "application/json";

    private readonly WireMockServer _api = WireMockServer.Start();
    private readonly WireMockServer _cdn = WireMockServer.Start();
    private readonly ScratchFolder _scratch = new();

    public void Dispose()
    {
        _api.Stop();
        _api.Dispose();
        _cdn.Stop();
        _cdn.Dispose();
        _scratch.Dispose();
    }

    private HttpStemOptions Options() => new()
    {
        BaseUrl = _api.Url,
        ApiKey = Key,
        OutputFormat = "wav",
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(5),
        PollInterval = TimeSpan.FromMilliseconds(1),
        MaxPollInterval = TimeSpan.FromMilliseconds(5),
        PollTimeout = TimeSpan.FromSeconds(30),
        Timeout = TimeSpan.FromSeconds(30),
    };

    private static HttpStemSeparator Separator(HttpStemOptions options) =>
        new(new HttpClient(), new FixedOptions(options), NullLogger<HttpStemSeparator>.Instance);

    private static AudioBuffer Mix(double seconds = 1.5) =>
        Signals.Stereo(Signals.Sine(440, seconds, Rate, 0.3), Signals.Sine(660, seconds, Rate, 0.3), Rate);

    private void Upload() =>
        _api.Given(Request.Create().WithPath("/api/v1/upload/").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", Json)
                .WithBody("""{"id": "src-1", "name": "mix.flac", "size": 1234, "duration": 2, "expires": 1761217415}"""));

    private void Split() =>
        _api.Given(Request.Create().WithPath("/api/v1/split/multistem/").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", Json).WithBody("""{"task_id": "task-1"}"""));

    private void Delete() =>
        _api.Given(Request.Create().WithPath("/api/v1/delete/").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", Json).WithBody("{}"));

    private IRequestBuilder Check() => Request.Create().WithPath("/api/v1/check/").UsingPost();

    private static string Progress(int percent) => Result(new { status = "progress", progress = percent, source_id = "src-1", presets = new { stem_list = new[] { "vocals" } } });

    private string Success(params (string Type, string Label)[] tracks) => Result(new
    {
        status = "success",
        source_id = "src-1",
        presets = new { stem_list = new[] { "vocals", "drum", "bass" } },
        result = new { duration = 2, tracks = tracks.Select(t => new { type = t.Type, label = t.Label, url = $"{_cdn.Url}/d/task-1/{t.Label}.wav" }) },
    });

    private static string Result(object task) => JsonSerializer.Serialize(new { result = new Dictionary<string, object> { ["task-1"] = task } });

    /// <summary>A WAV the CDN serves for <paramref name="label"/>.</summary>
    private async Task<AudioBuffer> Track(string label, AudioBuffer audio)
    {
        var path = _scratch.File($"{label}.wav");
        await AudioEncoder.EncodeAsync(audio, AudioFileFormat.Wav, path);
        _cdn.Given(Request.Create().WithPath($"/d/task-1/{label}.wav").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "audio/wav").WithBody(await File.ReadAllBytesAsync(path)));
        return audio;
    }

    [Fact]
    public async Task Uploads_the_mix_splits_polls_downloads_and_decodes_the_stems_aligned_to_the_mix()
    {
        var mix = Mix();
        Upload();
        Split();
        Delete();
        _api.Given(Check()).InScenario("task").WillSetStateTo("queued")
            .RespondWith(Response.Create().WithHeader("Content-Type", Json).WithBody(Progress(0)));
        _api.Given(Check()).InScenario("task").WhenStateIs("queued").WillSetStateTo("limited")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0").WithBody("""{"detail": "Too many requests"}"""));
        _api.Given(Check()).InScenario("task").WhenStateIs("limited").WillSetStateTo("running")
            .RespondWith(Response.Create().WithHeader("Content-Type", Json).WithBody(Progress(60)));
        _api.Given(Check()).InScenario("task").WhenStateIs("running")
            .RespondWith(Response.Create().WithHeader("Content-Type", Json)
                .WithBody(Success(("stem", "vocals"), ("stem", "drum"), ("stem", "bass"), ("back", "no_multistem"))));
        // Tracks a little longer and shorter than the mix: the separator aligns them.
        var vocals = await Track("vocals", Signals.Stereo(Signals.Sine(440, 1.6, Rate, 0.25), Signals.Sine(440, 1.6, Rate, 0.2), Rate));
        var drums = await Track("drum", Signals.Stereo(Signals.Noise(1.5, Rate, 0.1, 1), Signals.Noise(1.5, Rate, 0.1, 2), Rate));
        var bass = await Track("bass", Signals.Stereo(Signals.Sine(55, 1.4, Rate, 0.4), Signals.Sine(55, 1.4, Rate, 0.4), Rate));
        var other = await Track("no_multistem", Signals.Stereo(Signals.Sine(1000, 1.5, Rate, 0.1), Signals.Sine(1500, 1.5, Rate, 0.1), Rate));
        var reports = new List<AudioProgress>();

        var stems = await Separator(Options()).SeparateAsync(mix, [StemKind.Vocal, StemKind.Drums, StemKind.Bass, StemKind.Other],
            new ListProgress(reports), CancellationToken.None);

        foreach (var (stem, truth) in new[] { (StemKind.Vocal, vocals), (StemKind.Drums, drums), (StemKind.Bass, bass), (StemKind.Other, other) })
        {
            var audio = stems[stem];
            Assert.Equal((Rate, 2, mix.Length), (audio.SampleRate, audio.ChannelCount, audio.Length));
            var deviation = 0.0;
            for (var c = 0; c < 2; c++)
                for (var i = 0; i < mix.Length; i++)
                    deviation = Math.Max(deviation, Math.Abs((i < truth.Length ? truth.Channels[c][i] : 0f) - audio.Channels[c][i]));
            Assert.True(deviation < 1e-3, $"{stem}: samples deviate by up to {deviation}");
        }

        var calls = _api.LogEntries.OrderBy(e => e.RequestMessage!.DateTime).ToList();
        Assert.Equal(["/api/v1/upload/", "/api/v1/split/multistem/", "/api/v1/check/", "/api/v1/check/", "/api/v1/check/", "/api/v1/check/", "/api/v1/delete/"],
            calls.Select(e => e.RequestMessage!.Path));
        Assert.All(calls, e => Assert.Equal(Key, Header(e, "X-License-Key")));

        var upload = calls[0].RequestMessage!;
        Assert.Contains("filename=mix.flac", Header(calls[0], "Content-Disposition"), StringComparison.Ordinal);
        var flac = upload.BodyAsBytes!;
        Assert.Equal("fLaC"u8.ToArray(), flac[..4]);
        var uploadedPath = _scratch.File("uploaded.flac");
        await File.WriteAllBytesAsync(uploadedPath, flac);
        var uploaded = await AudioDecoder.DecodeAsync(uploadedPath);
        Assert.Equal(mix.Length, uploaded.Length);
        Assert.True(mix.Channels[1].Zip(uploaded.Channels[1], (a, b) => Math.Abs(a - b)).Max() < 1e-3);

        using var split = JsonDocument.Parse(calls[1].RequestMessage!.Body!);
        Assert.Equal("src-1", split.RootElement.GetProperty("source_id").GetString());
        Assert.Equal(["vocals", "drum", "bass"], split.RootElement.GetProperty("presets").GetProperty("stem_list").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("wav", split.RootElement.GetProperty("presets").GetProperty("encoder_format").GetString());
        using var check = JsonDocument.Parse(calls[2].RequestMessage!.Body!);
        Assert.Equal("task-1", check.RootElement.GetProperty("task_ids")[0].GetString());
        using var delete = JsonDocument.Parse(calls[^1].RequestMessage!.Body!);
        Assert.Equal("src-1", delete.RootElement.GetProperty("source_id").GetString());

        // The signed track links are on another host: the license key is not sent there.
        Assert.Equal(4, _cdn.LogEntries.Count());
        Assert.All(_cdn.LogEntries, e => Assert.Null(Header(e, "X-License-Key")));
        Assert.Contains(reports, r => r.Message.Contains("60 %", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_license_key_is_a_non_retryable_provider_error_without_the_key()
    {
        _api.Given(Request.Create().WithPath("/api/v1/upload/").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", Json).WithBody($$"""{"detail": "Invalid license key {{Key}}"}"""));

        var error = await Assert.ThrowsAsync<AudioProcessingException>(() =>
            Separator(Options()).SeparateAsync(Mix(0.5), [StemKind.Vocal], null, CancellationToken.None));

        Assert.Equal("PROVIDER_ERROR", error.Code);
        Assert.False(error.Retryable);
        Assert.Contains("Audio:Stems:Http:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 401", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.Message, StringComparison.Ordinal);
        Assert.Single(_api.LogEntries);
    }

    [Fact]
    public async Task A_failed_task_is_a_provider_error_with_the_services_message_and_the_source_is_deleted()
    {
        Upload();
        Split();
        Delete();
        _api.Given(Check()).RespondWith(Response.Create().WithHeader("Content-Type", Json).WithBody(
            """{"result": {"task-1": {"status": "error", "source_id": "src-1", "presets": {}, "error": {"code": "inference_error", "detail": "Unable to detect voice/vocals in the uploaded files"}}}}"""));

        var error = await Assert.ThrowsAsync<AudioProcessingException>(() =>
            Separator(Options()).SeparateAsync(Mix(0.5), [StemKind.Vocal], null, CancellationToken.None));

        Assert.Equal("PROVIDER_ERROR", error.Code);
        Assert.False(error.Retryable);
        Assert.Contains("Unable to detect voice/vocals in the uploaded files", error.Message, StringComparison.Ordinal);
        Assert.Contains(_api.LogEntries, e => e.RequestMessage!.Path == "/api/v1/delete/");
    }

    [Fact]
    public async Task Server_errors_are_retried_then_reported_retryable_and_a_long_retry_after_is_not_waited()
    {
        Upload();
        Delete();
        _api.Given(Request.Create().WithPath("/api/v1/split/multistem/").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("""{"detail": "maintenance"}"""));

        var unavailable = await Assert.ThrowsAsync<AudioProcessingException>(() =>
            Separator(Options()).SeparateAsync(Mix(0.5), [StemKind.Drums], null, CancellationToken.None));

        Assert.Equal("PROVIDER_ERROR", unavailable.Code);
        Assert.True(unavailable.Retryable);
        Assert.Contains("maintenance", unavailable.Message, StringComparison.Ordinal);
        Assert.Equal(3, _api.LogEntries.Count(e => e.RequestMessage!.Path == "/api/v1/split/multistem/"));

        _api.Reset();
        _api.Given(Request.Create().WithPath("/api/v1/upload/").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "120"));
        var limited = await Assert.ThrowsAsync<AudioProcessingException>(() =>
            Separator(Options()).SeparateAsync(Mix(0.5), [StemKind.Drums], null, CancellationToken.None));
        Assert.True(limited.Retryable);
        Assert.Contains("429", limited.Message, StringComparison.Ordinal);
        Assert.Single(_api.LogEntries);
    }

    [Fact]
    public async Task A_task_that_never_finishes_is_a_provider_timeout()
    {
        Upload();
        Split();
        Delete();
        _api.Given(Check()).RespondWith(Response.Create().WithHeader("Content-Type", Json).WithBody(Progress(10)));
        var options = Options();
        options.PollTimeout = TimeSpan.FromMilliseconds(300);

        var error = await Assert.ThrowsAsync<AudioProcessingException>(() =>
            Separator(options).SeparateAsync(Mix(0.5), [StemKind.Bass], null, CancellationToken.None));

        Assert.Equal("PROVIDER_TIMEOUT", error.Code);
        Assert.True(_api.LogEntries.Count(e => e.RequestMessage!.Path == "/api/v1/check/") >= 2);
    }

    [Fact]
    public void Asking_for_other_lists_vocals_drums_and_bass_and_the_providers_are_registered_by_key()
    {
        Assert.Equal(["vocals", "drum", "bass"], HttpStemSeparator.StemList([StemKind.Other]));
        Assert.Equal(["piano", "electric_guitar", "acoustic_guitar"], HttpStemSeparator.StemList([StemKind.Piano, StemKind.Guitar]));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Audio:Stems:Http:ApiKey"] = Key,
            ["Audio:Stems:Onnx:ModelPath"] = "/models/umx.onnx",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddStemSeparators(configuration).BuildServiceProvider();
        Assert.Equal(["dsp", "onnx", "separation-http"], services.GetServices<IStemSeparator>().Select(s => s.Key));
        Assert.IsType<HttpStemSeparator>(services.GetRequiredKeyedService<IStemSeparator>("separation-http"));
        Assert.Equal(Key, services.GetRequiredService<IOptionsMonitor<HttpStemOptions>>().CurrentValue.ApiKey);
        Assert.Equal("/models/umx.onnx", services.GetRequiredService<IOptionsMonitor<Audio.Stems.Onnx.OnnxStemOptions>>().CurrentValue.ModelPath);
    }

    private static string? Header(ILogEntry entry, string name) =>
        entry.RequestMessage!.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private sealed class ListProgress(List<AudioProgress> reports) : IProgress<AudioProgress>
    {
        public void Report(AudioProgress value)
        {
            lock (reports) reports.Add(value);
        }
    }

    private sealed class FixedOptions(HttpStemOptions value) : IOptionsMonitor<HttpStemOptions>
    {
        public HttpStemOptions CurrentValue => value;

        public HttpStemOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<HttpStemOptions, string?> listener) => null;
    }
}
