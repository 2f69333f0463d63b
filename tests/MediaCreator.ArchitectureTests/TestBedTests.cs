using System.Net.Sockets;
using System.Text;
using MediaCreator.TestSupport;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace MediaCreator.ArchitectureTests;

/// <summary>
/// Proves the test bed that scripts/test.sh sets up: the throwaway PostgreSQL and Redis answer, and
/// TestSupport hands out isolated databases and removes them again.
/// </summary>
public sealed class TestBedTests
{
    [PostgresFact]
    public async Task Postgres_from_the_environment_answers_select_1()
    {
        // scripts/test.sh exports MEDIACREATOR_TEST_POSTGRES; without it TestDatabase falls back to Testcontainers.
        if (TestEnvironment.PostgresConnectionString is { } configured)
        {
            await using var connection = new NpgsqlConnection(configured);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("select 1", connection);
            Assert.Equal(1, await command.ExecuteScalarAsync());
        }
    }

    [PostgresFact]
    public async Task TestDatabase_creates_an_isolated_postgres_database_and_drops_it()
    {
        string name;
        string serverConnectionString;
        await using (var db = await TestDatabase.CreateAsync())
        {
            var (provider, connectionString) = db;
            Assert.Equal(TestDatabase.Postgres, provider);
            name = db.Name;
            Assert.StartsWith("mc_", name, StringComparison.Ordinal);

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using (var command = new NpgsqlCommand("select current_database()", connection))
            {
                Assert.Equal(name, await command.ExecuteScalarAsync());
            }

            // The test role may create tables in its own database.
            await using (var command = new NpgsqlCommand("create table probe (id int primary key); insert into probe values (1)", connection))
            {
                await command.ExecuteNonQueryAsync();
            }

            serverConnectionString = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ConnectionString;
        }

        if (TestEnvironment.KeepDatabases)
        {
            return;
        }

        await using var server = new NpgsqlConnection(serverConnectionString);
        await server.OpenAsync();
        await using var exists = new NpgsqlCommand("select count(*) from pg_database where datname = @name", server);
        exists.Parameters.AddWithValue("name", name);
        Assert.Equal(0L, await exists.ExecuteScalarAsync());
    }

    [Fact]
    public async Task TestDatabase_creates_an_isolated_sqlite_file_and_deletes_it()
    {
        string path;
        await using (var db = await TestDatabase.CreateAsync(TestDatabase.Sqlite))
        {
            Assert.Equal(TestDatabase.Sqlite, db.Provider);
            path = db.Name;
            await using var connection = new SqliteConnection(db.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "create table probe (id integer primary key); select 1";
            Assert.Equal(1L, await command.ExecuteScalarAsync());
            Assert.True(File.Exists(path));
        }

        if (!TestEnvironment.KeepDatabases)
        {
            Assert.False(File.Exists(path));
        }
    }

    [Fact]
    public void The_run_says_which_database_it_is_for()
    {
        var provider = TestDatabase.DefaultProvider;
        Assert.Contains(provider, new[] { TestDatabase.Postgres, TestDatabase.Sqlite });
        if (Environment.GetEnvironmentVariable(TestEnvironment.DbVariable) is { Length: > 0 } requested)
        {
            Assert.Equal(requested.Trim().ToLowerInvariant(), provider);
        }
    }

    [RedisFact]
    public async Task Redis_answers_PING_over_raw_RESP()
    {
        var configuration = await TestRedis.GetConfigurationAsync();
        var separator = configuration.LastIndexOf(':');
        var host = configuration[..separator];
        var port = int.Parse(configuration[(separator + 1)..].Split(',')[0], System.Globalization.CultureInfo.InvariantCulture);

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, cts.Token);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray(), cts.Token);

        var buffer = new byte[64];
        var read = 0;
        while (read < 7)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cts.Token);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        Assert.Equal("+PONG\r\n", Encoding.ASCII.GetString(buffer, 0, read));
    }
}
