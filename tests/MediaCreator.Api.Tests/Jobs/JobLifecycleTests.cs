using System.Text.Json;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Transport.Host;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;

namespace MediaCreator.Api.Tests.Jobs;

/// <summary>A job watched live over WebSocket, recovery of jobs whose worker died, and plugin tasks.</summary>
public sealed class JobLifecycleTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;
    private string _projectId = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.StartKestrelAsync(settings: JobTestSettings.Fast);
        _client = GraphQLClient.AsUser(_factory, _owner);
        var data = await _client.DataAsync("""mutation { createProject(input: { name: "Live jobs" }) { project { id } } }""");
        _projectId = data["createProject"]!["project"]!["id"]!.GetValue<string>();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task ProjectSubscription_SeesCreatedRunningProgressAndCompleted()
    {
        await using var ws = await WsTestClient.ConnectAckedAsync(_factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(_owner) });
        await ws.SendAsync(new { type = "subscribe", id = "s", payload = new {
            query = "subscription($p: ID!) { onProjectEvent(projectId: $p) { type ... on JobEvent { status progress job { id status } } } }",
            variables = new { p = _projectId } } });
        await Task.Delay(300); // the subscription is set up asynchronously on the server
        await _client.DataAsync(JobEngineTests.CreateJob, new { input = new { projectId = _projectId,
            spec = new { generic = new { moduleName = "core", taskName = "core.echo", payload = new { message = "live", steps = 4, delayMs = 600 } } } } });
        var seen = new List<(string Type, string Status, double Progress)>();
        while (seen.Count == 0 || seen[^1].Type != "JOB_COMPLETED")
        {
            var message = await ws.ReceiveAsync(TimeSpan.FromSeconds(15));
            var e = message.GetProperty("payload").GetProperty("data").GetProperty("onProjectEvent");
            seen.Add((e.GetProperty("type").GetString()!, e.GetProperty("status").GetString()!, e.GetProperty("progress").GetDouble()));
        }
        Assert.Equal(("JOB_CREATED", "QUEUED"), (seen[0].Type, seen[0].Status));
        Assert.Contains(seen, s => s is { Type: "JOB_PROGRESS", Status: "RUNNING" } && s.Progress is > 0 and < 1);
        Assert.Equal(("JOB_COMPLETED", "COMPLETED", 1.0), seen[^1]);
    }

    [Fact]
    public async Task RunningJobWhoseWorkerDied_IsPickedUpAgainAfterItsLease()
    {
        var projectId = GlobalId.DecodeFor("Project", _projectId);
        var orphan = await TestData.SeedJobAsync(_factory, _owner, projectId, j =>
        {
            j.Status = JobStatus.Running;
            j.WorkerId = "a-worker-that-was-killed";
            j.Attempt = 1;
            j.LeaseExpiresAt = DateTime.UtcNow.AddSeconds(-1);
            j.InputPayloadJson = """{"message":"survived"}""";
        });
        var done = await JobWaits.UntilAsync(_client, GlobalId.Encode("Job", orphan.Id), "COMPLETED");
        Assert.Equal("survived", done["outputPayload"]!["message"]!.GetValue<string>());
        Assert.Equal(2, done["attempt"]!.GetValue<int>());
    }

    [Fact]
    public async Task PluginTask_IsValidatedAgainstItsSchema_AndWaitsQueuedForItsWorker()
    {
        await _client.DataAsync("""
            mutation { registerModule(input: { name: "lipsync", category: VIDEO, version: "1",
              capabilities: [{ key: "lipsync.render", taskName: "lipsync.render", inputSchema: { type: "object", required: ["audioUrl"] } }] }) { errors { __typename } } }
            """);
        var bad = await _client.DataAsync(JobEngineTests.CreateJob, Spec("lipsync", "lipsync.render", new { nope = 1 }));
        Assert.Equal("SCHEMA_REQUIRED", bad["createJob"]!["errors"]![0]!["code"]!.GetValue<string>());
        var ok = await _client.DataAsync(JobEngineTests.CreateJob, Spec("lipsync", "lipsync.render", new { audioUrl = "https://example.test/a.wav" }));
        var id = ok["createJob"]!["job"]!["id"]!.GetValue<string>();
        await Task.Delay(1000);
        var job = await _client.DataAsync(JobEngineTests.JobQuery, new { id });
        Assert.Equal("QUEUED", job["job"]!["status"]!.GetValue<string>());
    }

    private object Spec(string moduleName, string taskName, object payload) =>
        new { input = new { projectId = _projectId, spec = new { generic = new { moduleName, taskName, payload } } } };
}
