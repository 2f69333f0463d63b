using MediaCreator.Modules.InputBrain.Ideas;
using MediaCreator.Modules.InputBrain.Ideas.Llm;
using MediaCreator.Modules.InputBrain.Ideas.Trends;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static MediaCreator.Modules.InputBrain.Tests.Llm.FakeOpenAi;

namespace MediaCreator.Modules.InputBrain.Tests.Llm;

public sealed class LlmIdeaGeneratorTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Stop();

    private LlmIdeaGenerator Generator(int attempts = 3, TimeSpan? timeout = null) =>
        new(Client(_server), new LlmIdeaOptions { MaxAttempts = attempts, Timeout = timeout ?? TimeSpan.FromSeconds(20) });

    private void Reply(string content, int status = 200) =>
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(Completion(content)));

    private static IdeaRequest StreetFood(int versions = 3, string language = "en") => Requests.Video(
        "street food tour in Bangkok at night", language, versions, ["tiktok"], "9:16", 30, tone: "energetic", audience: "young travellers",
        references: [new ReferenceAsset("image", "yaowarat.jpg", "neon signs over Yaowarat road")]);

    [Fact]
    public async Task GoodStructuredOutput_BecomesVersions_AndTheRequestCarriesPromptOptionsSchemaAndTrends()
    {
        Reply(Versions(3, style: "vintage", mood: "upbeat"));
        var trends = TrendProfile.From(TrendRows.StreetFoodChannel(), TrendRows.Now);

        var versions = await Generator().GenerateAsync(StreetFood(), trends, CancellationToken.None);

        Assert.Equal(3, versions.Count);
        Assert.All(versions, v => Assert.Equal("llm", v.Source));
        Assert.Equal(["Bangkok street food, take 1", "Bangkok street food, take 2", "Bangkok street food, take 3"], versions.Select(v => v.Title));
        // Near misses are mapped onto the skia style and composer mood vocabularies.
        Assert.All(versions, v => Assert.Equal(("retro", "energetic"), (v.VisualStyle, v.MusicMood)));
        Assert.Equal(new TargetFormat("tiktok", "9:16", 30), versions[0].Format);
        Assert.Equal(["#streetfood", "#bangkok"], versions[0].Hashtags);
        Assert.Contains("how-to", versions[0].Tags);
        Assert.InRange(versions[0].Score, 0.01, 1);

        var body = RequestBody(_server, 0);
        Assert.Single(_server.LogEntries);
        Assert.Equal("json_schema", body["response_format"]!["type"]!.GetValue<string>());
        Assert.Equal(IdeaJsonSchema.Name, body["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
        var schema = body["response_format"]!["json_schema"]!["schema"]!;
        // The OpenAI adapter moves keywords strict mode lacks (minItems...) into the description; the count still travels.
        Assert.Contains("minItems: 3", schema["properties"]!["versions"]!["description"]!.GetValue<string>());
        Assert.Equal("[\"tiktok\"]", schema["properties"]!["versions"]!["items"]!["properties"]!["platform"]!["enum"]!.ToJsonString());
        var text = string.Join("\n", MessageTexts(body));
        Assert.Contains("street food tour in Bangkok at night", text);
        Assert.Contains("Aspect ratio: 9:16", text);
        Assert.Contains("Duration: 30 seconds", text);
        Assert.Contains("Audience: young travellers", text);
        Assert.Contains("yaowarat.jpg — neon signs over Yaowarat road", text);
        Assert.Contains("\"visualStyle\"", text); // the schema is in the prompt too
        Assert.Contains("'street food'", text);   // the trend summary
    }

    [Fact]
    public async Task MalformedJsonThenGood_RetriesOnce_FeedingTheErrorBack()
    {
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost()).InScenario("retry").WillSetStateTo("fixed")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Completion("{\"versions\": [ {\"title\": \"oops\"")));
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost()).InScenario("retry").WhenStateIs("fixed")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Completion(Versions(3))));

        var versions = await Generator().GenerateAsync(StreetFood(), TrendProfile.Empty, CancellationToken.None);

        Assert.Equal(3, versions.Count);
        Assert.Equal(2, _server.LogEntries.Count());
        var retry = MessageTexts(RequestBody(_server, 1)).ToList();
        Assert.Equal(4, retry.Count); // system, user, the bad answer, the correction
        Assert.Contains("{\"title\": \"oops\"", retry[2]);
        Assert.Contains("not valid JSON", retry[3]);
    }

    [Fact]
    public async Task WrongShape_IsReportedByPathToTheModel()
    {
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost()).InScenario("shape").WillSetStateTo("fixed")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Completion(Versions(2))));
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost()).InScenario("shape").WhenStateIs("fixed")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Completion(Versions(3))));

        await Generator().GenerateAsync(StreetFood(), TrendProfile.Empty, CancellationToken.None);

        var correction = MessageTexts(RequestBody(_server, 1)).Last();
        Assert.Contains("/versions", correction);
        Assert.Contains("exactly 3 versions", correction);
    }

    [Fact]
    public async Task AlwaysInvalid_FailsWithMalformedOutput_AfterMaxAttempts()
    {
        Reply(Versions(3, duplicateTitle: "Same title", style: "watercolour-ish-thing"));

        var error = await Assert.ThrowsAsync<IdeaGenerationException>(() =>
            Generator(attempts: 3).GenerateAsync(StreetFood(), TrendProfile.Empty, CancellationToken.None));

        Assert.Equal(IdeaErrorCodes.MalformedOutput, error.Code);
        Assert.Equal(3, _server.LogEntries.Count());
        Assert.Contains("3 attempt", error.Message);
        Assert.Contains("'Same title' is used by 3 versions", error.Message);
        Assert.Contains("visualStyle: 'watercolour-ish-thing' is not one of", error.Message);
    }

    [Fact]
    public async Task SlowReply_FailsWithTimeout()
    {
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Completion(Versions(3))).WithDelay(TimeSpan.FromSeconds(3)));

        var error = await Assert.ThrowsAsync<IdeaGenerationException>(() =>
            Generator(timeout: TimeSpan.FromMilliseconds(300)).GenerateAsync(StreetFood(), TrendProfile.Empty, CancellationToken.None));

        Assert.Equal(IdeaErrorCodes.Timeout, error.Code);
        Assert.True(error.Retryable);
    }

    [Theory]
    [InlineData(429, IdeaErrorCodes.RateLimited)]
    [InlineData(500, IdeaErrorCodes.Unavailable)]
    [InlineData(503, IdeaErrorCodes.Unavailable)]
    [InlineData(401, IdeaErrorCodes.Unauthorized)]
    [InlineData(400, IdeaErrorCodes.Rejected)]
    public async Task HttpFailures_AreTyped(int status, string code)
    {
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json")
                .WithBody("{\"error\":{\"message\":\"upstream says no\",\"type\":\"server_error\",\"code\":null}}"));

        var error = await Assert.ThrowsAsync<IdeaGenerationException>(() =>
            Generator().GenerateAsync(StreetFood(), TrendProfile.Empty, CancellationToken.None));

        Assert.Equal(code, error.Code);
        Assert.Single(_server.LogEntries); // transport failures are not retried as malformed output
    }

    [Fact]
    public async Task ThaiRequest_AsksForThai_AndRejectsEnglishAnswers()
    {
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost()).InScenario("thai").WillSetStateTo("thai")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Completion(Versions(2))));
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost()).InScenario("thai").WhenStateIs("thai")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Completion(Versions(2, thai: true))));
        var request = Requests.Video("ทัวร์สตรีทฟู้ด เยาวราช ตอนกลางคืน", "th-TH", 2, ["tiktok"], "9:16", 30);

        var versions = await Generator().GenerateAsync(request, TrendProfile.Empty, CancellationToken.None);

        Assert.Equal(["สตรีทฟู้ดกรุงเทพ ตอนที่ 1", "สตรีทฟู้ดกรุงเทพ ตอนที่ 2"], versions.Select(v => v.Title));
        Assert.Contains("#สตรีทฟู้ด", versions[0].Hashtags);
        var first = string.Join("\n", MessageTexts(RequestBody(_server, 0)));
        Assert.Contains("'th-TH' (Thai script)", first);
        Assert.Contains("ทัวร์สตรีทฟู้ด เยาวราช ตอนกลางคืน", first);
        Assert.Contains("/versions/0/title: must be written in Thai", MessageTexts(RequestBody(_server, 1)).Last());
    }

    [Fact]
    public async Task CodeFencedJson_IsAccepted()
    {
        Reply("```json\n" + Versions(1) + "\n```");

        var versions = await Generator().GenerateAsync(StreetFood(versions: 1), TrendProfile.Empty, CancellationToken.None);

        Assert.Single(versions);
        Assert.Single(_server.LogEntries);
    }

    [Fact]
    public async Task ExtraFieldsAndLooseHashtags_AreAcceptedAndCleaned_WithoutARetry()
    {
        var answer = System.Text.Json.Nodes.JsonNode.Parse(Versions(1))!;
        answer["versions"]![0]!["hashtags"] = new System.Text.Json.Nodes.JsonArray("street food", "#Bangkok!");
        answer["versions"]![0]!["notes"] = "a field nobody asked for";
        answer["versions"]![0]!["durationSeconds"] = null;
        Reply(answer.ToJsonString());

        var version = Assert.Single(await Generator().GenerateAsync(StreetFood(versions: 1) with { DurationSeconds = null }, TrendProfile.Empty, CancellationToken.None));

        Assert.Equal(["#streetfood", "#bangkok"], version.Hashtags);
        Assert.Equal(new TargetFormat("tiktok", "9:16", 30), version.Format); // no length given: TikTok's usual one
        Assert.Single(_server.LogEntries);
    }
}
