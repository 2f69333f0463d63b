using System.Text.Json;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Generation.Providers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MediaCreator.Modules.Audio.Tests.Generation;

/// <summary><c>replicate-musicgen</c> against a WireMock copy of Replicate's prediction API and a separate delivery host.</summary>
public sealed class ReplicateProviderTests
{
    private static MusicGenerationRequest Asked => new("upbeat synthwave", 8, Bpm: 110, Key: "A:min", Seed: 42);

    private static string Prediction(WireMockServer api, string status, string? output = null, string? error = null) => JsonSerializer.Serialize(new
    {
        id = "p123",
        model = "meta/musicgen",
        status,
        output,
        error,
        urls = new { get = $"{api.Url}/v1/predictions/p123", cancel = $"{api.Url}/v1/predictions/p123/cancel" },
        metrics = status == "succeeded" ? new { predict_time = 12.5 } : null,
    });

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    [Fact]
    public async Task Creates_a_prediction_polls_until_succeeded_and_downloads_the_output_without_our_key()
    {
        using var host = MusicProviderTestHost.Create(ReplicateMusicOptions.SectionName);
        using var delivery = WireMockServer.Start();
        var (wav, samples) = await MusicProviderTestHost.SineWavAsync(8);
        var api = host.Server;
        api.Given(Request.Create().WithPath("/v1/models/meta/musicgen/predictions").UsingPost())
            .RespondWith(Json(201, Prediction(api, "starting")));
        api.Given(Request.Create().WithPath("/v1/predictions/p123").UsingGet()).InScenario("run").WillSetStateTo("processing")
            .RespondWith(Json(200, Prediction(api, "processing")));
        api.Given(Request.Create().WithPath("/v1/predictions/p123").UsingGet()).InScenario("run").WhenStateIs("processing")
            .RespondWith(Json(200, Prediction(api, "succeeded", $"{delivery.Url}/pbxt/out.wav")));
        delivery.Given(Request.Create().WithPath("/pbxt/out.wav").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "audio/x-wav").WithBody(wav));

        var reports = new List<AudioProgress>();
        var music = await host.Provider("replicate-musicgen").GenerateAsync(Asked, new InlineProgress(reports.Add), CancellationToken.None);

        var calls = api.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(["POST /v1/models/meta/musicgen/predictions", "GET /v1/predictions/p123", "GET /v1/predictions/p123"],
            calls.Select(c => $"{c.Method} {c.Path}").ToArray());
        Assert.All(calls, c => Assert.Equal($"Bearer {MusicProviderTestHost.ApiKey}", c.Headers!["Authorization"].Single()));
        using var body = JsonDocument.Parse(calls[0].Body!);
        var input = body.RootElement.GetProperty("input");
        Assert.Equal("upbeat synthwave. 110 BPM. in A minor. instrumental", input.GetProperty("prompt").GetString());
        Assert.Equal(8, input.GetProperty("duration").GetInt32());
        Assert.Equal(42, input.GetProperty("seed").GetInt32());
        Assert.Equal("stereo-large", input.GetProperty("model_version").GetString());
        Assert.Equal("wav", input.GetProperty("output_format").GetString());
        Assert.False(body.RootElement.TryGetProperty("version", out _));

        var download = Assert.Single(delivery.LogEntries).RequestMessage!;
        Assert.False(download.Headers!.ContainsKey("Authorization"));
        Assert.True(MusicProviderTestHost.Correlation(samples, music.Audio.Channels[0]) > 0.999);
        Assert.Equal(8.0, music.Audio.DurationSeconds, 2);
        Assert.Equal(("p123", 12.5, "replicate-musicgen"), ((string)music.Details["predictionId"]!, (double)music.Details["predictSeconds"]!, (string)music.Details["provider"]!));
        Assert.Equal(1.0, reports[^1].Fraction);
    }

    [Fact]
    public async Task A_configured_version_goes_to_the_versioned_endpoint_and_rate_limited_polls_are_retried()
    {
        using var host = MusicProviderTestHost.Create(ReplicateMusicOptions.SectionName, new Dictionary<string, string?> { ["Version"] = "671ac645ce5e552cc63a54" });
        var (wav, _) = await MusicProviderTestHost.SineWavAsync(5);
        var api = host.Server;
        api.Given(Request.Create().WithPath("/v1/predictions").UsingPost()).RespondWith(Json(201, Prediction(api, "processing")));
        api.Given(Request.Create().WithPath("/v1/predictions/p123").UsingGet()).InScenario("poll").WillSetStateTo("limited")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0").WithBody("""{"title":"Too many requests","detail":"slow down","status":429}"""));
        api.Given(Request.Create().WithPath("/v1/predictions/p123").UsingGet()).InScenario("poll").WhenStateIs("limited")
            .RespondWith(Json(200, Prediction(api, "succeeded", $"{api.Url}/v1/files/out.wav")));
        api.Given(Request.Create().WithPath("/v1/files/out.wav").UsingGet()).RespondWith(Response.Create().WithStatusCode(200).WithBody(wav));

        var music = await host.Provider("replicate-musicgen").GenerateAsync(Asked with { DurationSeconds = 5 }, null, CancellationToken.None);

        using var body = JsonDocument.Parse(api.LogEntries.First().RequestMessage!.Body!);
        Assert.Equal("671ac645ce5e552cc63a54", body.RootElement.GetProperty("version").GetString());
        Assert.Equal(2, api.LogEntries.Count(e => e.RequestMessage!.Path == "/v1/predictions/p123"));
        // A file on the API's own host is fetched with our key.
        var file = api.LogEntries.Single(e => e.RequestMessage!.Path == "/v1/files/out.wav").RequestMessage!;
        Assert.Equal($"Bearer {MusicProviderTestHost.ApiKey}", file.Headers!["Authorization"].Single());
        Assert.Equal(5.0, music.Audio.DurationSeconds, 2);
    }

    [Theory]
    [InlineData("NSFW content detected in the prompt", "CONTENT_POLICY")]
    [InlineData("CUDA out of memory", "PROVIDER_ERROR")]
    public async Task A_failed_prediction_reports_its_error(string error, string code)
    {
        using var host = MusicProviderTestHost.Create(ReplicateMusicOptions.SectionName);
        var api = host.Server;
        api.Given(Request.Create().WithPath("/v1/models/meta/musicgen/predictions").UsingPost()).RespondWith(Json(201, Prediction(api, "starting")));
        api.Given(Request.Create().WithPath("/v1/predictions/p123").UsingGet()).RespondWith(Json(200, Prediction(api, "failed", error: error)));

        var failure = await Assert.ThrowsAsync<AudioProcessingException>(() => host.Provider("replicate-musicgen").GenerateAsync(Asked, null, CancellationToken.None));

        Assert.Equal(code, failure.Code);
        Assert.Contains(error, failure.Message);
    }

    [Fact]
    public async Task Invalid_input_422_is_reported_with_the_services_detail()
    {
        using var host = MusicProviderTestHost.Create(ReplicateMusicOptions.SectionName);
        host.Server.Given(Request.Create().WithPath("/v1/models/meta/musicgen/predictions").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(422).WithHeader("Content-Type", "application/problem+json")
                .WithBody("""{"title":"Input validation failed","detail":"- input.duration: Must be less than or equal to 30","status":422}"""));

        var failure = await Assert.ThrowsAsync<AudioProcessingException>(() => host.Provider("replicate-musicgen").GenerateAsync(Asked, null, CancellationToken.None));

        Assert.Equal("INVALID_INPUT", failure.Code);
        Assert.Contains("input.duration", failure.Message);
        Assert.Single(host.Server.LogEntries);
    }

    [Fact]
    public async Task A_prediction_running_past_the_maximum_wait_is_cancelled_and_times_out()
    {
        using var host = MusicProviderTestHost.Create(ReplicateMusicOptions.SectionName, new Dictionary<string, string?> { ["MaxWait"] = "00:00:00.300" });
        var api = host.Server;
        api.Given(Request.Create().WithPath("/v1/models/meta/musicgen/predictions").UsingPost()).RespondWith(Json(201, Prediction(api, "starting")));
        api.Given(Request.Create().WithPath("/v1/predictions/p123").UsingGet()).RespondWith(Json(200, Prediction(api, "processing")));
        api.Given(Request.Create().WithPath("/v1/predictions/p123/cancel").UsingPost()).RespondWith(Json(200, Prediction(api, "canceled")));

        var failure = await Assert.ThrowsAsync<AudioProcessingException>(() => host.Provider("replicate-musicgen").GenerateAsync(Asked, null, CancellationToken.None));

        Assert.Equal("PROVIDER_TIMEOUT", failure.Code);
        var cancel = Assert.Single(api.LogEntries, e => e.RequestMessage!.Path == "/v1/predictions/p123/cancel").RequestMessage!;
        Assert.Equal($"Bearer {MusicProviderTestHost.ApiKey}", cancel.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task Cancelling_the_job_cancels_the_prediction()
    {
        using var host = MusicProviderTestHost.Create(ReplicateMusicOptions.SectionName);
        var api = host.Server;
        api.Given(Request.Create().WithPath("/v1/models/meta/musicgen/predictions").UsingPost()).RespondWith(Json(201, Prediction(api, "starting")));
        api.Given(Request.Create().WithPath("/v1/predictions/p123").UsingGet()).RespondWith(Json(200, Prediction(api, "processing")));
        api.Given(Request.Create().WithPath("/v1/predictions/p123/cancel").UsingPost()).RespondWith(Json(200, Prediction(api, "canceled")));
        using var cancel = new CancellationTokenSource();
        var progress = new InlineProgress(p => { if (p.Message == "processing") cancel.Cancel(); });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Provider("replicate-musicgen").GenerateAsync(Asked, progress, cancel.Token));

        Assert.Contains(api.LogEntries, e => e.RequestMessage!.Path == "/v1/predictions/p123/cancel");
    }

    private sealed class InlineProgress(Action<AudioProgress> report) : IProgress<AudioProgress>
    {
        public void Report(AudioProgress value) => report(value);
    }
}
