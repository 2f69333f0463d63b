using System.Diagnostics;
using MediaCreator.Modules.Core.Jobs.Queue;
using MediaCreator.Modules.Core.Tests.Queue;
using MediaCreator.TestSupport;
using StackExchange.Redis;

namespace MediaCreator.Modules.Core.Tests.Redis;

public sealed class RedisStreamsJobQueueTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);
    private readonly RedisTestServer _redis = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _redis.DisposeAsync().AsTask();

    private static JobMessage NewJob() => new(Guid.NewGuid(), JobQueues.Video);

    [RedisFact]
    public async Task Enqueue_ThenConsumeAndAck_DeliversOnceAndLeavesNothingBehind()
    {
        var api = await _redis.JobQueueAsync();
        var worker = await _redis.JobQueueAsync();
        var job = NewJob();
        await api.EnqueueAsync(job, default); // before any consumer group exists
        await using var consumer = new QueueConsumer(worker, JobQueues.Video, "worker-1");

        var delivery = await consumer.RequireNextAsync();
        await delivery.AckAsync(default);

        Assert.Equal(job, delivery.Message);
        Assert.Equal(1, delivery.DeliveryCount);
        Assert.Null(await consumer.NextAsync(Quiet));
        var (length, pending) = await StateAsync(JobQueues.Video);
        Assert.Equal(0, length);
        Assert.Equal(0, pending);
        await Assert.ThrowsAsync<InvalidOperationException>(() => delivery.AckAsync(default));
    }

    [RedisFact]
    public async Task Enqueue_WhileConsumerWaits_WakesItPromptly()
    {
        var blockTime = TimeSpan.FromSeconds(20);
        var api = await _redis.JobQueueAsync(blockTime: blockTime);
        await using var consumer = new QueueConsumer(await _redis.JobQueueAsync(blockTime: blockTime), JobQueues.Video, "worker-1");
        Assert.Null(await consumer.NextAsync(Quiet));

        var clock = Stopwatch.StartNew();
        await api.EnqueueAsync(NewJob(), default);
        var delivery = await consumer.RequireNextAsync(blockTime / 2);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.ElapsedMilliseconds} ms (BlockTime is {blockTime})");
        await delivery.AckAsync(default);
    }

    [RedisFact]
    public async Task TwoConsumersOfOneQueue_ShareTheWorkWithoutDoubleDelivery()
    {
        var api = await _redis.JobQueueAsync();
        var jobs = Enumerable.Range(0, 40).Select(_ => NewJob()).ToList();
        foreach (var job in jobs) await api.EnqueueAsync(job, default);
        await using var first = new QueueConsumer(await _redis.JobQueueAsync(), JobQueues.Video, "worker-1");
        await using var second = new QueueConsumer(await _redis.JobQueueAsync(), JobQueues.Video, "worker-2");

        var results = await QueueConsumer.DrainTogetherAsync(
            [first, second], jobs.Count, TimeSpan.FromMilliseconds(5), Quiet, TimeSpan.FromSeconds(30));

        var all = results.SelectMany(r => r).ToList();
        // Every job exactly once across both consumers; how they split the work depends on scheduling.
        Assert.Equal(jobs.Select(j => j.JobId).Order(), all.Order());
    }

    [RedisFact]
    public async Task ConsumerStoppingWithoutAck_HasItsEntryTakenOverAfterTheLease()
    {
        var job = NewJob();
        var queue = await _redis.JobQueueAsync(Lease);
        await queue.EnqueueAsync(job, default);
        var dying = new QueueConsumer(await _redis.JobQueueAsync(Lease), JobQueues.Video, "worker-dies");
        await dying.RequireNextAsync();
        var taken = Stopwatch.StartNew();
        await dying.DisposeAsync();

        await using var survivor = new QueueConsumer(await _redis.JobQueueAsync(Lease), JobQueues.Video, "worker-lives");
        var again = await survivor.RequireNextAsync();

        Assert.Equal(job, again.Message);
        Assert.Equal(2, again.DeliveryCount);
        Assert.True(taken.Elapsed >= Lease - TimeSpan.FromMilliseconds(50), $"taken over after {taken.ElapsedMilliseconds} ms");
        await again.AckAsync(default);
        Assert.Equal((0, 0), await StateAsync(JobQueues.Video));
    }

    [RedisFact]
    public async Task RenewLease_KeepsASlowHandlersEntryFromBeingTakenOver()
    {
        var queue = await _redis.JobQueueAsync(Lease);
        await queue.EnqueueAsync(NewJob(), default);
        await using var slow = new QueueConsumer(await _redis.JobQueueAsync(Lease), JobQueues.Video, "worker-slow");
        await using var other = new QueueConsumer(await _redis.JobQueueAsync(Lease), JobQueues.Video, "worker-other");
        var delivery = await slow.RequireNextAsync();

        var stolen = other.NextAsync(Lease * 3.5);
        for (var i = 0; i < 10; i++)
        {
            await Task.Delay(Lease / 3);
            await delivery.RenewLeaseAsync(default);
        }

        Assert.Null(await stolen);
        await delivery.AckAsync(default);
        Assert.Null(await other.NextAsync(Lease * 1.5));
    }

    [RedisFact]
    public async Task StaleConsumer_CannotSettleAnEntryAnotherConsumerTookOver()
    {
        var queue = await _redis.JobQueueAsync(Lease);
        await queue.EnqueueAsync(NewJob(), default);
        await using var stale = new QueueConsumer(await _redis.JobQueueAsync(Lease), JobQueues.Video, "worker-stale");
        var old = await stale.RequireNextAsync();
        await using var live = new QueueConsumer(await _redis.JobQueueAsync(Lease), JobQueues.Video, "worker-live");
        var current = await live.RequireNextAsync();

        await old.AckAsync(default);

        Assert.Equal((1, 1), await StateAsync(JobQueues.Video));
        await current.AckAsync(default);
        Assert.Equal((0, 0), await StateAsync(JobQueues.Video));
    }

    [RedisFact]
    public async Task Retry_RedeliversAfterTheDelayWithTheNextDeliveryCount()
    {
        var job = NewJob();
        var queue = await _redis.JobQueueAsync();
        await queue.EnqueueAsync(job, default);
        await using var consumer = new QueueConsumer(queue, JobQueues.Video, "worker-1");
        var delay = TimeSpan.FromSeconds(1);

        var first = await consumer.RequireNextAsync();
        var retried = Stopwatch.StartNew();
        await first.RetryAsync(delay, "provider said 503", default);
        var second = await consumer.RequireNextAsync();
        var elapsed = retried.Elapsed;
        await second.RetryAsync(TimeSpan.Zero, "provider said 503 again", default);
        var third = await consumer.RequireNextAsync();

        Assert.Equal(job, second.Message);
        Assert.Equal(2, second.DeliveryCount);
        Assert.Equal(3, third.DeliveryCount);
        Assert.True(elapsed >= delay - TimeSpan.FromMilliseconds(50), $"redelivered after {elapsed.TotalMilliseconds} ms");
        Assert.True(elapsed < delay + TimeSpan.FromSeconds(1), $"redelivered after {elapsed.TotalMilliseconds} ms");
        await third.AckAsync(default);
        Assert.Equal((0, 0), await StateAsync(JobQueues.Video));
    }

    [RedisFact]
    public async Task DeadLetter_RecordsJobErrorAndDeliveryCountAndForgetsTheEntry()
    {
        var job = NewJob();
        var queue = await _redis.JobQueueAsync();
        await queue.EnqueueAsync(job, default);
        await using var consumer = new QueueConsumer(queue, JobQueues.Video, "worker-1");
        var first = await consumer.RequireNextAsync();
        await first.RetryAsync(TimeSpan.Zero, "timeout", default);
        var second = await consumer.RequireNextAsync();
        var before = DateTime.UtcNow;

        await second.DeadLetterAsync("ffmpeg exited with code 1", default);

        var dead = Assert.Single(await queue.ReadDeadLettersAsync(JobQueues.Video, 10, default));
        Assert.Equal(job, dead.Message);
        Assert.Equal("ffmpeg exited with code 1", dead.Error);
        Assert.Equal(2, dead.DeliveryCount);
        Assert.InRange(dead.FailedAt, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal((0, 0), await StateAsync(JobQueues.Video));
        Assert.Null(await consumer.NextAsync(Quiet));
    }

    [RedisFact]
    public async Task ConnectionsKilledDuringWork_LoseNoJob()
    {
        var api = await _redis.JobQueueAsync(Lease);
        var jobs = Enumerable.Range(0, 60).Select(_ => NewJob()).ToList();
        foreach (var job in jobs.Take(30)) await api.EnqueueAsync(job, default);
        await using var worker = new QueueConsumer(await _redis.JobQueueAsync(Lease), JobQueues.Video, "worker-1");
        var done = new HashSet<Guid>();

        for (var i = 0; i < 10; i++) done.Add(await HandleAsync(await worker.RequireNextAsync()));
        Assert.True(await _redis.KillConnectionsAsync() >= 4);
        foreach (var job in jobs.Skip(30)) await EnqueueThroughOutageAsync(api, job);
        while (done.Count < jobs.Count)
        {
            var delivery = await worker.NextAsync(TimeSpan.FromSeconds(15));
            Assert.True(delivery is not null, $"only {done.Count} of {jobs.Count} jobs came through");
            done.Add(await HandleAsync(delivery));
        }

        Assert.Equal(jobs.Select(j => j.JobId).Order(), done.Order());
        Assert.Equal((0, 0), await StateAsync(JobQueues.Video));
    }

    private static async Task<Guid> HandleAsync(JobDelivery delivery)
    {
        // A settle cut off by the outage leaves the entry pending; the lease brings it back, so retry here.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await delivery.AckAsync(default);
                return delivery.Message.JobId;
            }
            catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException && attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private static async Task EnqueueThroughOutageAsync(IJobQueue queue, JobMessage job)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await queue.EnqueueAsync(job, default);
                return;
            }
            catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException && attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }


    /// <summary>Entries left in the queue's stream, and entries pending in its consumer group.</summary>
    private async Task<(long Length, long Pending)> StateAsync(string queue)
    {
        await using var probe = await _redis.ConnectAsync();
        var db = probe.GetDatabase();
        var stream = $"{_redis.KeyPrefix}jobs:{queue}";
        var pending = await db.StreamPendingAsync(stream, "workers");
        return (await db.StreamLengthAsync(stream), pending.PendingMessageCount);
    }
}
