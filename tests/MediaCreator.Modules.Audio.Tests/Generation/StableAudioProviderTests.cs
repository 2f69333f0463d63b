using System.Text.Json;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Generation.Providers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Audio.Tests.Generation;

/// <summary><c>stable-audio</c> against a WireMock copy of Stability's v2beta text-to-audio endpoint.</summary>
public sealed class StableAudioProviderTests
{
    private const string Path = "/v2beta/audio/stable-audio-2/text-to-audio";

    private static MusicGenerationRequest Asked => new("sad lofi with rain", 6, Genre: "lofi", Bpm: 80, Key: "D:min", Seed: 7, Instruments: ["piano"]);

    [Fact]
    public async Task Posts_the_documented_form_with_bearer_auth_and_decodes_the_returned_wav()
    {
        using var host = MusicProviderTestHost.Create(StableAudioOptions.SectionName);
        var (wav, samples) = await MusicProviderTestHost.SineWavAsync(6);
        host.Server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "audio/wav")
                .WithHeader("finish-reason", "SUCCESS").WithHeader("seed", "7").WithBody(wav));

        var music = await host.Provider("stable-audio").GenerateAsync(Asked, null, CancellationToken.None);

        var sent = Assert.Single(host.Server.LogEntries).RequestMessage!;
        var headers = sent.Headers!;
        Assert.Equal($"Bearer {MusicProviderTestHost.ApiKey}", headers["Authorization"].Single());
        Assert.Contains("audio/*", headers["Accept"].Single());
        Assert.StartsWith("multipart/form-data", headers["Content-Type"].Single());
        var form = MusicProviderTestHost.FormFields(sent.Body!);
        Assert.Equal("6", form["duration"]);
        Assert.Equal("7", form["seed"]);
        Assert.Equal("wav", form["output_format"]);
        Assert.Equal("stable-audio-2", form["model"]);
        Assert.Equal("sad lofi with rain. Genre: lofi. 80 BPM. in D minor. Instruments: piano. instrumental", form["prompt"]);

        Assert.Equal(44100, music.Audio.SampleRate);
        Assert.Equal(samples.Length, music.Audio.Length);
        Assert.True(MusicProviderTestHost.Correlation(samples, music.Audio.Channels[0]) > 0.999);
        Assert.Null(music.Midi);
        Assert.Equal((80.0, "D:min"), (music.Bpm, music.Key));
        Assert.Equal("stable-audio", music.Details["provider"]);
        Assert.Equal(7L, music.Details["providerSeed"]);
    }

    [Fact]
    public async Task A_JSON_answer_with_base64_audio_is_decoded_and_a_filtered_one_is_a_content_policy_refusal()
    {
        using var host = MusicProviderTestHost.Create(StableAudioOptions.SectionName);
        var (wav, samples) = await MusicProviderTestHost.SineWavAsync(5);
        host.Server.Given(Request.Create().WithPath(Path).UsingPost()).AtPriority(1)
            .WithTitle("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(JsonSerializer.Serialize(new { audio = Convert.ToBase64String(wav), finish_reason = "SUCCESS", seed = 99 })));
        var music = await host.Provider("stable-audio").GenerateAsync(Asked with { DurationSeconds = 5 }, null, CancellationToken.None);
        Assert.True(MusicProviderTestHost.Correlation(samples, music.Audio.Channels[1]) > 0.999);
        Assert.Equal(99L, music.Details["providerSeed"]);

        host.Server.Reset();
        host.Server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(JsonSerializer.Serialize(new { audio = "", finish_reason = "CONTENT_FILTERED", seed = 1 })));
        var error = await Assert.ThrowsAsync<AudioProcessingException>(() => host.Provider("stable-audio").GenerateAsync(Asked, null, CancellationToken.None));
        Assert.Equal("CONTENT_POLICY", error.Code);
    }

    [Fact]
    public async Task Content_moderation_403_is_a_content_policy_refusal_and_is_not_retried()
    {
        using var host = MusicProviderTestHost.Create(StableAudioOptions.SectionName);
        host.Server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(403).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id":"a1b2","name":"content_moderation","errors":["Your request was flagged by our content moderation system."]}"""));

        var error = await Assert.ThrowsAsync<AudioProcessingException>(() => host.Provider("stable-audio").GenerateAsync(Asked, null, CancellationToken.None));

        Assert.Equal("CONTENT_POLICY", error.Code);
        Assert.False(error.Retryable);
        Assert.Contains("flagged", error.Message);
        Assert.Single(host.Server.LogEntries);
    }

    [Fact]
    public async Task Bad_credentials_fail_once_without_retry_or_leaking_the_key()
    {
        using var host = MusicProviderTestHost.Create(StableAudioOptions.SectionName);
        host.Server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"id":"x","name":"unauthorized","errors":["Invalid API key: {{MusicProviderTestHost.ApiKey}}"]}"""));

        var error = await Assert.ThrowsAsync<AudioProcessingException>(() => host.Provider("stable-audio").GenerateAsync(Asked, null, CancellationToken.None));

        Assert.Equal("PROVIDER_ERROR", error.Code);
        Assert.False(error.Retryable);
        Assert.DoesNotContain(MusicProviderTestHost.ApiKey, error.Message);
        Assert.Contains("ApiKey", error.Message);
        Assert.Single(host.Server.LogEntries);
    }

    [Fact]
    public async Task Rate_limits_honour_retry_after_then_succeed_and_server_errors_are_retried_then_reported()
    {
        using var host = MusicProviderTestHost.Create(StableAudioOptions.SectionName);
        var (wav, _) = await MusicProviderTestHost.SineWavAsync(5);
        host.Server.Given(Request.Create().WithPath(Path).UsingPost()).InScenario("limits").WillSetStateTo("limited-once")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0")
                .WithBody("""{"id":"r","name":"rate_limit_exceeded","errors":["You have exceeded the rate limit."]}"""));
        host.Server.Given(Request.Create().WithPath(Path).UsingPost()).InScenario("limits").WhenStateIs("limited-once")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "audio/wav").WithBody(wav));

        var music = await host.Provider("stable-audio").GenerateAsync(Asked with { DurationSeconds = 5 }, null, CancellationToken.None);
        Assert.Equal(5.0, music.Audio.DurationSeconds, 2);
        Assert.Equal(2, host.Server.LogEntries.Count());

        host.Server.Reset();
        host.Server.Given(Request.Create().WithPath(Path).UsingPost()).RespondWith(Response.Create().WithStatusCode(503));
        var error = await Assert.ThrowsAsync<AudioProcessingException>(() => host.Provider("stable-audio").GenerateAsync(Asked, null, CancellationToken.None));
        Assert.Equal("PROVIDER_ERROR", error.Code);
        Assert.True(error.Retryable);
        Assert.Equal(3, host.Server.LogEntries.Count()); // first attempt + MaxRetries 2
    }

    [Fact]
    public async Task A_slow_answer_is_a_provider_timeout()
    {
        using var host = MusicProviderTestHost.Create(StableAudioOptions.SectionName, new Dictionary<string, string?> { ["Timeout"] = "00:00:00.200", ["MaxRetries"] = "0" });
        host.Server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(3)).WithBody([1, 2, 3]));

        var error = await Assert.ThrowsAsync<AudioProcessingException>(() => host.Provider("stable-audio").GenerateAsync(Asked, null, CancellationToken.None));
        Assert.Equal("PROVIDER_TIMEOUT", error.Code);
    }

    [Fact]
    public async Task Lyrics_long_pieces_and_missing_keys_are_refused_before_any_request()
    {
        using var host = MusicProviderTestHost.Create(StableAudioOptions.SectionName);
        var provider = host.Provider("stable-audio");
        Assert.Equal("UNSUPPORTED", (await Assert.ThrowsAsync<AudioProcessingException>(() => provider.GenerateAsync(Asked with { Lyrics = "hello" }, null, CancellationToken.None))).Code);
        Assert.Equal("INVALID_INPUT", (await Assert.ThrowsAsync<AudioProcessingException>(() => provider.GenerateAsync(Asked with { DurationSeconds = 191 }, null, CancellationToken.None))).Code);
        Assert.Empty(host.Server.LogEntries);

        using var unconfigured = MusicProviderTestHost.Create(StableAudioOptions.SectionName, new Dictionary<string, string?> { ["ApiKey"] = "" });
        var error = await Assert.ThrowsAsync<AudioProcessingException>(() => unconfigured.Provider("stable-audio").GenerateAsync(Asked, null, CancellationToken.None));
        Assert.Equal("NOT_CONFIGURED", error.Code);
        Assert.Contains("Audio:Generation:StableAudio:ApiKey", error.Message);
    }

    [Fact]
    public void All_three_generators_are_registered_under_their_keys()
    {
        using var host = MusicProviderTestHost.Create(StableAudioOptions.SectionName);
        Assert.Equal(["composer", "replicate-musicgen", "stable-audio"], host.All.Select(p => p.Key).Order().ToArray());
        Assert.True(host.Provider("composer").BuiltIn);
        Assert.False(host.Provider("stable-audio").BuiltIn);
    }
}
