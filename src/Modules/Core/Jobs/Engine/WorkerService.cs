using MediaCreator.Modules.Core.Jobs.Queue;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Core.Jobs.Engine;

/// <summary>Consumes the configured queues with the configured concurrency and runs each delivery.</summary>
internal sealed class WorkerService(IJobQueue queue, JobRunner runner, JobHandlerRegistry registry, IOptions<WorkerOptions> options,
    ILogger<WorkerService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var worker = options.Value;
        if (!worker.Enabled) return Task.CompletedTask;
        var handled = registry.Definitions.Select(d => d.Queue).ToHashSet(StringComparer.Ordinal);
        var queues = (worker.Queues.Count > 0 ? worker.Queues : [.. JobQueues.All]).Where(handled.Contains).ToList();
        logger.LogInformation("Worker {WorkerId} consumes {Queues}", worker.WorkerId, string.Join(", ", queues.Select(q => $"{q}×{worker.ConcurrencyFor(q)}")));
        var loops = queues.SelectMany(q => Enumerable.Range(0, worker.ConcurrencyFor(q)).Select(i => ConsumeAsync(q, $"{worker.WorkerId}-{q}-{i}", stoppingToken)));
        return Task.WhenAll(loops);
    }

    private async Task ConsumeAsync(string queueName, string consumer, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await foreach (var delivery in queue.ConsumeAsync(queueName, consumer, stopping))
                {
                    await runner.RunAsync(delivery, stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A broken connection or database hiccup must not end the consumer: log and consume again.
                logger.LogError(e, "Consumer {Consumer} failed; restarting in 1 s", consumer);
                await Task.Delay(TimeSpan.FromSeconds(1), stopping).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
