using System.Text.Json;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Jobs.Queue;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Core.Outbox;

/// <summary>
/// Delivers outbox messages to the job queue and the event bus, oldest first. Each message is locked by a
/// conditional update before delivery, so several API processes can relay side by side; delivery is at-least-once.
/// </summary>
internal sealed class OutboxRelay(IServiceScopeFactory scopes, IJobQueue queue, IEventBus events, OutboxSignal signal,
    TimeProvider clock, ILogger<OutboxRelay> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Lock = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RelayBatchAsync(stoppingToken) == 0) await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Outbox relay failed; retrying");
                await Task.Delay(Poll, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    internal async Task<int> RelayBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Take(100).ToListAsync(ct);
        var relayed = 0;
        foreach (var message in batch)
        {
            var locked = await db.OutboxMessages
                .Where(m => m.Id == message.Id && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, now + Lock).SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
            if (locked == 0) continue;
            try
            {
                await DeliverAsync(message, ct);
                await db.OutboxMessages.Where(m => m.Id == message.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, clock.GetUtcNow().UtcDateTime), ct);
                relayed++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Outbox message {Id} not delivered; the lock expires and it is tried again", message.Id);
                await db.OutboxMessages.Where(m => m.Id == message.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, e.Message.Length > 2000 ? e.Message[..2000] : e.Message), ct);
            }
        }
        return relayed;
    }

    private Task DeliverAsync(OutboxMessage message, CancellationToken ct) => message.Kind switch
    {
        OutboxKind.JobMessage => queue.EnqueueAsync(JsonSerializer.Deserialize<JobMessage>(message.PayloadJson, OutboxWriter.Json)!, ct),
        _ => events.PublishAsync((DomainEvent)JsonSerializer.Deserialize(message.PayloadJson,
            Type.GetType(message.EventType!, throwOnError: true)!, OutboxWriter.Json)!, ct),
    };
}
