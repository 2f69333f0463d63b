using System.Diagnostics;
using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.InputBrain;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static MediaCreator.Api.Tests.Publishing.Advisor.AdvisorApi;

namespace MediaCreator.Api.Tests.Publishing.Advisor;

/// <summary>
/// The optional narrative: with <c>AI:Chat</c> pointed at a local WireMock server speaking the OpenAI chat completions
/// API each recommendation gets the model's text (asked with its figures); with the model down or too slow the
/// narratives stay null and the query still answers.
/// </summary>
public sealed class AdvisorNarrativeTests : IAsyncLifetime
{
    private const string CompletionsPath = "/v1/chat/completions";
    private const string Narrative = "Your Friday evening posts clearly outperform the rest: schedule the next ones there.";
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly Guid _owner = Guid.NewGuid();
    private IdeaHost? _host;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        _server.Stop();
    }

    private async Task<List<JsonNode>> RecommendationsAsync(string endpoint, TimeSpan? timeout = null)
    {
        _host = await IdeaHost.StartAsync(new Dictionary<string, string?>
        {
            ["AI:Chat:Provider"] = "openai",
            ["AI:Chat:Endpoint"] = endpoint,
            ["AI:Chat:Model"] = "gpt-4o-mini",
            ["AI:Chat:ApiKey"] = "sk-test",
            ["Publishing:Advisor:NarrativeTimeout"] = (timeout ?? TimeSpan.FromSeconds(30)).ToString("c"),
        });
        var client = _host.AsUser(_owner);
        await AdvisorSeed.CreateAsync(_host.Services, client, _owner);
        return await NodesAsync(client);
    }

    private static string Completion(string content) => new JsonObject
    {
        ["id"] = "chatcmpl-advisor", ["object"] = "chat.completion", ["created"] = 1764000000, ["model"] = "gpt-4o-mini",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0, ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content }, ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 120, ["completion_tokens"] = 30, ["total_tokens"] = 150 },
    }.ToJsonString();

    [Fact]
    public async Task ChatModel_WritesANarrativePerRecommendation_FromItsFigures()
    {
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Completion(Narrative)));

        var nodes = await RecommendationsAsync(_server.Url + "/v1");

        Assert.Equal(7, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(Narrative, n["narrative"]?.GetValue<string>()));
        var requests = _server.LogEntries.Select(e => e.RequestMessage?.Body ?? "").ToList();
        Assert.Equal(7, requests.Count);
        // The model is given the recommendation's figures (hand-computed in AdvisorTests).
        Assert.Contains(requests, r => r.Contains("expectedLift", StringComparison.Ordinal) && r.Contains("1.0833", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Contains("Consider dropping", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChatModelDown_LeavesNarrativesEmpty_AndTheQueryAnswers()
    {
        var nodes = await RecommendationsAsync("http://127.0.0.1:1/v1");
        Assert.Equal(7, nodes.Count);
        Assert.All(nodes, n => Assert.Null(n["narrative"]));
    }

    [Fact]
    public async Task ChatModelTooSlow_TimesOut_AndTheQueryAnswers()
    {
        _server.Given(Request.Create().WithPath(CompletionsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Completion(Narrative))
                .WithDelay(TimeSpan.FromSeconds(20)));

        var watch = Stopwatch.StartNew();
        var nodes = await RecommendationsAsync(_server.Url + "/v1", TimeSpan.FromSeconds(1));
        Assert.Equal(7, nodes.Count);
        Assert.All(nodes, n => Assert.Null(n["narrative"]));
        // One request timed out after 1 s and stopped the run's others (seeding takes a few seconds too).
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(18), watch.Elapsed.ToString());
    }
}
