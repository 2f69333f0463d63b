using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Persistence;

/// <summary>One module's migrations; <see cref="MigrationHostedService"/> applies them all at start-up.</summary>
public interface IDatabaseMigration
{
    Task MigrateAsync(IServiceProvider scopedServices, CancellationToken ct);
}

internal sealed class DatabaseMigration<TContext> : IDatabaseMigration where TContext : DbContext
{
    public Task MigrateAsync(IServiceProvider scopedServices, CancellationToken ct) =>
        scopedServices.GetRequiredService<TContext>().Database.MigrateAsync(ct);
}
