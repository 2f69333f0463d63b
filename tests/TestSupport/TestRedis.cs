using Testcontainers.Redis;

namespace MediaCreator.TestSupport;

/// <summary>
/// The Redis the tests may use: <c>MEDIACREATOR_TEST_REDIS</c> (<c>host:port</c>, set by ./scripts/test.sh) or,
/// only when that is unset and a Docker engine is reachable, a Testcontainers Redis started once per test process.
/// Otherwise <see cref="SkipReason"/> says why Redis tests should be skipped (see <see cref="RedisFactAttribute"/>).
/// </summary>
public static class TestRedis
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _containerConfiguration;

    /// <summary>Null when Redis is available, else a human-readable skip reason.</summary>
    public static string? SkipReason =>
        TestEnvironment.RedisConfiguration is not null || TestEnvironment.IsDockerAvailable
            ? null
            : $"Redis not available: set {TestEnvironment.RedisVariable}=host:port (./scripts/test.sh starts a throwaway server) or make a Docker engine reachable for Testcontainers.";

    public static bool IsAvailable => SkipReason is null;

    /// <summary>
    /// A StackExchange.Redis configuration string (<c>host:port</c>). Throws <see cref="InvalidOperationException"/>
    /// with <see cref="SkipReason"/> when Redis is not available.
    /// </summary>
    public static async Task<string> GetConfigurationAsync(CancellationToken cancellationToken = default)
    {
        if (TestEnvironment.RedisConfiguration is { } configured)
        {
            return configured;
        }

        if (_containerConfiguration is { } started)
        {
            return started;
        }

        if (SkipReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_containerConfiguration is null)
            {
                var container = new RedisBuilder("redis:7").Build();
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
                _containerConfiguration = container.GetConnectionString();
            }

            return _containerConfiguration;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The server is shared by all tests: prefix keys/channels with this to keep tests apart.</summary>
    public static string NewKeyPrefix() => $"mc-test:{Guid.NewGuid():N}:";
}
