namespace MediaCreator.Modules.Core.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>Bound from the <c>Database</c> section. The embedded default is a SQLite file under <c>./data</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Npgsql or SQLite connection string; defaults to <c>Data Source=data/mediacreator.db</c> for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations of every module at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    public string ResolveConnectionString() => ConnectionString is { Length: > 0 } cs ? cs
        : Provider == DatabaseProvider.Sqlite ? "Data Source=data/mediacreator.db"
        : throw new InvalidOperationException("Database:ConnectionString is required for PostgreSQL.");
}
