using MediaCreator.Modules.Core.Auth;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Persistence;

/// <summary>SQLite flavour: decimals are stored as REAL so that sums and comparisons run in SQL.</summary>
public sealed class SqliteCoreDbContext(DbContextOptions<SqliteCoreDbContext> options, OwnerContext owner)
    : CoreDbContext(options, owner)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseSqliteConventions();
}

/// <summary>PostgreSQL flavour: JSON columns are <c>jsonb</c>.</summary>
public sealed class PostgresCoreDbContext(DbContextOptions<PostgresCoreDbContext> options, OwnerContext owner)
    : CoreDbContext(options, owner)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseJsonbForJsonColumns();
    }
}
