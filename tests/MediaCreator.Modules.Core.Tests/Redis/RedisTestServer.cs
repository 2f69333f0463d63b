using MediaCreator.Modules.Core.Events.Redis;
using MediaCreator.Modules.Core.Jobs.Queue.Redis;
using MediaCreator.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MediaCreator.Modules.Core.Tests.Redis;

/// <summary>
/// Connections to the test Redis, one multiplexer per simulated process, each with a name of its own so a test can
/// kill exactly its connections (other test classes share the server and run in parallel).
/// </summary>
internal sealed class RedisTestServer : IAsyncDisposable
{
    private readonly List<ConnectionMultiplexer> _connections = [];
    private readonly string _clientPrefix = "mc-test-" + Guid.NewGuid().ToString("N")[..12];

    public string KeyPrefix { get; } = TestRedis.NewKeyPrefix();

    public async Task<ConnectionMultiplexer> ConnectAsync()
    {
        var options = ConfigurationOptions.Parse(await TestRedis.GetConfigurationAsync());
        options.AbortOnConnectFail = false;
        options.ClientName = $"{_clientPrefix}-{_connections.Count}";
        var connection = await ConnectionMultiplexer.ConnectAsync(options);
        _connections.Add(connection);
        return connection;
    }

    public async Task<RedisEventBus> EventBusAsync() =>
        new(await ConnectAsync(), Options.Create(new RedisEventBusOptions { KeyPrefix = KeyPrefix }), NullLogger<RedisEventBus>.Instance);

    public async Task<RedisStreamsJobQueue> JobQueueAsync(TimeSpan? lease = null, TimeSpan? blockTime = null) =>
        new(await ConnectAsync(),
            Options.Create(new RedisQueueOptions
            {
                KeyPrefix = KeyPrefix,
                LeaseDuration = lease ?? TimeSpan.FromSeconds(30),
                BlockTime = blockTime ?? TimeSpan.FromMilliseconds(100),
            }),
            NullLogger<RedisStreamsJobQueue>.Instance);

    /// <summary>Kills every server-side connection of this test's multiplexers (interactive and pub/sub), as a network cut would.</summary>
    public async Task<int> KillConnectionsAsync()
    {
        var admin = await AdminAsync();
        var server = admin.GetServer(admin.GetEndPoints()[0]);
        var mine = (await server.ClientListAsync()).Where(c => c.Name?.StartsWith(_clientPrefix, StringComparison.Ordinal) == true).ToList();
        foreach (var client in mine) await server.ClientKillAsync(client.Id, null, null, true);
        await admin.DisposeAsync();
        return mine.Count;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections) await connection.DisposeAsync();
        if (!TestRedis.IsAvailable) return; // the tests that need Redis were skipped; nothing to clean
        var admin = await AdminAsync();
        var server = admin.GetServer(admin.GetEndPoints()[0]);
        await foreach (var key in server.KeysAsync(pattern: KeyPrefix + "*")) await admin.GetDatabase().KeyDeleteAsync(key);
        await admin.DisposeAsync();
    }

    private static async Task<ConnectionMultiplexer> AdminAsync()
    {
        var options = ConfigurationOptions.Parse(await TestRedis.GetConfigurationAsync());
        options.AllowAdmin = true;
        return await ConnectionMultiplexer.ConnectAsync(options);
    }
}
