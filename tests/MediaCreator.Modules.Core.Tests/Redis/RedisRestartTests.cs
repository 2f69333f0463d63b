using MediaCreator.TestSupport;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Events.Redis;
using MediaCreator.Modules.Core.Jobs.Queue;
using MediaCreator.Modules.Core.Jobs.Queue.Redis;
using MediaCreator.Modules.Core.Tests.Queue;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MediaCreator.Modules.Core.Tests.Redis;

/// <summary>Redis killed (SIGKILL) and started again while producers, workers and subscribers keep running.</summary>
public sealed class RedisRestartTests : IAsyncLifetime
{
    private readonly OwnRedisServer _server = new();
    private readonly List<ConnectionMultiplexer> _connections = [];

    public Task InitializeAsync() => OwnRedisServer.IsInstalled ? _server.StartAsync() : Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections) await connection.DisposeAsync();
        await _server.DisposeAsync();
    }

    [RedisServerFact]
    public async Task RedisRestartDuringWork_LosesNoJobAndSubscriptionsResume()
    {
        var api = new RedisStreamsJobQueue(await ConnectAsync(), QueueOptions(), NullLogger<RedisStreamsJobQueue>.Instance);
        var workerQueue = new RedisStreamsJobQueue(await ConnectAsync(), QueueOptions(), NullLogger<RedisStreamsJobQueue>.Instance);
        using var apiEvents = new RedisEventBus(await ConnectAsync(), Options.Create(new RedisEventBusOptions()), NullLogger<RedisEventBus>.Instance);
        using var workerEvents = new RedisEventBus(await ConnectAsync(), Options.Create(new RedisEventBusOptions()), NullLogger<RedisEventBus>.Instance);
        var project = Guid.NewGuid();
        var received = new EventRecorder();
        using var subscription = apiEvents.Subscribe(EventTopics.Project(project)).Subscribe(received);
        var jobs = Enumerable.Range(0, 60).Select(_ => new JobMessage(Guid.NewGuid(), JobQueues.Image)).ToList();
        foreach (var job in jobs.Take(30)) await api.EnqueueAsync(job, default);
        await using var worker = new QueueConsumer(workerQueue, JobQueues.Image, "worker-1");
        var done = new HashSet<Guid>();
        for (var i = 0; i < 10; i++) done.Add(await AckAsync(await worker.RequireNextAsync()));

        await _server.KillAsync();
        var outage = Task.Run(async () =>
        {
            foreach (var job in jobs.Skip(30)) await RetryThroughOutageAsync(() => api.EnqueueAsync(job, default));
        });
        await Task.Delay(500);
        await _server.StartAsync();
        await outage;
        while (done.Count < jobs.Count)
        {
            var delivery = await worker.NextAsync(TimeSpan.FromSeconds(15));
            Assert.True(delivery is not null, $"only {done.Count} of {jobs.Count} jobs came through");
            done.Add(await AckAsync(delivery));
        }
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (received.Events.Count == 0 && DateTime.UtcNow < deadline)
        {
            await RetryThroughOutageAsync(() => workerEvents.PublishAsync(new AssetEvent(Guid.NewGuid(), project, Guid.NewGuid())));
            await Task.Delay(100);
        }

        Assert.Equal(jobs.Select(j => j.JobId).Order(), done.Order());
        Assert.NotEmpty(received.Events);
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        var options = ConfigurationOptions.Parse(_server.Configuration);
        options.AbortOnConnectFail = false;
        var connection = await ConnectionMultiplexer.ConnectAsync(options);
        _connections.Add(connection);
        return connection;
    }

    private static IOptions<RedisQueueOptions> QueueOptions() => Options.Create(new RedisQueueOptions
    {
        LeaseDuration = TimeSpan.FromSeconds(1),
        BlockTime = TimeSpan.FromMilliseconds(100),
    });

    private static async Task<Guid> AckAsync(JobDelivery delivery)
    {
        await RetryThroughOutageAsync(() => delivery.AckAsync(default));
        return delivery.Message.JobId;
    }

    private static async Task RetryThroughOutageAsync(Func<Task> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await action();
                return;
            }
            catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException && attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }
}
