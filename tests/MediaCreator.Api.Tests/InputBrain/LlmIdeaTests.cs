using System.Diagnostics;
using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static MediaCreator.Api.Tests.InputBrain.IdeaApi;

namespace MediaCreator.Api.Tests.InputBrain;

/// <summary>
/// The running app with <c>AI:Chat</c> pointed at a local WireMock server speaking the OpenAI chat completions API:
/// the model writes the versions, its failures surface typed and leave nothing behind.
/// </summary>
public sealed class LlmIdeaTests : IAsyncLifetime
{
    private const string CompletionsPath = "/v1/chat/completions";
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly Guid _owner = Guid.NewGuid();
    private IdeaHost? _factory;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        _server.Stop();
    }

    private async Task<GraphQLClient> StartAsync(TimeSpan? llmTimeout = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AI:Chat:Provider"] = "openai",
            ["AI:Chat:Endpoint"] = _server.Url + "/v1",
            ["AI:Chat:Model"] = "gpt-4o-mini",
            ["AI:Chat:ApiKey"] = "sk-test",
            ["InputBrain:Llm:MaxAttempts"] = "3",
            ["InputBrain:Llm:Timeout"] = (llmTimeout ?? TimeSpan.FromSeconds(60)).ToString("c"),
        };
        _factory = await IdeaHost.StartAsync(settings);
        return _factory.AsUser(_owner);
    }

    private static readonly object StreetFood = new
    {
        type = "VIDEO", prompt = "street food tour in Bangkok at night", projectName = "Night bites",
        options = new
        {
            aspectRatio = "RATIO_9_16", targetPlatforms = new[] { "TIKTOK" }, durationSeconds = 30.0, versionCount = 3,
            audience = "young travellers", tone = "energetic", language = "en",
        },
    };

    private static string Completion(string content) => new JsonObject
    {
        ["id"] = "chatcmpl-test", ["object"] = "chat.completion", ["created"] = 1764000000, ["model"] = "gpt-4o-mini",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0, ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content }, ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 200, ["completion_tokens"] = 300, ["total_tokens"] = 500 },
    }.ToJsonString();

    private static string Versions(int count)
    {
        string[] angles = ["how-to", "story", "listicle", "challenge", "comparison", "behind the scenes"];
        var versions = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            versions.Add(new JsonObject
            {
                ["angle"] = angles[i], ["title"] = $"Bangkok after dark, stall {i + 1}", ["hook"] = "This stall has the longest queue in Chinatown",
                ["outline"] = new JsonArray("Sizzle of the wok", "First bite", "The price"), ["visualStyle"] = "neon", ["musicMood"] = "energetic",
                ["hashtags"] = new JsonArray("#streetfood", "#bangkok"), ["platform"] = "tiktok", ["aspectRatio"] = "9:16", ["durationSeconds"] = 30,
                ["previewPrompt"] = $"neon thumbnail of wok number {i + 1} over fire at a night market", ["rationale"] = "Street food pulls viewers on TikTok",
                ["tags"] = new JsonArray("street food", "bangkok"),
            });
        }
        return new JsonObject { ["versions"] = versions }.ToJsonString();
    }

    private static IResponseBuilder Ok(string content) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Completion(content));

    private void Always(IResponseBuilder response) =>
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost()).RespondWith(response);

    private List<string> MessageTexts(int request)
    {
        var body = JsonNode.Parse(_server.LogEntries.ElementAt(request).RequestMessage!.Body!)!;
        return [.. body["messages"]!.AsArray().Select(m => m!["content"] is JsonValue v ? v.GetValue<string>()
            : string.Join("", m!["content"]!.AsArray().Select(p => p!["text"]?.GetValue<string>() ?? "")))];
    }

    private static async Task AssertNothingLeftAsync(GraphQLClient client)
    {
        var counts = await client.DataAsync("{ ideas { totalCount } projects { totalCount } jobs { totalCount } }");
        Assert.Equal((0, 0, 0), (counts["ideas"]!["totalCount"]!.GetValue<int>(), counts["projects"]!["totalCount"]!.GetValue<int>(),
            counts["jobs"]!["totalCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ValidStructuredOutput_BecomesTheVersions_AndTheModelGotThePromptAndOptions()
    {
        Always(Ok(Versions(3)));
        var client = await StartAsync();

        var payload = await CreateIdeaAsync(client, StreetFood);

        Assert.True(payload["errors"] is null, payload.ToJsonString());
        var idea = payload["idea"]!;
        Assert.Equal("llm", idea["suggestionSource"].Text());
        Assert.Equal("Night bites", idea["project"]!["name"].Text());
        var suggestions = idea["aiSuggestions"]!.AsArray();
        Assert.Equal(["Bangkok after dark, stall 1", "Bangkok after dark, stall 2", "Bangkok after dark, stall 3"],
            suggestions.Select(s => s!["title"].Text()).Order());
        Assert.All(suggestions, s =>
        {
            Assert.Equal("llm", s!["source"].Text());
            Assert.Equal("This stall has the longest queue in Chinatown", s["hook"].Text());
            Assert.Equal(["Sizzle of the wok", "First bite", "The price"], s["outline"].Texts());
            Assert.Equal(("tiktok", "RATIO_9_16"), (s["format"]!["platform"].Text(), s["format"]!["aspectRatio"].Text()));
            Assert.StartsWith("neon thumbnail of wok number", s["prompt"].Text());
        });
        Assert.Equal(suggestions.Select(s => s!["title"].Text()), idea["versions"]!.AsArray().Select(v => v!["title"].Text()));
        Assert.Equal(3, payload["jobs"]!.AsArray().Count);

        var request = Assert.Single(_server.LogEntries);
        var body = JsonNode.Parse(request.RequestMessage!.Body!)!;
        Assert.Equal("gpt-4o-mini", body["model"].Text());
        Assert.Equal("json_schema", body["response_format"]!["type"].Text());
        Assert.Equal("Bearer sk-test", request.RequestMessage.Headers!["Authorization"].Single());
        var text = string.Join("\n", MessageTexts(0));
        Assert.Contains("street food tour in Bangkok at night", text);
        Assert.Contains("Aspect ratio: 9:16", text);
        Assert.Contains("Duration: 30 seconds", text);
        Assert.Contains("Audience: young travellers", text);
        Assert.Contains("energetic", text);
    }

    [Fact]
    public async Task MalformedThenValid_Succeeds_WithTwoRequests()
    {
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost()).InScenario("retry").WillSetStateTo("fixed")
            .RespondWith(Ok("{\"versions\": [ {\"title\": \"oops\""));
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost()).InScenario("retry").WhenStateIs("fixed")
            .RespondWith(Ok(Versions(3)));
        var client = await StartAsync();

        var idea = await CreatedIdeaAsync(client, StreetFood);

        Assert.Equal("llm", idea["suggestionSource"].Text());
        Assert.Equal(3, idea["versions"]!.AsArray().Count);
        Assert.Equal(2, _server.LogEntries.Count());
        var retry = MessageTexts(1);
        Assert.Contains("{\"title\": \"oops\"", string.Join("\n", retry));
    }

    [Fact]
    public async Task AlwaysMalformed_IsProviderUnavailable_WithTheCode_AndLeavesNoIdeaOrProject()
    {
        Always(Ok("this is not JSON at all"));
        var client = await StartAsync();

        var payload = await CreateIdeaAsync(client, StreetFood);

        var error = SingleError(payload, "ProviderUnavailableError");
        Assert.Contains("LLM_MALFORMED_OUTPUT", error["message"].Text());
        Assert.Equal("ai-chat", error["provider"].Text());
        Assert.Null(payload["idea"]);
        Assert.Equal(3, _server.LogEntries.Count());
        await AssertNothingLeftAsync(client);
    }

    [Fact]
    public async Task ReplySlowerThanTheTimeout_FailsQuickly_WithLlmTimeout()
    {
        Always(Ok(Versions(3)).WithDelay(TimeSpan.FromSeconds(20)));
        var client = await StartAsync(llmTimeout: TimeSpan.FromSeconds(1));

        var clock = Stopwatch.StartNew();
        var payload = await CreateIdeaAsync(client, StreetFood);
        clock.Stop();

        var error = SingleError(payload, "ProviderUnavailableError");
        Assert.Contains("LLM_TIMEOUT", error["message"].Text());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
        await AssertNothingLeftAsync(client);
    }

    [Fact]
    public async Task RateLimited_IsProviderUnavailable_WithLlmRateLimited()
    {
        Always(Response.Create().WithStatusCode(429).WithHeader("Content-Type", "application/json")
            .WithBody("""{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}"""));
        var client = await StartAsync();

        var payload = await CreateIdeaAsync(client, StreetFood);

        var error = SingleError(payload, "ProviderUnavailableError");
        Assert.Contains("LLM_RATE_LIMITED", error["message"].Text());
        Assert.Equal("ai-chat", error["provider"].Text());
        Assert.True(_server.LogEntries.Count() is >= 1 and <= 4, $"{_server.LogEntries.Count()} requests");
        await AssertNothingLeftAsync(client);
    }
}
