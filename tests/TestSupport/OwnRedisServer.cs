using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace MediaCreator.TestSupport;

/// <summary>
/// A redis-server of the test's own (the shared one must not be restarted under other tests), with an append-only
/// file synced on every write, so it can be killed and started again on the same port and data.
/// </summary>
public sealed class OwnRedisServer : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mc-redis-").FullName;
    private readonly int _port = FreePort();
    private Process? _process;

    public string Configuration => $"127.0.0.1:{_port}";

    public static bool IsInstalled => Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator)
        .Any(dir => File.Exists(Path.Combine(dir, "redis-server"))) == true;

    public async Task StartAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", _port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes",
                "--appendfsync", "always", "--dir", _directory, "--daemonize", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync(Configuration + ",connectTimeout=500");
                if (probe.IsConnected) return;
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Kills the server at once (SIGKILL); only what Redis acknowledged is on disk.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    /// <summary>Kills the server and deletes its data, as a Redis without persistence (or a replaced node) would come back.</summary>
    public async Task KillAndLoseDataAsync()
    {
        await KillAsync();
        foreach (var entry in Directory.EnumerateFileSystemEntries(_directory))
        {
            if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
            else File.Delete(entry);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A fact that needs the redis-server binary (./scripts/test.sh installs it).</summary>
public sealed class RedisServerFactAttribute : FactAttribute
{
    public RedisServerFactAttribute()
    {
        if (!OwnRedisServer.IsInstalled) Skip = "redis-server is not on PATH (./scripts/test.sh installs it).";
    }
}

/// <summary>A fact for this run's PostgreSQL plus a redis-server of the test's own (restartable).</summary>
public sealed class PostgresRedisServerFactAttribute : FactAttribute
{
    public PostgresRedisServerFactAttribute()
    {
        if (TestDatabase.DefaultProvider != TestDatabase.Postgres) Skip = $"Runs only with {TestEnvironment.DbVariable}=postgres.";
        else if (TestDatabase.PostgresSkipReason is { } reason) Skip = reason;
        else if (!OwnRedisServer.IsInstalled) Skip = "redis-server is not on PATH (./scripts/test.sh installs it).";
    }
}
