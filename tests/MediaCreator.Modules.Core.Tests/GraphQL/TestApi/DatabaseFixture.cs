using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

/// <summary>
/// One seeded database per provider for the whole test collection: SQLite (a temp file) always, PostgreSQL when
/// <see cref="PostgresVariable"/> holds a connection string (a throwaway database is created beside it).
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public const string PostgresVariable = "MEDIACREATOR_TEST_POSTGRES";

    private readonly Dictionary<string, TestHost> _hosts = [];

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
        ? value
        : null;

    public TestHost this[string database] => _hosts[database];

    public async Task InitializeAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mc-graphql-{Guid.NewGuid():N}.db");
        _hosts["sqlite"] = await TestHost.CreateAsync(o => o.UseSqlite($"Data Source={file};Pooling=False"));

        if (PostgresConnectionString is { } connectionString)
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Database = $"mc_graphql_{Guid.NewGuid():N}" };
            _hosts["postgres"] = await TestHost.CreateAsync(o => o.UseNpgsql(builder.ConnectionString));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts.Values)
            await host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<DatabaseFixture>
{
    public const string Name = "databases";
}

/// <summary>Theory data: every configured database.</summary>
public static class Databases
{
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string> { "sqlite" };
        if (DatabaseFixture.PostgresConnectionString is not null)
            data.Add("postgres");
        return data;
    }
}

/// <summary>A fact that is skipped, with the reason shown, when PostgreSQL is not configured.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (DatabaseFixture.PostgresConnectionString is null)
            Skip = $"Set {DatabaseFixture.PostgresVariable} to a PostgreSQL connection string to run the data tests on PostgreSQL too.";
    }
}
