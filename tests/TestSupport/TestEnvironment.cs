using System.Net.Sockets;
using System.Text;

namespace MediaCreator.TestSupport;

/// <summary>
/// The environment contract between <c>scripts/test.sh</c> (which starts a throwaway PostgreSQL and Redis)
/// and the test projects.
/// </summary>
public static class TestEnvironment
{
    /// <summary><c>postgres</c> or <c>sqlite</c>: which database the suite runs against.</summary>
    public const string DbVariable = "MEDIACREATOR_TEST_DB";

    /// <summary>Npgsql connection string of a server the tests may create databases on (role has CREATEDB).</summary>
    public const string PostgresVariable = "MEDIACREATOR_TEST_POSTGRES";

    /// <summary>Redis address, <c>host:port</c>.</summary>
    public const string RedisVariable = "MEDIACREATOR_TEST_REDIS";

    /// <summary>Set to <c>1</c> to keep the per-test databases / SQLite files for debugging.</summary>
    public const string KeepDatabasesVariable = "MEDIACREATOR_TEST_KEEP_DB";

    private static readonly Lazy<bool> DockerProbe = new(ProbeDocker, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The value of <see cref="PostgresVariable"/>, or null when unset/blank.</summary>
    public static string? PostgresConnectionString => Get(PostgresVariable);

    /// <summary>The value of <see cref="RedisVariable"/>, or null when unset/blank.</summary>
    public static string? RedisConfiguration => Get(RedisVariable);

    /// <summary>True when <see cref="KeepDatabasesVariable"/> is set: per-test databases are not removed.</summary>
    public static bool KeepDatabases => Get(KeepDatabasesVariable) is "1" or "true";

    /// <summary>
    /// True when a Docker engine answers <c>/_ping</c> (DOCKER_HOST or /var/run/docker.sock), i.e. when
    /// Testcontainers can start containers. Probed once per process.
    /// </summary>
    public static bool IsDockerAvailable => DockerProbe.Value;

    internal static string? Get(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static bool ProbeDocker()
    {
        try
        {
            var dockerHost = Get("DOCKER_HOST");
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            if (dockerHost is null)
            {
                return File.Exists("/var/run/docker.sock") && PingUnix("/var/run/docker.sock", cts.Token);
            }

            if (dockerHost.StartsWith("unix://", StringComparison.OrdinalIgnoreCase))
            {
                var path = dockerHost["unix://".Length..];
                return File.Exists(path) && PingUnix(path, cts.Token);
            }

            if (dockerHost.StartsWith("tcp://", StringComparison.OrdinalIgnoreCase)
                && Uri.TryCreate(dockerHost, UriKind.Absolute, out var uri))
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.ConnectAsync(uri.Host, uri.Port, cts.Token).AsTask().GetAwaiter().GetResult();
                return Ping(socket, cts.Token);
            }

            return false;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static bool PingUnix(string path, CancellationToken ct)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.ConnectAsync(new UnixDomainSocketEndPoint(path), ct).AsTask().GetAwaiter().GetResult();
        return Ping(socket, ct);
    }

    private static bool Ping(Socket socket, CancellationToken ct)
    {
        socket.SendAsync(Encoding.ASCII.GetBytes("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"), SocketFlags.None, ct)
            .AsTask().GetAwaiter().GetResult();
        var buffer = new byte[512];
        var read = socket.ReceiveAsync(buffer, SocketFlags.None, ct).AsTask().GetAwaiter().GetResult();
        var response = Encoding.ASCII.GetString(buffer, 0, read);
        return response.StartsWith("HTTP/", StringComparison.Ordinal) && response.Contains(" 200 ", StringComparison.Ordinal);
    }
}
