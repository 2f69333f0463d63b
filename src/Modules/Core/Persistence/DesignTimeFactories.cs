using MediaCreator.Modules.Core.Auth;
using Microsoft.EntityFrameworkCore.Design;

namespace MediaCreator.Modules.Core.Persistence;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteCoreDbContext</c> build the model without the app.</summary>
internal sealed class SqliteCoreDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCoreDbContext>
{
    public SqliteCoreDbContext CreateDbContext(string[] args) => new(
        DbContextConfiguration.OptionsFor<CoreDbContext, SqliteCoreDbContext>(DatabaseProvider.Sqlite, "Data Source=design-time.db"), new OwnerContext());
}

internal sealed class PostgresCoreDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCoreDbContext>
{
    public PostgresCoreDbContext CreateDbContext(string[] args) => new(
        DbContextConfiguration.OptionsFor<CoreDbContext, PostgresCoreDbContext>(DatabaseProvider.Postgres, "Host=localhost;Database=design_time"), new OwnerContext());
}
