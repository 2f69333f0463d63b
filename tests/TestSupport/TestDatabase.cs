using Microsoft.Data.Sqlite;
using Npgsql;
using Testcontainers.PostgreSql;

namespace MediaCreator.TestSupport;

/// <summary>
/// A fresh, isolated database for one test class or fixture. Postgres: <c>CREATE DATABASE mc_&lt;guid&gt;</c> on
/// the server named by <c>MEDIACREATOR_TEST_POSTGRES</c> (or, only when that is unset and a Docker engine is
/// reachable, on a Testcontainers PostgreSQL started once per test process), dropped on dispose.
/// SQLite: a temp file, deleted on dispose.
/// </summary>
/// <example>
/// <code>
/// await using var db = await TestDatabase.CreateAsync();
/// var (provider, connectionString) = db;
/// </code>
/// </example>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Postgres = "postgres";
    public const string Sqlite = "sqlite";

    private int _disposed;

    private TestDatabase(string provider, string connectionString, string name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Name = name;
    }

    /// <summary><see cref="Postgres"/> or <see cref="Sqlite"/>.</summary>
    public string Provider { get; }

    /// <summary>Npgsql or Microsoft.Data.Sqlite connection string for this database only.</summary>
    public string ConnectionString { get; }

    /// <summary>Postgres database name, or the SQLite file path.</summary>
    public string Name { get; }

    public bool IsPostgres => Provider == Postgres;

    public bool IsSqlite => Provider == Sqlite;

    /// <summary>
    /// The provider this test run uses: <c>MEDIACREATOR_TEST_DB</c> when set (<c>postgres</c>|<c>sqlite</c>),
    /// otherwise <c>postgres</c> if <c>MEDIACREATOR_TEST_POSTGRES</c> is set, otherwise <c>sqlite</c>.
    /// </summary>
    public static string DefaultProvider => ResolveProvider(null);

    /// <summary>
    /// Why Postgres cannot be used in this process (neither <c>MEDIACREATOR_TEST_POSTGRES</c> nor Docker), or null.
    /// </summary>
    public static string? PostgresSkipReason =>
        TestEnvironment.PostgresConnectionString is not null || TestEnvironment.IsDockerAvailable
            ? null
            : $"PostgreSQL not available: set {TestEnvironment.PostgresVariable} (./scripts/test.sh starts a throwaway server) or make a Docker engine reachable for Testcontainers.";

    /// <summary>Creates a fresh database for <paramref name="provider"/> (default: <see cref="DefaultProvider"/>).</summary>
    public static async Task<TestDatabase> CreateAsync(string? provider = null, CancellationToken cancellationToken = default)
    {
        return ResolveProvider(provider) switch
        {
            Postgres => await CreatePostgresAsync(null, cancellationToken).ConfigureAwait(false),
            _ => CreateSqlite(null),
        };
    }

    /// <summary>
    /// Creates a fresh database as a copy of a template that <paramref name="prepare"/> brings to the state the tests
    /// start from (typically: every migration applied). The template is prepared once per test process, provider and
    /// <paramref name="templateName"/>; each database after that is a copy (PostgreSQL <c>CREATE DATABASE … TEMPLATE</c>,
    /// SQLite a file copy), which skips running the migrations again for every test host.
    /// </summary>
    public static async Task<TestDatabase> CreateFromTemplateAsync(string templateName, Func<TestDatabase, Task> prepare,
        CancellationToken cancellationToken = default)
    {
        var provider = ResolveProvider(null);
        var template = await Templates.GetAsync(provider, templateName, prepare, cancellationToken).ConfigureAwait(false);
        return provider == Postgres
            ? await CreatePostgresAsync(template.Name, cancellationToken).ConfigureAwait(false)
            : CreateSqlite(template.Name);
    }

    public void Deconstruct(out string provider, out string connectionString)
    {
        provider = Provider;
        connectionString = ConnectionString;
    }

    /// <summary>The <c>(Provider, ConnectionString)</c> pair.</summary>
    public (string Provider, string ConnectionString) ToTuple() => (Provider, ConnectionString);

    public override string ToString() => $"{Provider}:{Name}";

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0 || TestEnvironment.KeepDatabases)
        {
            return;
        }

        if (IsPostgres)
        {
            await DropPostgresAsync().ConfigureAwait(false);
        }
        else
        {
            DeleteSqlite();
        }
    }

    internal static string ResolveProvider(string? requested)
    {
        var value = (requested ?? TestEnvironment.Get(TestEnvironment.DbVariable))?.ToLowerInvariant();
        return value switch
        {
            null => TestEnvironment.PostgresConnectionString is not null ? Postgres : Sqlite,
            Postgres or "postgresql" or "npgsql" => Postgres,
            Sqlite => Sqlite,
            _ => throw new InvalidOperationException(
                $"{TestEnvironment.DbVariable}='{value}' is not supported; use '{Postgres}' or '{Sqlite}'."),
        };
    }

    private static async Task<TestDatabase> CreatePostgresAsync(string? template, CancellationToken cancellationToken)
    {
        var serverConnectionString = await PostgresServer.GetConnectionStringAsync(cancellationToken).ConfigureAwait(false);
        var name = "mc_" + Guid.NewGuid().ToString("N");

        await using (var connection = new NpgsqlConnection(serverConnectionString))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var from = template is null ? "" : $" TEMPLATE \"{template}\"";
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{from}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name };
        return new TestDatabase(Postgres, builder.ConnectionString, name);
    }

    private async Task DropPostgresAsync()
    {
        try
        {
            await using (var pooled = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(pooled);
            }

            var serverConnectionString = await PostgresServer.GetConnectionStringAsync(CancellationToken.None).ConfigureAwait(false);
            await using var connection = new NpgsqlConnection(serverConnectionString);
            await connection.OpenAsync().ConfigureAwait(false);
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The whole server is thrown away after the run; a failed drop must not fail a test.
            await Console.Error.WriteLineAsync($"[TestDatabase] could not drop {Name}: {ex.Message}").ConfigureAwait(false);
        }
    }

    private static TestDatabase CreateSqlite(string? template)
    {
        var directory = Path.Combine(Path.GetTempPath(), "mediacreator-tests");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "mc_" + Guid.NewGuid().ToString("N") + ".db");
        if (template is not null) File.Copy(template, path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path }.ToString();
        return new TestDatabase(Sqlite, connectionString, path);
    }

    private void DeleteSqlite()
    {
        using (var pooled = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(pooled);
        }

        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            try
            {
                File.Delete(Name + suffix);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>Template databases of this process, prepared once each and removed when the process exits.</summary>
    private static class Templates
    {
        private static readonly SemaphoreSlim Gate = new(1, 1);
        private static readonly Dictionary<(string Provider, string Name), TestDatabase> Prepared = [];

        public static async Task<TestDatabase> GetAsync(string provider, string name, Func<TestDatabase, Task> prepare, CancellationToken cancellationToken)
        {
            await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (Prepared.TryGetValue((provider, name), out var ready)) return ready;
                var template = await CreateAsync(provider, cancellationToken).ConfigureAwait(false);
                await prepare(template).ConfigureAwait(false);
                if (template.IsPostgres) await SealPostgresAsync(template, cancellationToken).ConfigureAwait(false);
                else SealSqlite(template);
                AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
                Prepared[(provider, name)] = template;
                return template;
            }
            finally
            {
                Gate.Release();
            }
        }

        /// <summary>
        /// A database with sessions on it cannot be copied: close this process's pooled connections, end any session
        /// left (a background service of the preparing host), and refuse new ones.
        /// </summary>
        private static async Task SealPostgresAsync(TestDatabase template, CancellationToken cancellationToken)
        {
            NpgsqlConnection.ClearAllPools();
            var serverConnectionString = await PostgresServer.GetConnectionStringAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = new NpgsqlConnection(serverConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(
                $"ALTER DATABASE \"{template.Name}\" ALLOW_CONNECTIONS false; " +
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{template.Name}' AND pid <> pg_backend_pid();", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Moves everything into the main file (no -wal left behind), so a plain file copy is the whole database.</summary>
        private static void SealSqlite(TestDatabase template)
        {
            using (var pooled = new SqliteConnection(template.ConnectionString)) SqliteConnection.ClearPool(pooled);
            using (var connection = new SqliteConnection(template.ConnectionString))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                command.ExecuteNonQuery();
            }
            using (var pooled = new SqliteConnection(template.ConnectionString)) SqliteConnection.ClearPool(pooled);
        }
    }

    /// <summary>The server new databases are created on; shared by the whole test process.</summary>
    private static class PostgresServer
    {
        private static readonly SemaphoreSlim Gate = new(1, 1);
        private static string? _containerConnectionString;

        public static async Task<string> GetConnectionStringAsync(CancellationToken cancellationToken)
        {
            if (TestEnvironment.PostgresConnectionString is { } configured)
            {
                return configured;
            }

            if (_containerConnectionString is { } started)
            {
                return started;
            }

            if (!TestEnvironment.IsDockerAvailable)
            {
                throw new InvalidOperationException(PostgresSkipReason);
            }

            await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (_containerConnectionString is null)
                {
                    var container = new PostgreSqlBuilder("postgres:16")
                        .WithDatabase("mediacreator_test")
                        .Build();
                    await container.StartAsync(cancellationToken).ConfigureAwait(false);
                    AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                    {
                        try
                        {
                            container.DisposeAsync().AsTask().GetAwaiter().GetResult();
                        }
                        catch (Exception)
                        {
                            // Testcontainers' resource reaper removes it anyway.
                        }
                    };
                    _containerConnectionString = container.GetConnectionString();
                }

                return _containerConnectionString;
            }
            finally
            {
                Gate.Release();
            }
        }
    }
}

/// <summary>
/// xunit class fixture handing one fresh database to a test class:
/// <c>public class MyTests(TestDatabaseFixture db) : IClassFixture&lt;TestDatabaseFixture&gt;</c>.
/// </summary>
public sealed class TestDatabaseFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Fixture not initialized.");

    public string Provider => Database.Provider;

    public string ConnectionString => Database.ConnectionString;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync().ConfigureAwait(false);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
        }
    }
}
