using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Image.Layouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MediaCreator.Modules.Image.Persistence;

/// <summary>The image module's tables, migrated on their own (history table <c>__ef_migrations_ImageDbContext</c>).</summary>
public abstract class ImageDbContext(DbContextOptions options, OwnerContext owner) : DbContext(options)
{
    public DbSet<TemplateLayout> TemplateLayouts => Set<TemplateLayout>();

    public DbSet<Character> Characters => Set<Character>();

    private Guid CurrentOwnerId => owner.OwnerId ?? Guid.Empty;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TemplateLayout>(b =>
        {
            b.ToTable("template_layouts");
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.Category).HasConversion<string>().HasMaxLength(40);
            b.HasIndex(x => new { x.OwnerId, x.Name }).IsUnique();
            b.HasIndex(x => x.Category);
            // The built-in catalogue (no owner) is everyone's; a user's own layouts are theirs alone.
            b.HasQueryFilter(x => x.OwnerId == null || x.OwnerId == CurrentOwnerId);
        });
        modelBuilder.Entity<Character>(b =>
        {
            b.ToTable("characters");
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.Descriptor).HasMaxLength(1000);
            b.HasIndex(x => new { x.OwnerId, x.Name }).IsUnique();
            b.HasQueryFilter(x => x.OwnerId == CurrentOwnerId);
        });
    }
}

public sealed class SqliteImageDbContext(DbContextOptions<SqliteImageDbContext> options, OwnerContext owner) : ImageDbContext(options, owner)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseSqliteConventions();
}

public sealed class PostgresImageDbContext(DbContextOptions<PostgresImageDbContext> options, OwnerContext owner) : ImageDbContext(options, owner)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseJsonbForJsonColumns();
    }
}

internal sealed class SqliteImageDesignTimeFactory : IDesignTimeDbContextFactory<SqliteImageDbContext>
{
    public SqliteImageDbContext CreateDbContext(string[] args) => new(
        DbContextConfiguration.OptionsFor<ImageDbContext, SqliteImageDbContext>(DatabaseProvider.Sqlite, "Data Source=design-time.db"), new OwnerContext());
}

internal sealed class PostgresImageDesignTimeFactory : IDesignTimeDbContextFactory<PostgresImageDbContext>
{
    public PostgresImageDbContext CreateDbContext(string[] args) => new(
        DbContextConfiguration.OptionsFor<ImageDbContext, PostgresImageDbContext>(DatabaseProvider.Postgres, "Host=localhost;Database=design_time"), new OwnerContext());
}
