using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Core.Workflows;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Persistence;

/// <summary>
/// Core Foundation tables. Provider-specific subclasses (<see cref="SqliteCoreDbContext"/>,
/// <see cref="PostgresCoreDbContext"/>) carry their own migrations; code depends on this type only.
/// </summary>
public abstract class CoreDbContext(DbContextOptions options, OwnerContext owner) : DbContext(options)
{
    public DbSet<Owner> Owners => Set<Owner>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<Asset> Assets => Set<Asset>();
    public DbSet<Job> Jobs => Set<Job>();
    public DbSet<WorkflowRun> WorkflowRuns => Set<WorkflowRun>();
    public DbSet<ModuleRecord> Modules => Set<ModuleRecord>();
    public DbSet<CostRecord> CostRecords => Set<CostRecord>();
    public DbSet<Outbox.OutboxMessage> OutboxMessages => Set<Outbox.OutboxMessage>();

    /// <summary>Read by the owner query filters; EF parameterizes it per query.</summary>
    internal Guid CurrentOwnerId => owner.OwnerId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CoreDbContext).Assembly,
            t => t.Namespace == typeof(CoreDbContext).Namespace + ".Configurations");
        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IOwned).IsAssignableFrom(t.ClrType) && !t.IsOwned()))
        {
            typeof(CoreDbContext).GetMethod(nameof(FilterByOwner), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(type.ClrType).Invoke(this, [modelBuilder]);
        }
    }

    private void FilterByOwner<T>(ModelBuilder modelBuilder) where T : class, IOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
}
