using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.Persistence;

/// <summary>Applies every module's pending migrations before the server accepts requests.</summary>
internal sealed class MigrationHostedService(
    IServiceScopeFactory scopes, IEnumerable<IDatabaseMigration> migrations, IEnumerable<IStartupTask> startupTasks,
    IOptions<DatabaseOptions> options, ILogger<MigrationHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStartup)
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var migration in migrations)
            {
                await migration.MigrateAsync(scope.ServiceProvider, cancellationToken);
            }
            logger.LogInformation("Database migrations applied ({Provider})", options.Value.Provider);
        }
        foreach (var task in startupTasks)
        {
            await using var scope = scopes.CreateAsyncScope();
            await task.RunAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Work that runs once at start-up after migrations (e.g. seeding the module registry).</summary>
public interface IStartupTask
{
    Task RunAsync(IServiceProvider scopedServices, CancellationToken ct);
}
