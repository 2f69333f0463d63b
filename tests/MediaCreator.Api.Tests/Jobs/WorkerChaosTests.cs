using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MediaCreator.Api.Tests.Jobs;

/// <summary>1,000 jobs across 3 worker processes over Redis and PostgreSQL while workers are SIGKILLed at random.</summary>
public sealed class WorkerChaosTests(ITestOutputHelper output)
{
    [PostgresRedisFact]
    public async Task ThousandJobs_ThreeWorkersKilledAtRandom_EveryJobCompletesWithOneOutput()
    {
        var database = await ApiFactory.CreateDatabaseAsync();
        var environment = ScaledOutHost.Environment(database, await TestRedis.GetConfigurationAsync());
        await using var factory = ScaledOutHost.StartApi(database, environment);
        var owner = Guid.NewGuid();
        var client = GraphQLClient.AsUser(factory, owner);
        var project = (await client.DataAsync("""mutation { createProject(input: { name: "Chaos" }) { project { id } } }"""))["createProject"]!["project"]!["id"]!.GetValue<string>();

        var workers = Enumerable.Range(0, 3).Select(i => WorkerProcess.Start($"chaos-{i}-0", environment, "--queues", "generic")).ToArray();
        var enqueue = Enumerable.Range(0, 1000).Select(i => client.DataAsync(JobEngineTests.CreateJob, new { input = new { projectId = project,
            spec = new { generic = new { moduleName = "core", taskName = "core.echo", payload = new { message = $"job {i}", writeOutput = true, steps = 2, delayMs = 5 } } } } }));
        foreach (var batch in enqueue.Chunk(50)) await Task.WhenAll(batch);

        var random = new Random(42);
        var kills = 0;
        // A random worker is SIGKILLed at 100, 250, 400 and 550 completed jobs (while the others work on,
        // its claimed jobs wait out their lease and are picked up again). Kills follow progress, not the clock: on a
        // loaded machine a restarted worker may need seconds just to start, and killing it before it consumes would
        // test nothing, while killing on every tick kept the workers restarting instead of working.
        int[] killAt = [100, 250, 400, 550];
        // Generous: the claim is "every job completes once", not a speed.
        var deadline = DateTime.UtcNow.AddMinutes(7);
        int completed;
        while (DateTime.UtcNow < deadline && (completed = await ScaledOutHost.CountJobsAsync(factory, owner, JobStatus.Completed)) < 1000)
        {
            await Task.Delay(500);
            if (kills == killAt.Length || completed < killAt[kills]) continue;
            var victim = random.Next(workers.Length);
            workers[victim].Kill();
            await workers[victim].DisposeAsync();
            workers[victim] = WorkerProcess.Start($"chaos-{victim}-{++kills}", environment, "--queues", "generic");
        }
        foreach (var worker in workers) await worker.DisposeAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var statuses = await db.Jobs.IgnoreQueryFilters().GroupBy(j => j.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        output.WriteLine($"{kills} kills; " + string.Join(", ", statuses.Select(s => $"{s.Key}={s.Count}")));
        Assert.Equal(1000, statuses.Single(s => s.Key == JobStatus.Completed).Count);
        var outputs = await db.Assets.IgnoreQueryFilters().Where(a => a.SourceJobId != null).GroupBy(a => a.SourceJobId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(1000, outputs.Count);
        Assert.All(outputs, n => Assert.Equal(1, n));
        Assert.True(kills >= 3, $"only {kills} kills happened");
    }
}
