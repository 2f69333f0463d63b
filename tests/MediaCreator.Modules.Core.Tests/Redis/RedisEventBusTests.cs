using System.Text.Json;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Events.Redis;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Workflows;
using MediaCreator.TestSupport;
using StackExchange.Redis;

namespace MediaCreator.Modules.Core.Tests.Redis;

public sealed class RedisEventBusTests : IAsyncLifetime
{
    private static readonly TimeSpan EchoWindow = TimeSpan.FromMilliseconds(300);
    private readonly RedisTestServer _redis = new();
    private readonly Guid _project = Guid.NewGuid();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _redis.DisposeAsync().AsTask();

    private DomainEvent[] EveryEventType() =>
    [
        new JobEvent(EventType.JobProgress, Guid.NewGuid(), _project, Guid.NewGuid(), JobStatus.Running, 0.42, "rendering frame 7",
            Guid.NewGuid(), "render") { OccurredAt = new DateTime(2026, 11, 25, 10, 11, 12, 345, DateTimeKind.Utc) },
        new AssetEvent(Guid.NewGuid(), _project, Guid.NewGuid()),
        new WorkflowRunEvent(EventType.WorkflowCompleted, Guid.NewGuid(), _project, Guid.NewGuid(), WorkflowRunStatus.Completed, "publish", Guid.NewGuid()),
    ];

    [Fact]
    public void Serializer_KnowsEveryConcreteDomainEvent()
    {
        var known = DomainEventJson.Options.GetTypeInfo(typeof(DomainEvent)).PolymorphismOptions!.DerivedTypes.Select(d => d.DerivedType);
        var all = typeof(DomainEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract);

        Assert.Equal(all.OrderBy(t => t.Name), known.OrderBy(t => t.Name));
        Assert.Contains(typeof(JobEvent), known);
    }

    [Fact]
    public void Serializer_RoundTripsEveryEventTypeWithAllFields()
    {
        foreach (var original in EveryEventType())
        {
            var json = JsonSerializer.Serialize(original, DomainEventJson.Options);
            var copy = JsonSerializer.Deserialize<DomainEvent>(json, DomainEventJson.Options);

            Assert.Equal(original, copy);
            Assert.Contains($"\"$type\":\"{original.GetType().Name}\"", json, StringComparison.Ordinal);
            Assert.DoesNotContain("topics", json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [RedisFact]
    public async Task PublishAsync_OnOneConnection_ReachesSubscriberOfAnotherWithAllFields()
    {
        using var api = await _redis.EventBusAsync();
        using var worker = await _redis.EventBusAsync();
        var received = new EventRecorder();
        using var subscription = api.Subscribe(EventTopics.Project(_project)).Subscribe(received);
        var events = EveryEventType();

        foreach (var e in events) await worker.PublishAsync(e);

        Assert.Equal(events, await received.WaitForAsync(events.Length));
        Assert.IsType<JobEvent>(received.Events[0]);
        Assert.IsType<AssetEvent>(received.Events[1]);
        Assert.IsType<WorkflowRunEvent>(received.Events[2]);
    }

    [RedisFact]
    public async Task PublishAsync_OnEveryTopicOfTheEvent_ReachesEachTopicsSubscribers()
    {
        using var api = await _redis.EventBusAsync();
        using var worker = await _redis.EventBusAsync();
        var job = (JobEvent)EveryEventType()[0];
        var byJob = new EventRecorder();
        var byRun = new EventRecorder();
        using var s1 = api.Subscribe(EventTopics.Job(job.JobId)).Subscribe(byJob);
        using var s2 = api.Subscribe(EventTopics.WorkflowRun(job.WorkflowRunId!.Value)).Subscribe(byRun);

        await worker.PublishAsync(job);

        Assert.Equal([job], await byJob.WaitForAsync(1));
        Assert.Equal([job], await byRun.WaitForAsync(1));
    }

    [RedisFact]
    public async Task PublishAsync_WithLocalAndRemoteSubscribers_DeliversExactlyOnceToEach()
    {
        using var api = await _redis.EventBusAsync();
        using var worker = await _redis.EventBusAsync();
        var local = new EventRecorder();
        var localSecond = new EventRecorder();
        var remote = new EventRecorder();
        var topic = EventTopics.Project(_project);
        using var s1 = worker.Subscribe(topic).Subscribe(local);
        using var s2 = worker.Subscribe(topic).Subscribe(localSecond);
        using var s3 = api.Subscribe(topic).Subscribe(remote);
        var e = EveryEventType()[1];

        await worker.PublishAsync(e);
        await remote.WaitForAsync(1);
        await Task.Delay(EchoWindow); // the worker's own Redis echo arrives in this time, and must be ignored

        Assert.Equal([e], local.Events);
        Assert.Equal([e], localSecond.Events);
        Assert.Equal([e], remote.Events);
    }

    [RedisFact]
    public async Task Subscribe_AfterDispose_ReceivesNothingAndLastObserverDropsTheRedisSubscription()
    {
        using var api = await _redis.EventBusAsync();
        using var worker = await _redis.EventBusAsync();
        var topic = EventTopics.Project(_project);
        var gone = new EventRecorder();
        var first = api.Subscribe(topic).Subscribe(gone);
        Assert.Equal(1, await SubscriberCountAsync(topic));

        first.Dispose();
        await WaitUntilAsync(async () => await SubscriberCountAsync(topic) == 0);
        var later = new EventRecorder();
        using var second = api.Subscribe(topic).Subscribe(later);
        await worker.PublishAsync(EveryEventType()[1]);

        await later.WaitForAsync(1);
        Assert.Empty(gone.Events);
    }

    [RedisFact]
    public async Task Subscribe_ManyObserversOfOneTopic_ShareOneRedisSubscription()
    {
        using var api = await _redis.EventBusAsync();
        var topic = EventTopics.Project(_project);
        var subscriptions = Enumerable.Range(0, 5).Select(_ => api.Subscribe(topic).Subscribe(new EventRecorder())).ToList();

        Assert.Equal(1, await SubscriberCountAsync(topic));
        foreach (var s in subscriptions.Skip(1)) s.Dispose();
        await Task.Delay(EchoWindow);
        Assert.Equal(1, await SubscriberCountAsync(topic));
        subscriptions[0].Dispose();
        await WaitUntilAsync(async () => await SubscriberCountAsync(topic) == 0);
    }

    [RedisFact]
    public async Task Subscribe_WhenConnectionsAreKilled_ResumesAfterReconnect()
    {
        using var api = await _redis.EventBusAsync();
        using var worker = await _redis.EventBusAsync();
        var received = new EventRecorder();
        using var subscription = api.Subscribe(EventTopics.Project(_project)).Subscribe(received);
        await worker.PublishAsync(EveryEventType()[1]);
        await received.WaitForAsync(1);

        Assert.True(await _redis.KillConnectionsAsync() >= 4); // interactive + subscription connection of each bus

        // Events published while the subscription is being restored are lost (pub/sub keeps nothing); keep
        // publishing until one arrives, which proves the subscription came back by itself.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (received.Events.Count < 2 && DateTime.UtcNow < deadline)
        {
            await PublishIgnoringOutageAsync(worker, EveryEventType()[1]);
            await Task.Delay(100);
        }
        Assert.True(received.Events.Count >= 2, "no event arrived after the connections were killed");
    }

    private static async Task PublishIgnoringOutageAsync(RedisEventBus bus, DomainEvent e)
    {
        try
        {
            await bus.PublishAsync(e);
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException)
        {
            Console.WriteLine($"still reconnecting: {ex.GetType().Name}");
        }
    }

    private async Task<long> SubscriberCountAsync(string topic)
    {
        await using var probe = await _redis.ConnectAsync();
        var result = await probe.GetDatabase().ExecuteAsync("PUBSUB", "NUMSUB", $"{_redis.KeyPrefix}events:{topic}");
        return (long)((RedisResult[])result!)[1];
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 10 s");
            await Task.Delay(20);
        }
    }
}
