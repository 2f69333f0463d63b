using MediaCreator.Modules.Core;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MediaCreator.Modules.Publishing.Persistence;

/// <summary>
/// The dashboard's tables, migrated on their own (history table <c>__ef_migrations_PublishingDbContext</c>), and the
/// Data Protection key ring that encrypts platform credentials (shared by API and worker processes through the database).
/// </summary>
public abstract class PublishingDbContext(DbContextOptions options, OwnerContext owner) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<ContentChannel> Channels => Set<ContentChannel>();
    public DbSet<Series> Series => Set<Series>();
    public DbSet<Episode> Episodes => Set<Episode>();
    public DbSet<PlatformAccount> PlatformAccounts => Set<PlatformAccount>();
    public DbSet<PublicationRecord> Publications => Set<PublicationRecord>();
    public DbSet<PerformanceSnapshot> Snapshots => Set<PerformanceSnapshot>();
    public DbSet<RevenueRecord> RevenueRecords => Set<RevenueRecord>();
    public DbSet<ExchangeRate> ExchangeRates => Set<ExchangeRate>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<OAuthConnectionState> OAuthStates => Set<OAuthConnectionState>();

    /// <summary>The Data Protection key ring (table <c>data_protection_keys</c>); not owner-scoped.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    private Guid CurrentOwnerId => owner.OwnerId ?? Guid.Empty;

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await SnapshotGains.SetAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        SnapshotGains.SetAsync(this, CancellationToken.None).GetAwaiter().GetResult();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PublishingDbContext).Assembly,
            t => t.Namespace == typeof(PublishingDbContext).Namespace + ".Configurations");
        FilterByOwner<ContentChannel>(modelBuilder);
        FilterByOwner<Series>(modelBuilder);
        FilterByOwner<Episode>(modelBuilder);
        FilterByOwner<PlatformAccount>(modelBuilder);
        FilterByOwner<PublicationRecord>(modelBuilder);
        FilterByOwner<PerformanceSnapshot>(modelBuilder);
        FilterByOwner<RevenueRecord>(modelBuilder);
        FilterByOwner<ExchangeRate>(modelBuilder);
        FilterByOwner<Recommendation>(modelBuilder);
        FilterByOwner<OAuthConnectionState>(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }

    private void FilterByOwner<T>(ModelBuilder modelBuilder) where T : class, IOwned =>
        modelBuilder.Entity<T>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
}

public sealed class SqlitePublishingDbContext(DbContextOptions<SqlitePublishingDbContext> options, OwnerContext owner) : PublishingDbContext(options, owner)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseSqliteConventions();
}

public sealed class PostgresPublishingDbContext(DbContextOptions<PostgresPublishingDbContext> options, OwnerContext owner) : PublishingDbContext(options, owner)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseJsonbForJsonColumns();
    }
}

internal sealed class SqlitePublishingDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePublishingDbContext>
{
    public SqlitePublishingDbContext CreateDbContext(string[] args) => new(
        DbContextConfiguration.OptionsFor<PublishingDbContext, SqlitePublishingDbContext>(DatabaseProvider.Sqlite, "Data Source=design-time.db"), new OwnerContext());
}

internal sealed class PostgresPublishingDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPublishingDbContext>
{
    public PostgresPublishingDbContext CreateDbContext(string[] args) => new(
        DbContextConfiguration.OptionsFor<PublishingDbContext, PostgresPublishingDbContext>(DatabaseProvider.Postgres, "Host=localhost;Database=design_time"), new OwnerContext());
}
