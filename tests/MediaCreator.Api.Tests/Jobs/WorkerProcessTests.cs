using System.Text.Json;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Transport.Host;
using MediaCreator.TestSupport;

namespace MediaCreator.Api.Tests.Jobs;

/// <summary>
/// Jobs run by separate worker processes over Redis Streams and the shared database: watched live from the API,
/// and finished by another worker when the first is killed mid-job.
/// </summary>
public sealed class WorkerProcessTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;
    private string _projectId = null!;
    private Dictionary<string, string> _environment = null!;

    public async Task InitializeAsync()
    {
        if (!TestRedis.IsAvailable) return;
        var redis = await TestRedis.GetConfigurationAsync();
        var prefix = TestRedis.NewKeyPrefix();
        var database = await ApiFactory.CreateDatabaseAsync();
        _environment = new()
        {
            ["Database__Provider"] = database.IsPostgres ? "Postgres" : "Sqlite",
            ["Database__ConnectionString"] = database.ConnectionString,
            ["Redis__Configuration"] = redis,
            ["Redis__KeyPrefix"] = prefix,
            ["Redis__LeaseDuration"] = "00:00:03",
            ["Workers__LeaseDuration"] = "00:00:03",
            ["Workers__RetryBaseDelay"] = "00:00:00.200",
        };
        _factory = new ApiFactory(database, "Production", new Dictionary<string, string?>(_environment.Select(e =>
            new KeyValuePair<string, string?>(e.Key.Replace("__", ":"), e.Value))) { ["Workers:Enabled"] = "false" });
        _factory.UseKestrel(0);
        _factory.StartServer();
        _client = GraphQLClient.AsUser(_factory, _owner);
        var data = await _client.DataAsync("""mutation { createProject(input: { name: "Scaled out" }) { project { id } } }""");
        _projectId = data["createProject"]!["project"]!["id"]!.GetValue<string>();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
    }

    private async Task<string> CreateEchoAsync(int steps, int delayMs)
    {
        var data = await _client.DataAsync(JobEngineTests.CreateJob, new { input = new { projectId = _projectId,
            spec = new { generic = new { moduleName = "core", taskName = "core.echo", payload = new { message = "from a worker", steps, delayMs } } } } });
        return data["createJob"]!["job"]!["id"]!.GetValue<string>();
    }

    [RedisFact]
    public async Task SubscriptionInTheApi_SeesAJobRunInAWorkerProcess()
    {
        await using var worker = WorkerProcess.Start("worker-live", _environment, "--queues", "generic");
        await using var ws = await WsTestClient.ConnectAckedAsync(_factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(_owner) });
        await ws.SendAsync(new { type = "subscribe", id = "s", payload = new {
            query = "subscription($p: ID!) { onProjectEvent(projectId: $p) { type ... on JobEvent { status progress } } }", variables = new { p = _projectId } } });
        await Task.Delay(500);
        var id = await CreateEchoAsync(steps: 4, delayMs: 600);
        var seen = new List<string>();
        while (seen.Count == 0 || seen[^1] != "JOB_COMPLETED/COMPLETED")
        {
            var message = await ws.ReceiveAsync(TimeSpan.FromSeconds(30));
            var e = message.GetProperty("payload").GetProperty("data").GetProperty("onProjectEvent");
            seen.Add($"{e.GetProperty("type").GetString()}/{e.GetProperty("status").GetString()}");
        }
        Assert.Equal("JOB_CREATED/QUEUED", seen[0]);
        Assert.Contains("JOB_PROGRESS/RUNNING", seen);
        var job = await JobWaits.UntilAsync(_client, id, "COMPLETED");
        Assert.Equal("from a worker", job["outputPayload"]!["message"]!.GetValue<string>());
    }

    [RedisFact]
    public async Task WorkerKilledMidJob_AnotherWorkerFinishesIt()
    {
        var doomed = WorkerProcess.Start("worker-doomed", _environment, "--queues", "generic");
        var id = await CreateEchoAsync(steps: 10, delayMs: 400);
        var running = await JobWaits.UntilAsync(_client, id, "RUNNING", TimeSpan.FromSeconds(60));
        Assert.True(running["progress"]!.GetValue<double>() < 1);
        doomed.Kill();
        await doomed.DisposeAsync();

        await using var rescuer = WorkerProcess.Start("worker-rescuer", _environment, "--queues", "generic");
        var done = await JobWaits.UntilAsync(_client, id, "COMPLETED", TimeSpan.FromSeconds(60));
        Assert.Equal(2, done["attempt"]!.GetValue<int>());
        Assert.Single(done["costRecords"]!.AsArray());
    }
}
