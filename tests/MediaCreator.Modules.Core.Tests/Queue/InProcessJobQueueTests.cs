using System.Diagnostics;
using MediaCreator.Modules.Core.Jobs.Queue;
using MediaCreator.Modules.Core.Jobs.Queue.InProcess;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaCreator.Modules.Core.Tests.Queue;

public sealed class InProcessJobQueueTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);
    private readonly InProcessJobQueue _queue = new(NullLogger<InProcessJobQueue>.Instance);

    private static JobMessage NewJob(string queue = JobQueues.Audio) => new(Guid.NewGuid(), queue);

    [Fact]
    public async Task Enqueue_ThenConsumeAndAck_DeliversOnceToItsQueueOnly()
    {
        var job = NewJob();
        await _queue.EnqueueAsync(job, default);
        await using var audio = new QueueConsumer(_queue, JobQueues.Audio, "worker-1");
        await using var video = new QueueConsumer(_queue, JobQueues.Video, "worker-1");

        var delivery = await audio.RequireNextAsync();
        await delivery.AckAsync(default);

        Assert.Equal(job, delivery.Message);
        Assert.Equal(1, delivery.DeliveryCount);
        Assert.Null(await audio.NextAsync(Quiet));
        Assert.Null(await video.NextAsync(TimeSpan.Zero));
        await Assert.ThrowsAsync<InvalidOperationException>(() => delivery.RetryAsync(TimeSpan.Zero, "again", default));
    }

    [Fact]
    public async Task SeveralConsumers_ShareTheQueueWithoutDuplicates()
    {
        var jobs = Enumerable.Range(0, 200).Select(_ => NewJob()).ToList();
        var consumers = Enumerable.Range(0, 4).Select(i => new QueueConsumer(_queue, JobQueues.Audio, $"worker-{i}")).ToList();
        // Everything is queued before draining starts, so a consumer's idle timeout can only mean "empty".
        foreach (var job in jobs) await _queue.EnqueueAsync(job, default);
        var results = await QueueConsumer.DrainTogetherAsync(
            consumers, jobs.Count, TimeSpan.FromMilliseconds(2), Quiet, TimeSpan.FromSeconds(30));

        Assert.Equal(jobs.Select(j => j.JobId).Order(), results.SelectMany(r => r).Order());
        Assert.True(results.Count(r => r.Count > 0) > 1, "only one consumer got work");
        foreach (var consumer in consumers) await consumer.DisposeAsync();
    }

    [Fact]
    public async Task Retry_RedeliversAfterTheDelayWithTheNextDeliveryCount()
    {
        var job = NewJob();
        await _queue.EnqueueAsync(job, default);
        await using var consumer = new QueueConsumer(_queue, JobQueues.Audio, "worker-1");
        var delay = TimeSpan.FromMilliseconds(400);

        var first = await consumer.RequireNextAsync();
        var clock = Stopwatch.StartNew();
        await first.RetryAsync(delay, "rate limited", default);
        var second = await consumer.RequireNextAsync();

        Assert.True(clock.Elapsed >= delay - TimeSpan.FromMilliseconds(20), $"redelivered after {clock.ElapsedMilliseconds} ms");
        Assert.Equal(job, second.Message);
        Assert.Equal(2, second.DeliveryCount);
        await second.AckAsync(default);
        Assert.Null(await consumer.NextAsync(Quiet));
    }

    [Fact]
    public async Task DeadLetter_KeepsTheErrorAndDeliveryCountAndDoesNotRedeliver()
    {
        var job = NewJob();
        await _queue.EnqueueAsync(job, default);
        await using var consumer = new QueueConsumer(_queue, JobQueues.Audio, "worker-1");
        await (await consumer.RequireNextAsync()).RetryAsync(TimeSpan.Zero, "first failure", default);

        await (await consumer.RequireNextAsync()).DeadLetterAsync("stem separation crashed", default);

        var dead = Assert.Single(_queue.DeadLetters);
        Assert.Equal(job, dead.Message);
        Assert.Equal("stem separation crashed", dead.Error);
        Assert.Equal(2, dead.DeliveryCount);
        Assert.Null(await consumer.NextAsync(Quiet));
    }

    [Fact]
    public async Task RenewLease_IsAcceptedAndChangesNothing()
    {
        await _queue.EnqueueAsync(NewJob(), default);
        await using var consumer = new QueueConsumer(_queue, JobQueues.Audio, "worker-1");
        var delivery = await consumer.RequireNextAsync();

        await delivery.RenewLeaseAsync(default);
        await delivery.AckAsync(default);

        Assert.Null(await consumer.NextAsync(Quiet));
    }
}
