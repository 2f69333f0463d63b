using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Jobs;
using MediaCreator.Api.Tests.Storage;
using MediaCreator.TestSupport;

namespace MediaCreator.Api.Tests.Workflows;

/// <summary>Idea to finished episode through the public API, with the API's own in-process workers.</summary>
public sealed class IdeaToEpisodeTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private readonly string _exports = Path.Combine(Path.GetTempPath(), "mc-exports-" + Guid.NewGuid().ToString("N"));
    private StorageApi _api = null!;

    public async Task InitializeAsync() =>
        _api = await StorageApi.StartAsync(new Dictionary<string, string?>(JobTestSettings.Fast)
        {
            ["Video:Render:Preset"] = "ultrafast",
            ["Video:Editor:Preset"] = "ultrafast",
            ["Publishing:FolderExportOptions:RootPath"] = _exports,
        });

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        if (Directory.Exists(_exports)) Directory.Delete(_exports, recursive: true);
    }

    [Fact]
    public async Task IdeaBecomesAReadyEpisode_OnTheInProcessQueue()
    {
        var flow = new IdeaToEpisodeFlow(_api.Factory, GraphQLClient.AsUser(_api.Factory, _owner), _owner);
        var idea = await flow.CreateIdeaAsync();
        var run = await flow.RunAsync(idea);
        await flow.AssertEpisodeAsync(run);
    }

    [Fact]
    public async Task IdeaIsPublished_ByThePublishingStepOfItsDraft()
    {
        var client = GraphQLClient.AsUser(_api.Factory, _owner);
        var connected = (await client.DataAsync("""
            mutation { connectPlatformAccount(input: { platform: FOLDER, settings: { folder: "flow" } }) { platformAccount { id } errors { __typename ... on Error { message } } } }
            """))["connectPlatformAccount"]!;
        Assert.True(connected["errors"] is null, connected.ToJsonString());
        var account = connected["platformAccount"]!["id"]!.GetValue<string>();

        var flow = new IdeaToEpisodeFlow(_api.Factory, client, _owner);
        var run = await flow.RunAsync(await flow.CreateIdeaAsync(), account);
        await flow.AssertEpisodeAsync(run, published: true);
        Assert.Contains(("JOB_COMPLETED", "publish_1", "publishing.upload"), flow.Events);

        // The run's episode went out through the folder export: one publication, PUBLISHED, the video file on disk.
        var episode = (await client.DataAsync("query($id: ID!) { episode(id: $id) { publications { status platform externalPostId asset { id sizeBytes } } } }",
            new { id = run["episode"]!["id"]!.GetValue<string>() }))["episode"]!;
        var publication = Assert.Single(episode["publications"]!.AsArray())!;
        Assert.Equal(("PUBLISHED", "FOLDER"), (publication["status"]!.GetValue<string>(), publication["platform"]!.GetValue<string>()));
        Assert.Equal(WorkflowApi.Step(run, "video")["job"]!["outputs"]![0]!["id"]!.GetValue<string>(), publication["asset"]!["id"]!.GetValue<string>());
        var files = Directory.GetFiles(Path.Combine(_exports, "flow"));
        var media = Assert.Single(files, f => !f.EndsWith(".json", StringComparison.Ordinal));
        Assert.Single(files, f => f.EndsWith(".json", StringComparison.Ordinal)); // the sidecar with the post details
        Assert.Equal(publication["asset"]!["sizeBytes"]!.GetValue<long>(), new FileInfo(media).Length);
    }
}

/// <summary>The same flow on Redis Streams, with the jobs run by a separate worker process.</summary>
public sealed class IdeaToEpisodeRedisTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private readonly string _storage = Path.Combine(Path.GetTempPath(), "mc-flow-" + Guid.NewGuid().ToString("N"));
    private TestDatabase _database = null!;
    private Dictionary<string, string> _environment = null!;

    public async Task InitializeAsync()
    {
        if (!TestRedis.IsAvailable) return;
        _database = await ApiFactory.CreateDatabaseAsync();
        _environment = ScaledOutHost.Environment(_database, await TestRedis.GetConfigurationAsync());
        _environment["Storage__LocalRoot"] = _storage;
        _environment["Storage__SigningKey"] = "flow-tests-signing-key-with-more-than-32-bytes";
        _environment["Video__Render__Preset"] = "ultrafast";
    }

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
        if (Directory.Exists(_storage)) Directory.Delete(_storage, recursive: true);
    }

    [RedisFact]
    public async Task IdeaBecomesAReadyEpisode_OnRedis_WithAWorkerProcess()
    {
        await using var worker = WorkerProcess.Start("flow-worker", _environment);
        await using var api = ScaledOutHost.StartApi(_database, _environment, keepDatabase: true);
        var flow = new IdeaToEpisodeFlow(api, GraphQLClient.AsUser(api, _owner), _owner);
        var idea = await flow.CreateIdeaAsync();
        var run = await flow.RunAsync(idea);
        Assert.True(run["status"]!.GetValue<string>() == "COMPLETED", run.ToJsonString() + worker.Output);
        await flow.AssertEpisodeAsync(run);
    }
}
