using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MediaCreator.Modules.InputBrain.Persistence;

/// <summary>Input Brain's tables, migrated on their own. Every row is its owner's alone.</summary>
public abstract class InputBrainDbContext(DbContextOptions options, OwnerContext owner) : DbContext(options)
{
    public DbSet<ContentIdeaRecord> Ideas => Set<ContentIdeaRecord>();

    public DbSet<IdeaVersionRecord> Versions => Set<IdeaVersionRecord>();

    public DbSet<WorkflowDraftRecord> Drafts => Set<WorkflowDraftRecord>();

    private Guid CurrentOwnerId => owner.OwnerId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentIdeaRecord>(b =>
        {
            b.ToTable("content_ideas");
            b.Property(x => x.Type).HasMaxLength(10);
            b.Property(x => x.Prompt).HasMaxLength(4000);
            b.Property(x => x.SuggestionSource).HasMaxLength(20);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(30);
            b.HasIndex(x => new { x.ProjectId, x.CreatedAt });
            b.HasIndex(x => new { x.OwnerId, x.CreatedAt });
            b.HasIndex(x => new { x.OwnerId, x.IdempotencyKey }).IsUnique();
            b.HasQueryFilter(x => x.OwnerId == CurrentOwnerId);
        });
        modelBuilder.Entity<IdeaVersionRecord>(b =>
        {
            b.ToTable("idea_versions");
            b.Property(x => x.Title).HasMaxLength(300);
            b.Property(x => x.Prompt).HasMaxLength(4000);
            b.HasIndex(x => new { x.IdeaId, x.VersionIndex }).IsUnique();
            b.HasOne<ContentIdeaRecord>().WithMany().HasForeignKey(x => x.IdeaId).OnDelete(DeleteBehavior.Cascade);
            b.HasQueryFilter(x => x.OwnerId == CurrentOwnerId);
        });
        modelBuilder.Entity<WorkflowDraftRecord>(b =>
        {
            b.ToTable("workflow_drafts");
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => new { x.IdeaId, x.CreatedAt });
            b.HasOne<ContentIdeaRecord>().WithMany().HasForeignKey(x => x.IdeaId).OnDelete(DeleteBehavior.Cascade);
            b.HasQueryFilter(x => x.OwnerId == CurrentOwnerId);
        });
    }
}

public sealed class SqliteInputBrainDbContext(DbContextOptions<SqliteInputBrainDbContext> options, OwnerContext owner) : InputBrainDbContext(options, owner)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseSqliteConventions();
}

public sealed class PostgresInputBrainDbContext(DbContextOptions<PostgresInputBrainDbContext> options, OwnerContext owner) : InputBrainDbContext(options, owner)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseJsonbForJsonColumns();
    }
}

internal sealed class SqliteInputBrainDesignTimeFactory : IDesignTimeDbContextFactory<SqliteInputBrainDbContext>
{
    public SqliteInputBrainDbContext CreateDbContext(string[] args) => new(
        DbContextConfiguration.OptionsFor<InputBrainDbContext, SqliteInputBrainDbContext>(DatabaseProvider.Sqlite, "Data Source=design-time.db"), new OwnerContext());
}

internal sealed class PostgresInputBrainDesignTimeFactory : IDesignTimeDbContextFactory<PostgresInputBrainDbContext>
{
    public PostgresInputBrainDbContext CreateDbContext(string[] args) => new(
        DbContextConfiguration.OptionsFor<InputBrainDbContext, PostgresInputBrainDbContext>(DatabaseProvider.Postgres, "Host=localhost;Database=design_time"), new OwnerContext());
}
