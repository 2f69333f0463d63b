using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Video.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MediaCreator.Modules.Video.Persistence;

/// <summary>The video module's tables, migrated on their own (history table <c>__ef_migrations_VideoDbContext</c>). Every row is its owner's alone.</summary>
public abstract class VideoDbContext(DbContextOptions options, OwnerContext owner) : DbContext(options)
{
    public DbSet<TimelineRecord> Timelines => Set<TimelineRecord>();

    public DbSet<SubtitleRecord> Subtitles => Set<SubtitleRecord>();

    private Guid CurrentOwnerId => owner.OwnerId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TimelineRecord>(b =>
        {
            b.ToTable("timelines");
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => new { x.ProjectId, x.CreatedAt });
            b.HasQueryFilter(x => x.OwnerId == CurrentOwnerId);
        });
        modelBuilder.Entity<SubtitleRecord>(b =>
        {
            b.ToTable("subtitle_results");
            b.Property(x => x.Language).HasMaxLength(35);
            b.Property(x => x.Source).HasMaxLength(80);
            b.HasIndex(x => new { x.SourceAssetId, x.CreatedAt });
            b.HasIndex(x => x.JobId).IsUnique();
            b.HasQueryFilter(x => x.OwnerId == CurrentOwnerId);
        });
    }
}

public sealed class SqliteVideoDbContext(DbContextOptions<SqliteVideoDbContext> options, OwnerContext owner) : VideoDbContext(options, owner)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseSqliteConventions();
}

public sealed class PostgresVideoDbContext(DbContextOptions<PostgresVideoDbContext> options, OwnerContext owner) : VideoDbContext(options, owner)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseJsonbForJsonColumns();
    }
}

internal sealed class SqliteVideoDesignTimeFactory : IDesignTimeDbContextFactory<SqliteVideoDbContext>
{
    public SqliteVideoDbContext CreateDbContext(string[] args) => new(
        DbContextConfiguration.OptionsFor<VideoDbContext, SqliteVideoDbContext>(DatabaseProvider.Sqlite, "Data Source=design-time.db"), new OwnerContext());
}

internal sealed class PostgresVideoDesignTimeFactory : IDesignTimeDbContextFactory<PostgresVideoDbContext>
{
    public PostgresVideoDbContext CreateDbContext(string[] args) => new(
        DbContextConfiguration.OptionsFor<VideoDbContext, PostgresVideoDbContext>(DatabaseProvider.Postgres, "Host=localhost;Database=design_time"), new OwnerContext());
}
