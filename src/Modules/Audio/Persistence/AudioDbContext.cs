using MediaCreator.Modules.Audio.Results;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MediaCreator.Modules.Audio.Persistence;

/// <summary>The audio module's tables, migrated on their own (history table <c>__ef_migrations_AudioDbContext</c>). Every row is its owner's alone.</summary>
public abstract class AudioDbContext(DbContextOptions options, OwnerContext owner) : DbContext(options)
{
    public DbSet<AudioAnalysis> Analyses => Set<AudioAnalysis>();

    public DbSet<StemGroup> StemGroups => Set<StemGroup>();

    public DbSet<TabRecord> Tabs => Set<TabRecord>();

    private Guid CurrentOwnerId => owner.OwnerId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AudioAnalysis>(b =>
        {
            b.ToTable("audio_analysis");
            b.Property(x => x.Provider).HasMaxLength(80);
            b.Property(x => x.Key).HasMaxLength(16);
            b.Property(x => x.TimeSignature).HasMaxLength(8);
            b.HasIndex(x => new { x.AssetId, x.CreatedAt });
            b.HasIndex(x => x.JobId).IsUnique();
            b.HasQueryFilter(x => x.OwnerId == CurrentOwnerId);
        });
        modelBuilder.Entity<StemGroup>(b =>
        {
            b.ToTable("stem_groups");
            b.Property(x => x.Provider).HasMaxLength(80);
            b.Property(x => x.StemAssetsJson).HasComment("stem_assets: stem type -> asset id");
            b.HasIndex(x => new { x.SourceAssetId, x.CreatedAt });
            b.HasIndex(x => x.JobId).IsUnique();
            b.HasQueryFilter(x => x.OwnerId == CurrentOwnerId);
        });
        modelBuilder.Entity<TabRecord>(b =>
        {
            b.ToTable("tab_records");
            b.Property(x => x.Instrument).HasMaxLength(16);
            b.Property(x => x.Difficulty).HasMaxLength(16);
            b.Property(x => x.Format).HasMaxLength(16);
            b.Property(x => x.MimeType).HasMaxLength(80);
            b.HasIndex(x => new { x.AudioAssetId, x.CreatedAt });
            b.HasIndex(x => x.JobId).IsUnique();
            b.HasQueryFilter(x => x.OwnerId == CurrentOwnerId);
        });
    }
}

public sealed class SqliteAudioDbContext(DbContextOptions<SqliteAudioDbContext> options, OwnerContext owner) : AudioDbContext(options, owner)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseSqliteConventions();
}

public sealed class PostgresAudioDbContext(DbContextOptions<PostgresAudioDbContext> options, OwnerContext owner) : AudioDbContext(options, owner)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseJsonbForJsonColumns();
    }
}

internal sealed class SqliteAudioDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAudioDbContext>
{
    public SqliteAudioDbContext CreateDbContext(string[] args) => new(
        DbContextConfiguration.OptionsFor<AudioDbContext, SqliteAudioDbContext>(DatabaseProvider.Sqlite, "Data Source=design-time.db"), new OwnerContext());
}

internal sealed class PostgresAudioDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAudioDbContext>
{
    public PostgresAudioDbContext CreateDbContext(string[] args) => new(
        DbContextConfiguration.OptionsFor<AudioDbContext, PostgresAudioDbContext>(DatabaseProvider.Postgres, "Host=localhost;Database=design_time"), new OwnerContext());
}
