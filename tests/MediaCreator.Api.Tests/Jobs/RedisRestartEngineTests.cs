using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Transport.Host;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MediaCreator.Api.Tests.Jobs;

/// <summary>
/// Redis is killed and comes back EMPTY (no persistence) while the API enqueues and two worker processes run jobs:
/// the database is the source of truth, so every job still completes exactly once with one output, jobs enqueued
/// during the outage go through, and the API's subscription sees events again afterwards.
/// </summary>
public sealed class RedisRestartEngineTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly OwnRedisServer _redis = new();
    private readonly Guid _owner = Guid.NewGuid();

    public Task InitializeAsync() => OwnRedisServer.IsInstalled ? _redis.StartAsync() : Task.CompletedTask;

    public Task DisposeAsync() => _redis.DisposeAsync().AsTask();

    [PostgresRedisServerFact]
    public async Task RedisRestartWithDataLoss_DuringWork_EveryJobCompletesOnceWithOneOutput()
    {
        var database = await ApiFactory.CreateDatabaseAsync();
        var environment = ScaledOutHost.Environment(database, _redis.Configuration + ",abortConnect=false,connectTimeout=1000", lease: "00:00:02");
        await using var factory = ScaledOutHost.StartApi(database, environment);
        var client = GraphQLClient.AsUser(factory, _owner);
        var project = (await client.DataAsync("""mutation { createProject(input: { name: "Outage" }) { project { id } } }"""))["createProject"]!["project"]!["id"]!.GetValue<string>();
        await using var first = WorkerProcess.Start("outage-1", environment, "--queues", "generic");
        await using var second = WorkerProcess.Start("outage-2", environment, "--queues", "generic");

        Task<System.Text.Json.Nodes.JsonNode> Enqueue(int i) => client.DataAsync(JobEngineTests.CreateJob, new { input = new { projectId = project,
            spec = new { generic = new { moduleName = "core", taskName = "core.echo", payload = new { message = $"job {i}", writeOutput = true, steps = 2, delayMs = 20 } } } } });
        foreach (var batch in Enumerable.Range(0, 80).Chunk(20)) await Task.WhenAll(batch.Select(Enqueue));
        await WaitUntilAsync(factory, () => CountAsync(factory, JobStatus.Completed), n => n >= 10, TimeSpan.FromSeconds(60));

        await _redis.KillAndLoseDataAsync();
        // createJob keeps working during the outage: the job row and its outbox message are in PostgreSQL.
        foreach (var batch in Enumerable.Range(80, 30).Chunk(15)) await Task.WhenAll(batch.Select(Enqueue));
        await Task.Delay(1000);
        await _redis.StartAsync();

        try
        {
            await WaitUntilAsync(factory, () => CountAsync(factory, JobStatus.Completed), n => n >= 110, TimeSpan.FromSeconds(120));
        }
        catch
        {
            output.WriteLine("worker 1:\n" + first.Output);
            output.WriteLine("worker 2:\n" + second.Output);
            throw;
        }
        await using var ws = await WsTestClient.ConnectAckedAsync(factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(_owner) });
        await ws.SendAsync(new { type = "subscribe", id = "s", payload = new {
            query = "subscription($p: ID!) { onProjectEvent(projectId: $p) { type } }", variables = new { p = project } } });
        await Task.Delay(500);
        // After the restart the API's subscription receives events published by the worker processes again.
        await Enqueue(110);
        var seen = new List<string>();
        while (!seen.Contains("JOB_COMPLETED"))
        {
            var message = await ws.ReceiveAsync(TimeSpan.FromSeconds(30));
            seen.Add(message.GetProperty("payload").GetProperty("data").GetProperty("onProjectEvent").GetProperty("type").GetString()!);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var statuses = await db.Jobs.IgnoreQueryFilters().Where(j => j.OwnerId == _owner).GroupBy(j => j.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        output.WriteLine(string.Join(", ", statuses.Select(s => $"{s.Key}={s.Count}")));
        Assert.Equal(111, statuses.Single(s => s.Key == JobStatus.Completed).Count);
        var outputs = await db.Assets.IgnoreQueryFilters().Where(a => a.OwnerId == _owner && a.SourceJobId != null)
            .GroupBy(a => a.SourceJobId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(111, outputs.Count);
        Assert.All(outputs, n => Assert.Equal(1, n));
    }

    private Task<int> CountAsync(ApiFactory factory, JobStatus status) => ScaledOutHost.CountJobsAsync(factory, _owner, status);

    private async Task WaitUntilAsync(ApiFactory factory, Func<Task<int>> count, Func<int, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var n = await count();
        while (!done(n))
        {
            if (DateTime.UtcNow > deadline)
            {
                await using var scope = factory.Services.CreateAsyncScope();
                var statuses = await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Jobs.IgnoreQueryFilters()
                    .Where(j => j.OwnerId == _owner).GroupBy(j => j.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
                Assert.Fail($"timed out at {n}: " + string.Join(", ", statuses.Select(s => $"{s.Key}={s.Count}")));
            }
            await Task.Delay(250);
            n = await count();
        }
    }
}
