using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MediaCreator.Api.Tests.Core;

/// <summary>A database created by an earlier migration upgrades in place and keeps its rows.</summary>
public sealed class MigrationTests
{
    [Fact]
    public async Task Upgrade_FromFirstMigration_KeepsRows()
    {
        await using var database = await TestDatabase.CreateAsync();
        var owner = new OwnerContext();
        var ownerId = Guid.NewGuid();
        owner.Set(ownerId, [ApiKeyScopes.Full]);
        await using var db = CreateContext(database, owner);
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        Assert.True(all.Count >= 2, "expected an initial migration and at least one later one");

        await migrator.MigrateAsync(all[0]);
        var projectId = Guid.NewGuid();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO owners (id, created_at) VALUES ({0}, {1})", ownerId, DateTime.UtcNow);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO projects (id, owner_id, name, created_at) VALUES ({0}, {1}, {2}, {3})",
            projectId, ownerId, "made before the upgrade", DateTime.UtcNow);

        await migrator.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var project = await db.Projects.SingleAsync(p => p.Id == projectId);
        Assert.Equal("made before the upgrade", project.Name);
        Assert.Null(project.ArchivedAt);
    }

    [Fact]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = CreateContext(database, new OwnerContext());
        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add for both providers");
    }

    private static CoreDbContext CreateContext(TestDatabase database, OwnerContext owner) => database.IsPostgres
        ? new PostgresCoreDbContext(DbContextConfiguration.OptionsFor<CoreDbContext, PostgresCoreDbContext>(DatabaseProvider.Postgres, database.ConnectionString), owner)
        : new SqliteCoreDbContext(DbContextConfiguration.OptionsFor<CoreDbContext, SqliteCoreDbContext>(DatabaseProvider.Sqlite, database.ConnectionString), owner);
}
