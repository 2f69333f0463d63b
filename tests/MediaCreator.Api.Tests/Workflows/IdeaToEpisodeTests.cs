using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Jobs;
using MediaCreator.Api.Tests.Storage;
using MediaCreator.TestSupport;

namespace MediaCreator.Api.Tests.Workflows;

/// <summary>Idea to finished episode through the public API, with the API's own in-process workers.</summary>
public sealed class IdeaToEpisodeTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private StorageApi _api = null!;

    public async Task InitializeAsync() =>
        _api = await StorageApi.StartAsync(new Dictionary<string, string?>(JobTestSettings.Fast)
        {
            ["Video:Render:Preset"] = "ultrafast",
            ["Video:Editor:Preset"] = "ultrafast",
        });

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task IdeaBecomesAReadyEpisode_OnTheInProcessQueue()
    {
        var flow = new IdeaToEpisodeFlow(_api.Factory, GraphQLClient.AsUser(_api.Factory, _owner), _owner);
        var idea = await flow.CreateIdeaAsync();
        var run = await flow.RunAsync(idea);
        await flow.AssertEpisodeAsync(run);
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
        _database = await TestDatabase.CreateAsync();
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
