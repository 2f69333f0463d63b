using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing;

/// <summary>The workflow's episode writer, called the way the orchestrator does: from a scope with no request owner.</summary>
public sealed class EpisodeWriterTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;
    private Guid _project;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.CreateAsync("Production");
        _client = GraphQLClient.AsUser(_factory, _owner);
        _project = GlobalId.DecodeFor("Project", await DashboardApi.ProjectAsync(_client));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private EpisodeDraft Draft(Guid run, string title = "Cat lullaby", Guid? episodeId = null, Guid? seriesId = null, string? metadata = null) =>
        new(_owner, _project, run, episodeId, seriesId, title, "made by a run", null, metadata ?? """{"contentType":"music","tags":["cat","sleep"]}""");

    private async Task<Guid> UpsertAsync(EpisodeDraft draft)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IEpisodeWriter>().UpsertReadyAsync(draft, CancellationToken.None);
    }

    [Fact]
    public async Task UpsertReady_WithoutSeries_CreatesReadyEpisodeInTheDefaultChannelAndSeries()
    {
        var id = await UpsertAsync(Draft(Guid.NewGuid()));

        var data = await _client.DataAsync("""
            query($e: ID!) { episode(id: $e) { title description status metadata project { name } series { name channel { name } } }
                             channels { totalCount } }
            """, new { e = GlobalId.Encode("Episode", id) });
        var episode = data["episode"]!;
        Assert.Equal(("Cat lullaby", "made by a run", "READY"),
            (episode["title"]!.GetValue<string>(), episode["description"]!.GetValue<string>(), episode["status"]!.GetValue<string>()));
        Assert.Equal(("Ideas", "My channel"), (episode["series"]!["name"]!.GetValue<string>(), episode["series"]!["channel"]!["name"]!.GetValue<string>()));
        Assert.Equal("music", episode["metadata"]!["contentType"]!.GetValue<string>());
        Assert.Equal(1, data["channels"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpsertReady_SameRunTwice_KeepsOneEpisodeAndUpdatesIt()
    {
        var run = Guid.NewGuid();
        var first = await UpsertAsync(Draft(run));
        var second = await UpsertAsync(Draft(run, "Cat lullaby v2", metadata: """{"version":2}"""));
        var otherRun = await UpsertAsync(Draft(Guid.NewGuid(), "Dog lullaby"));

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherRun);
        var data = await _client.DataAsync("""
            query($e: ID!) { episode(id: $e) { title metadata } episodes { totalCount } channels { totalCount nodes { series { totalCount } } } }
            """, new { e = GlobalId.Encode("Episode", first) });
        Assert.Equal("Cat lullaby v2", data["episode"]!["title"]!.GetValue<string>());
        Assert.Equal(("music", 2), (data["episode"]!["metadata"]!["contentType"]!.GetValue<string>(), data["episode"]!["metadata"]!["version"]!.GetValue<int>()));
        Assert.Equal(2, data["episodes"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, data["channels"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1, data["channels"]!["nodes"]![0]!["series"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpsertReady_ConcurrentCallsForOneRun_MakeOneEpisode()
    {
        var run = Guid.NewGuid();

        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => UpsertAsync(Draft(run)))));

        Assert.Single(ids.Distinct());
        var data = await _client.DataAsync("{ episodes { totalCount } channels { totalCount } }");
        Assert.Equal((1, 1), (data["episodes"]!["totalCount"]!.GetValue<int>(), data["channels"]!["totalCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task UpsertReady_WithEpisodeIdOrSeries_UsesThem()
    {
        var channel = await DashboardApi.CreateAsync(_client, "createChannel", new { name = "Kids" }, "channel");
        var series = await DashboardApi.CreateAsync(_client, "createSeries", new { channelId = channel, name = "Bedtime" }, "series");
        var inSeries = await UpsertAsync(Draft(Guid.NewGuid(), seriesId: GlobalId.DecodeFor("Series", series)));
        var drafted = await DashboardApi.CreateAsync(_client, "createEpisode",
            new { seriesId = series, projectId = GlobalId.Encode("Project", _project), title = "draft" }, "episode");
        var byId = await UpsertAsync(Draft(Guid.NewGuid(), "finished", episodeId: GlobalId.DecodeFor("Episode", drafted)));

        Assert.Equal(GlobalId.DecodeFor("Episode", drafted), byId);
        var data = await _client.DataAsync("query($a: ID!, $b: ID!) { a: episode(id: $a) { series { name } } b: episode(id: $b) { title status } channels { totalCount } }",
            new { a = GlobalId.Encode("Episode", inSeries), b = drafted });
        Assert.Equal("Bedtime", data["a"]!["series"]!["name"]!.GetValue<string>());
        Assert.Equal(("finished", "READY"), (data["b"]!["title"]!.GetValue<string>(), data["b"]!["status"]!.GetValue<string>()));
        Assert.Equal(1, data["channels"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task UpsertReady_ForAnotherOwnersProjectOrSeries_Throws()
    {
        var stranger = GraphQLClient.AsUser(_factory, Guid.NewGuid());
        var channel = await DashboardApi.CreateAsync(stranger, "createChannel", new { name = "theirs" }, "channel");
        var theirSeries = GlobalId.DecodeFor("Series", await DashboardApi.CreateAsync(stranger, "createSeries", new { channelId = channel, name = "S" }, "series"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => UpsertAsync(Draft(Guid.NewGuid(), seriesId: theirSeries)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => UpsertAsync(Draft(Guid.NewGuid()) with { OwnerId = Guid.NewGuid() }));
        var data = await _client.DataAsync("{ episodes { totalCount } }");
        Assert.Equal(0, data["episodes"]!["totalCount"]!.GetValue<int>());
    }
}
