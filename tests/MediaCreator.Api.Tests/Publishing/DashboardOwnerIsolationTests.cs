using MediaCreator.Api.Tests.Infrastructure;

namespace MediaCreator.Api.Tests.Publishing;

/// <summary>Owner B never sees or changes owner A's channels, series and episodes.</summary>
public sealed class DashboardOwnerIsolationTests : IAsyncLifetime
{
    private ApiFactory _factory = null!;
    private GraphQLClient _a = null!;
    private GraphQLClient _b = null!;
    private (string Project, string Channel, string Series, string Episode) _ofA;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.CreateAsync("Production");
        _a = GraphQLClient.AsUser(_factory, Guid.NewGuid());
        _b = GraphQLClient.AsUser(_factory, Guid.NewGuid());
        _ofA = await DashboardApi.StructureAsync(_a);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ListsLookupsAndNodes_OfAnotherOwner_AreEmptyOrNull()
    {
        var data = await _b.DataAsync("""
            query($c: ID!, $s: ID!, $e: ID!) {
              channels { totalCount } episodes { totalCount } episodesOfA: episodes(where: { channelId: { eq: $c } }) { totalCount }
              channel(id: $c) { id } series(id: $s) { id } episode(id: $e) { id }
              a: node(id: $c) { id } b: node(id: $s) { id } d: node(id: $e) { id } nodes(ids: [$c, $s, $e]) { id }
            }
            """, new { c = _ofA.Channel, s = _ofA.Series, e = _ofA.Episode });

        Assert.Equal(0, data["channels"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["episodes"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, data["episodesOfA"]!["totalCount"]!.GetValue<int>());
        foreach (var field in new[] { "channel", "series", "episode", "a", "b", "d" }) Assert.Null(data[field]);
        Assert.All(data["nodes"]!.AsArray(), Assert.Null);
    }

    [Fact]
    public async Task Mutations_OnAnotherOwnersRows_AreNotFoundAndChangeNothing()
    {
        var projectOfB = await DashboardApi.ProjectAsync(_b);
        var series = await DashboardApi.MutateAsync(_b, "createSeries", new { channelId = _ofA.Channel, name = "hijack" }, "series { id }");
        var episode = await DashboardApi.MutateAsync(_b, "createEpisode", new { seriesId = _ofA.Series, projectId = projectOfB, title = "t" }, "episode { id }");
        var update = await DashboardApi.MutateAsync(_b, "updateEpisode", new { episodeId = _ofA.Episode, title = "hijacked", status = "READY" }, "episode { id }");
        var ownSeriesForeignProject = await DashboardApi.CreateAsync(_b, "createSeries",
            new { channelId = await DashboardApi.CreateAsync(_b, "createChannel", new { name = "B" }, "channel"), name = "S" }, "series");
        var foreignProject = await DashboardApi.MutateAsync(_b, "createEpisode", new { seriesId = ownSeriesForeignProject, projectId = _ofA.Project, title = "t" }, "episode { id }");

        Assert.Equal("ContentChannel", series["errors"]![0]!["typeName"]!.GetValue<string>());
        Assert.Equal("Series", episode["errors"]![0]!["typeName"]!.GetValue<string>());
        Assert.Equal("Episode", update["errors"]![0]!["typeName"]!.GetValue<string>());
        Assert.Equal("Project", foreignProject["errors"]![0]!["typeName"]!.GetValue<string>());
        var a = await _a.DataAsync("query($e: ID!) { episode(id: $e) { title status } channels { nodes { series { totalCount } } } }", new { e = _ofA.Episode });
        Assert.Equal(("Pad kra pao in 5 minutes", "DRAFT"), (a["episode"]!["title"]!.GetValue<string>(), a["episode"]!["status"]!.GetValue<string>()));
        Assert.Equal(1, a["channels"]!["nodes"]![0]!["series"]!["totalCount"]!.GetValue<int>());
    }
}
