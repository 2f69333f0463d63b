using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Infrastructure;

/// <summary>
/// The scaled-out shape: an API on Kestrel that runs no jobs itself, worker processes sharing its PostgreSQL and
/// Redis, and short leases so dead workers are noticed quickly.
/// </summary>
internal static class ScaledOutHost
{
    /// <summary>Environment for worker processes (and, with <c>:</c> keys, the API's settings).</summary>
    public static Dictionary<string, string> Environment(TestDatabase database, string redis, string lease = "00:00:03") => new()
    {
        ["Database__Provider"] = database.IsPostgres ? "Postgres" : "Sqlite",
        ["Database__ConnectionString"] = database.ConnectionString,
        ["Redis__Configuration"] = redis,
        ["Redis__KeyPrefix"] = TestRedis.NewKeyPrefix(),
        ["Redis__LeaseDuration"] = lease,
        ["Workers__LeaseDuration"] = lease,
        ["Workers__RetryBaseDelay"] = "00:00:00.200",
        ["Workers__Concurrency__generic"] = "4",
    };

    /// <summary>Starts the API on Kestrel with the same settings and its own workers off.</summary>
    public static ApiFactory StartApi(TestDatabase database, IReadOnlyDictionary<string, string> environment, bool keepDatabase = false)
    {
        var settings = environment.ToDictionary(e => e.Key.Replace("__", ":"), e => (string?)e.Value);
        settings["Workers:Enabled"] = "false";
        var factory = new ApiFactory(database, "Production", settings) { KeepsDatabase = keepDatabase };
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    public static async Task<int> CountJobsAsync(ApiFactory factory, Guid owner, JobStatus status)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Jobs.IgnoreQueryFilters()
            .CountAsync(j => j.OwnerId == owner && j.Status == status);
    }
}
