using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MediaCreator.Api.Tests.Workflows.WorkflowApi;

namespace MediaCreator.Api.Tests.Workflows;

/// <summary>
/// A run survives its API and its worker going down mid-run: the killed worker's step job is taken over by a new
/// worker after its lease, and a new API on the same database and Redis picks the run up, dispatches the next step
/// once, and finishes it.
/// </summary>
public sealed class WorkflowRestartTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private readonly string _storage = Path.Combine(Path.GetTempPath(), "mc-restart-" + Guid.NewGuid().ToString("N"));
    private TestDatabase _database = null!;
    private Dictionary<string, string> _environment = null!;

    public async Task InitializeAsync()
    {
        if (!TestRedis.IsAvailable) return;
        _database = await ApiFactory.CreateDatabaseAsync();
        _environment = ScaledOutHost.Environment(_database, await TestRedis.GetConfigurationAsync());
        _environment["Storage__LocalRoot"] = _storage;
        _environment["Storage__SigningKey"] = "restart-tests-signing-key-with-more-than-32-bytes";
    }

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
        if (Directory.Exists(_storage)) Directory.Delete(_storage, recursive: true);
    }

    [RedisFact]
    public async Task ApiAndWorkerRestartMidRun_TheRunFinishes_WithoutRepeatingAStep()
    {
        var worker = WorkerProcess.Start("restart-worker", _environment, "--queues", "generic");
        var first = ScaledOutHost.StartApi(_database, _environment, keepDatabase: true);
        var client = GraphQLClient.AsUser(first, _owner);
        var project = (await client.DataAsync("""mutation { createProject(input: { name: "Restart" }) { project { id } } }"""))["createProject"]!["project"]!["id"]!.GetValue<string>();
        var started = await StartAsync(client, new
        {
            projectId = project,
            steps = new[]
            {
                Echo("long", new { message = "survives", writeOutput = true, steps = 20, delayMs = 150 }),
                Echo("next", new { message = "after the restart" }, ["long"], [new { targetField = "generic.payload.inputs", fromStep = "long" }]),
            },
        });
        var id = started["workflowRun"]!["id"]!.GetValue<string>();
        await UntilAsync(client, id, r => Step(r, "long")["status"]!.GetValue<string>() == "RUNNING");
        worker.Kill();
        await worker.DisposeAsync();
        await first.DisposeAsync();

        // A new worker takes the step's job over once its lease has run out; no API is there to see it.
        await using var second = WorkerProcess.Start("restart-worker-2", _environment, "--queues", "generic");
        await Task.Delay(TimeSpan.FromSeconds(2));
        await using var api = ScaledOutHost.StartApi(_database, _environment, keepDatabase: true);
        var done = await UntilStatusAsync(GraphQLClient.AsUser(api, _owner), id, "COMPLETED", TimeSpan.FromSeconds(60));
        var longOutput = Step(done, "long")["job"]!["outputs"]![0]!["id"]!.GetValue<string>();
        Assert.Equal([longOutput], Step(done, "next")["job"]!["outputPayload"]!["inputs"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.All(done["steps"]!.AsArray(), s => Assert.Equal(1, s!["attempt"]!.GetValue<int>()));

        // One job per step: nothing was dispatched twice across the two APIs.
        Assert.True(Step(done, "long")["job"]!["outputPayload"]!["attempt"]!.GetValue<int>() >= 2, "the killed worker's job was run again");
        await using var scope = api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Modules.Core.Persistence.CoreDbContext>();
        var runId = GlobalId.DecodeFor("WorkflowRun", id);
        var jobs = await db.Jobs.IgnoreQueryFilters().Where(j => j.WorkflowRunId == runId).CountAsync();
        Assert.Equal(2, jobs);
    }
}
