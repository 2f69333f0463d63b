using System.Text.Json;
using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Speech;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace MediaCreator.Modules.Video.Tests.Generation;

public sealed class SpeechSynthesizerTests
{
    [Fact]
    public async Task Espeak_SpeaksEachPhraseAndTimesItFromTheSamples()
    {
        using var media = new GenerationMedia();
        var clip = await new EspeakSpeechSynthesizer().SynthesizeAsync(["Hello there.", "This is the second phrase of our narration."], "en-US", null, media.File("n.wav"), CancellationToken.None);

        var samples = await GenerationMedia.SamplesAsync(clip.WavPath);
        Assert.Equal(samples.Length / 8000.0, clip.DurationSeconds, 1);
        Assert.Equal(2, clip.Phrases.Count);
        var (first, second) = (clip.Phrases[0], clip.Phrases[1]);
        Assert.Equal(0, first.Start, 2);
        Assert.Equal(0.3, second.Start - first.End, 2);
        Assert.Equal(clip.DurationSeconds, second.End, 2);
        Assert.True(second.End - second.Start > 2 * (first.End - first.Start), "the longer phrase takes longer to say");
        Assert.True(GenerationMedia.Rms(samples, 8000, first.Start, first.End) > 0.03);
        Assert.True(GenerationMedia.Rms(samples, 8000, first.End + 0.05, second.Start - 0.05) < 0.002);
        Assert.Equal(["This", "is", "the", "second", "phrase", "of", "our", "narration."], second.Words.Select(w => w.Text));
        Assert.Equal(second.End, second.Words[^1].End, 3);
    }

    [Fact]
    public async Task Espeak_SpeaksThai_AndRefusesALanguageItHasNoVoiceFor()
    {
        using var media = new GenerationMedia();
        var espeak = new EspeakSpeechSynthesizer();

        var thai = await espeak.SynthesizeAsync(["สวัสดีครับ ยินดีต้อนรับ"], "th", null, media.File("th.wav"), CancellationToken.None);
        Assert.True(thai.DurationSeconds > 0.5);
        Assert.Contains("th", await espeak.LanguagesAsync(CancellationToken.None));

        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => espeak.SynthesizeAsync(["Qapla'"], "tlh", null, media.File("x.wav"), CancellationToken.None));
        Assert.Equal("UNSUPPORTED", e.Code);
    }

    private static async Task<byte[]> ToneAsync(GenerationMedia media, string name, double seconds) => await File.ReadAllBytesAsync(await media.FfmpegAsync(name,
        "-f", "lavfi", "-i", $"sine=frequency=300:sample_rate=24000:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}", "-ac", "1", "-c:a", "pcm_s16le"));

    private static OpenAiSpeechOptions Options(WireMockServer server) => new()
    {
        BaseUrl = server.Url, ApiKey = "sk-SECRET", RetryBaseDelay = TimeSpan.FromMilliseconds(5), RetryMaxDelay = TimeSpan.FromMilliseconds(10),
    };

    [Fact]
    public async Task OpenAi_PostsEachPhraseForWav_RetriesRateLimits_AndJoinsTheAnswers()
    {
        using var server = WireMockServer.Start();
        using var media = new GenerationMedia();
        var (short1, long1) = (await ToneAsync(media, "a.wav", 0.8), await ToneAsync(media, "b.wav", 1.2));
        server.Given(Request.Create().WithPath("/v1/audio/speech").UsingPost().WithBody(new WildcardMatcher("*first*"))).InScenario("rate").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0").WithBody("""{"error":{"message":"Rate limit reached"}}"""));
        server.Given(Request.Create().WithPath("/v1/audio/speech").UsingPost().WithBody(new WildcardMatcher("*first*"))).InScenario("rate").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "audio/wav").WithBody(short1));
        server.Given(Request.Create().WithPath("/v1/audio/speech").UsingPost().WithBody(new WildcardMatcher("*second*"))).InScenario("busy").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("busy"));
        server.Given(Request.Create().WithPath("/v1/audio/speech").UsingPost().WithBody(new WildcardMatcher("*second*"))).InScenario("busy").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(long1));

        var clip = await new OpenAiSpeechSynthesizer(new HttpClient(), Options(server)).SynthesizeAsync(["the first phrase", "the second phrase"], "en", "nova", media.File("n.wav"), CancellationToken.None);

        Assert.Equal(2.3, clip.DurationSeconds, 1);
        Assert.Equal((0, 0.8), (Math.Round(clip.Phrases[0].Start, 1), Math.Round(clip.Phrases[0].End, 1)));
        Assert.Equal((1.1, 2.3), (Math.Round(clip.Phrases[1].Start, 1), Math.Round(clip.Phrases[1].End, 1)));
        var posts = server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(4, posts.Count);
        Assert.All(posts, p => Assert.Equal("Bearer sk-SECRET", p.Headers!["Authorization"].Single()));
        using var body = JsonDocument.Parse(posts[^1].Body!);
        Assert.Equal(("gpt-4o-mini-tts", "nova", "the second phrase", "wav"), (body.RootElement.GetProperty("model").GetString(), body.RootElement.GetProperty("voice").GetString(),
            body.RootElement.GetProperty("input").GetString(), body.RootElement.GetProperty("response_format").GetString()));
        var samples = await GenerationMedia.SamplesAsync(clip.WavPath);
        Assert.True(GenerationMedia.Rms(samples, 8000, 1.2, 2.2) > 0.05);
    }

    [Fact]
    public async Task OpenAi_RefusedKeyOrAnswerThatIsNotWav_IsAProviderError_AndNoKeyIsNotConfigured()
    {
        using var server = WireMockServer.Start();
        using var media = new GenerationMedia();
        server.Given(Request.Create().WithPath("/v1/audio/speech").WithBody(new WildcardMatcher("*denied*")))
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":{"message":"Incorrect API key provided: sk-SECRET"}}"""));
        server.Given(Request.Create().WithPath("/v1/audio/speech").WithBody(new WildcardMatcher("*mp3*")))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 1, 2, 3]));
        var tts = new OpenAiSpeechSynthesizer(new HttpClient(), Options(server));

        var denied = await Assert.ThrowsAsync<VideoProcessingException>(() => tts.SynthesizeAsync(["denied"], "en", null, media.File("a.wav"), CancellationToken.None));
        var notWav = await Assert.ThrowsAsync<VideoProcessingException>(() => tts.SynthesizeAsync(["mp3"], "en", null, media.File("b.wav"), CancellationToken.None));
        var missing = await Assert.ThrowsAsync<VideoProcessingException>(() => new OpenAiSpeechSynthesizer(new HttpClient(), new OpenAiSpeechOptions())
            .SynthesizeAsync(["hi"], "en", null, media.File("c.wav"), CancellationToken.None));

        Assert.Equal(("PROVIDER_ERROR", "PROVIDER_ERROR", "PROVIDER_NOT_CONFIGURED"), (denied.Code, notWav.Code, missing.Code));
        Assert.DoesNotContain("sk-SECRET", denied.Message);
        Assert.Contains("not WAV", notWav.Message);
    }
}
