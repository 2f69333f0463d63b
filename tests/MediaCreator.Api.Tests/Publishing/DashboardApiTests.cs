using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing;

/// <summary>Channels, series and episodes through GraphQL: create, update, read back by list, id, node and project.</summary>
public sealed class DashboardApiTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.CreateAsync("Production");
        _client = GraphQLClient.AsUser(_factory, _owner);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task CreateChannelSeriesEpisode_ReadsBackThroughListsLookupsAndNodes()
    {
        var (project, channel, series, episode) = await DashboardApi.StructureAsync(_client);

        var data = await _client.DataAsync("""
            query($c: ID!, $s: ID!, $e: ID!, $p: ID!) {
              channels { totalCount nodes { id name description metadata ownerId series { totalCount nodes { name } } episodes { totalCount } } }
              channel(id: $c) { name }
              series(id: $s) { name channel { id } episodes { nodes { id } } }
              episode(id: $e) { title status metadata project { id } series { id name channel { name } } primaryAsset { id } createdAt }
              episodes(where: { channelId: { eq: $c } }) { totalCount }
              project(id: $p) { episodes { totalCount nodes { id } } }
              a: node(id: $c) { __typename id } b: node(id: $s) { __typename id } d: node(id: $e) { __typename ... on Episode { title } }
            }
            """, new { c = channel, s = series, e = episode, p = project });

        var listed = data["channels"]!["nodes"]![0]!;
        Assert.Equal(1, data["channels"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(channel, listed["id"]!.GetValue<string>());
        Assert.Equal(("Cooking", "Thai food", "th"), (listed["name"]!.GetValue<string>(), listed["description"]!.GetValue<string>(), listed["metadata"]!["language"]!.GetValue<string>()));
        Assert.Equal(_owner.ToString(), listed["ownerId"]!.GetValue<string>());
        Assert.Equal("Quick meals", listed["series"]!["nodes"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(1, listed["episodes"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Cooking", data["channel"]!["name"]!.GetValue<string>());
        Assert.Equal(channel, data["series"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal(episode, data["series"]!["episodes"]!["nodes"]![0]!["id"]!.GetValue<string>());
        var read = data["episode"]!;
        Assert.Equal("DRAFT", read["status"]!.GetValue<string>());
        Assert.Equal("video", read["metadata"]!["contentType"]!.GetValue<string>());
        Assert.Equal(project, read["project"]!["id"]!.GetValue<string>());
        Assert.Equal("Cooking", read["series"]!["channel"]!["name"]!.GetValue<string>());
        Assert.Null(read["primaryAsset"]);
        Assert.Equal(1, data["episodes"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(episode, data["project"]!["episodes"]!["nodes"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(("ContentChannel", "Series", "Pad kra pao in 5 minutes"),
            (data["a"]!["__typename"]!.GetValue<string>(), data["b"]!["__typename"]!.GetValue<string>(), data["d"]!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task UpdateEpisode_ChangesFieldsMergesMetadataAndMovesToReady()
    {
        var (_, _, _, episode) = await DashboardApi.StructureAsync(_client);

        var payload = await DashboardApi.MutateAsync(_client, "updateEpisode",
            new { episodeId = episode, title = "Pad kra pao, fast", status = "READY", metadata = new { tags = new[] { "basil" }, version = 2 } },
            "episode { title status metadata }");

        Assert.True(payload["errors"] is null, payload.ToJsonString());
        var updated = payload["episode"]!;
        Assert.Equal(("Pad kra pao, fast", "READY"), (updated["title"]!.GetValue<string>(), updated["status"]!.GetValue<string>()));
        Assert.Equal("video", updated["metadata"]!["contentType"]!.GetValue<string>());
        Assert.Equal(["basil"], updated["metadata"]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(2, updated["metadata"]!["version"]!.GetValue<int>());
        var ready = await _client.DataAsync("{ ready: episodes(where: { status: { eq: READY } }) { totalCount } draft: episodes(where: { status: { eq: DRAFT } }) { totalCount } }");
        Assert.Equal((1, 0), (ready["ready"]!["totalCount"]!.GetValue<int>(), ready["draft"]!["totalCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Lists_FilterSortAndPage()
    {
        var project = await DashboardApi.ProjectAsync(_client);
        var channel = await DashboardApi.CreateAsync(_client, "createChannel", new { name = "Music" }, "channel");
        await DashboardApi.CreateAsync(_client, "createChannel", new { name = "Art" }, "channel");
        var series = await DashboardApi.CreateAsync(_client, "createSeries", new { channelId = channel, name = "Lo-fi" }, "series");
        foreach (var title in new[] { "b-side", "a-side", "c-side" })
            await DashboardApi.CreateAsync(_client, "createEpisode", new { seriesId = series, projectId = project, title }, "episode");

        var data = await _client.DataAsync("""
            { channels(order: [{ name: ASC }]) { nodes { name } }
              byName: channels(where: { name: { eq: "Music" } }) { totalCount }
              episodes(order: [{ title: ASC }], first: 2) { totalCount nodes { title } pageInfo { hasNextPage } } }
            """);

        Assert.Equal(["Art", "Music"], data["channels"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        Assert.Equal(1, data["byName"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(3, data["episodes"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["a-side", "b-side"], data["episodes"]!["nodes"]!.AsArray().Select(n => n!["title"]!.GetValue<string>()));
        Assert.True(data["episodes"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task InvalidInput_ReturnsValidationErrorsWithCodes()
    {
        var project = await DashboardApi.ProjectAsync(_client);
        var blank = await DashboardApi.MutateAsync(_client, "createChannel", new { name = "  " }, "channel { id }");
        var notObject = await DashboardApi.MutateAsync(_client, "createChannel", new { name = "X", metadata = new[] { 1, 2 } }, "channel { id }");
        var channel = await DashboardApi.CreateAsync(_client, "createChannel", new { name = "X" }, "channel");
        var series = await DashboardApi.CreateAsync(_client, "createSeries", new { channelId = channel, name = "S" }, "series");
        var longTitle = await DashboardApi.MutateAsync(_client, "createEpisode",
            new { seriesId = series, projectId = project, title = new string('t', 501) }, "episode { id }");

        Assert.Equal(("input.name", "INVALID_LENGTH"), (blank["errors"]![0]!["field"]!.GetValue<string>(), blank["errors"]![0]!["code"]!.GetValue<string>()));
        Assert.Null(blank["channel"]);
        Assert.Equal(("input.metadata", "INVALID_FORMAT"), (notObject["errors"]![0]!["field"]!.GetValue<string>(), notObject["errors"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal(("input.title", "INVALID_LENGTH"), (longTitle["errors"]![0]!["field"]!.GetValue<string>(), longTitle["errors"]![0]!["code"]!.GetValue<string>()));
        var count = await _client.DataAsync("{ channels { totalCount } episodes { totalCount } }");
        Assert.Equal((1, 0), (count["channels"]!["totalCount"]!.GetValue<int>(), count["episodes"]!["totalCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task UnknownReferences_ReturnNotFoundErrors()
    {
        var project = await DashboardApi.ProjectAsync(_client);
        var channel = await DashboardApi.CreateAsync(_client, "createChannel", new { name = "X" }, "channel");
        var series = await DashboardApi.CreateAsync(_client, "createSeries", new { channelId = channel, name = "S" }, "series");
        var missingChannel = await DashboardApi.MutateAsync(_client, "createSeries",
            new { channelId = GlobalId.Encode("ContentChannel", Guid.NewGuid()), name = "S" }, "series { id }");
        var wrongType = await DashboardApi.MutateAsync(_client, "createEpisode", new { seriesId = channel, projectId = project, title = "t" }, "episode { id }");
        var missingAsset = await DashboardApi.MutateAsync(_client, "createEpisode",
            new { seriesId = series, projectId = project, title = "t", primaryAssetId = GlobalId.Encode("Asset", Guid.NewGuid()) }, "episode { id }");
        var missingEpisode = await DashboardApi.MutateAsync(_client, "updateEpisode", new { episodeId = GlobalId.Encode("Episode", Guid.NewGuid()), title = "t" }, "episode { id }");

        Assert.Equal("ContentChannel", missingChannel["errors"]![0]!["typeName"]!.GetValue<string>());
        Assert.Equal("Series", wrongType["errors"]![0]!["typeName"]!.GetValue<string>());
        Assert.Equal("Asset", missingAsset["errors"]![0]!["typeName"]!.GetValue<string>());
        Assert.Equal("Episode", missingEpisode["errors"]![0]!["typeName"]!.GetValue<string>());
    }

    [Fact]
    public async Task PrimaryAsset_MustBeTheCallersImageVideoOrAudio()
    {
        var (project, _, series, episode) = await DashboardApi.StructureAsync(_client);
        var video = await SeedAssetAsync(project, AssetType.Video, "clip.mp4", "video/mp4");
        var subtitle = await SeedAssetAsync(project, AssetType.Subtitle, "clip.srt", "application/x-subrip");

        var created = await DashboardApi.MutateAsync(_client, "createEpisode",
            new { seriesId = series, projectId = project, title = "with video", primaryAssetId = video }, "episode { primaryAsset { id mimeType } }");
        var rejected = await DashboardApi.MutateAsync(_client, "createEpisode",
            new { seriesId = series, projectId = project, title = "with subtitle", primaryAssetId = subtitle }, "episode { id }");
        var updated = await DashboardApi.MutateAsync(_client, "updateEpisode", new { episodeId = episode, primaryAssetId = video }, "episode { primaryAsset { id } }");

        Assert.True(created["errors"] is null, created.ToJsonString());
        Assert.Equal((video, "video/mp4"), (created["episode"]!["primaryAsset"]!["id"]!.GetValue<string>(), created["episode"]!["primaryAsset"]!["mimeType"]!.GetValue<string>()));
        Assert.Equal("UnsupportedMediaError", DashboardApi.FirstErrorType(rejected));
        Assert.Equal("application/x-subrip", rejected["errors"]![0]!["mimeType"]!.GetValue<string>());
        Assert.Equal(video, updated["episode"]!["primaryAsset"]!["id"]!.GetValue<string>());
        var stranger = GraphQLClient.AsUser(_factory, Guid.NewGuid());
        var strangerSeries = await DashboardApi.CreateAsync(stranger, "createSeries",
            new { channelId = await DashboardApi.CreateAsync(stranger, "createChannel", new { name = "B" }, "channel"), name = "S" }, "series");
        var foreignAsset = await DashboardApi.MutateAsync(stranger, "createEpisode",
            new { seriesId = strangerSeries, projectId = await DashboardApi.ProjectAsync(stranger), title = "t", primaryAssetId = video }, "episode { id }");
        Assert.Equal("Asset", foreignAsset["errors"]![0]!["typeName"]!.GetValue<string>());
    }

    private async Task<string> SeedAssetAsync(string project, AssetType type, string fileName, string mimeType)
    {
        var asset = new Asset
        {
            OwnerId = _owner, ProjectId = GlobalId.DecodeFor("Project", project), Type = type, FileName = fileName, MimeType = mimeType,
            SizeBytes = 10, Path = $"{_owner:N}/{Guid.NewGuid():N}/{fileName}",
        };
        await TestData.WithDbAsync(_factory, _owner, async db =>
        {
            db.Assets.Add(asset);
            await db.SaveChangesAsync();
        });
        return GlobalId.Encode("Asset", asset.Id);
    }

    [Fact]
    public async Task UpdateEpisode_ToEngineStatusesOrFromPublishing_IsInvalidState()
    {
        var (_, _, _, episode) = await DashboardApi.StructureAsync(_client);

        var toPublished = await DashboardApi.MutateAsync(_client, "updateEpisode", new { episodeId = episode, status = "PUBLISHED" }, "episode { id }");
        await SetStatusAsync(GlobalId.DecodeFor("Episode", episode), EpisodeStatus.Publishing);
        var backToDraft = await DashboardApi.MutateAsync(_client, "updateEpisode", new { episodeId = episode, status = "DRAFT" }, "episode { id }");

        Assert.Equal("InvalidStateError", DashboardApi.FirstErrorType(toPublished));
        Assert.Equal("DRAFT", toPublished["errors"]![0]!["currentState"]!.GetValue<string>());
        Assert.Equal(["DRAFT", "READY"], toPublished["errors"]![0]!["allowedStates"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("InvalidStateError", DashboardApi.FirstErrorType(backToDraft));
        Assert.Equal("PUBLISHING", backToDraft["errors"]![0]!["currentState"]!.GetValue<string>());
        Assert.Empty(backToDraft["errors"]![0]!["allowedStates"]!.AsArray());
        var read = await _client.DataAsync("query($e: ID!) { episode(id: $e) { status } }", new { e = episode });
        Assert.Equal("PUBLISHING", read["episode"]!["status"]!.GetValue<string>());
    }

    private async Task SetStatusAsync(Guid episodeId, EpisodeStatus status)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(_owner, [ApiKeyScopes.Full]);
        var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
        await db.Episodes.Where(e => e.Id == episodeId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, status));
    }
}
