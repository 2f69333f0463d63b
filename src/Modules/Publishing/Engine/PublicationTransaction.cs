using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MediaCreator.Modules.Publishing.Engine;

/// <summary>
/// Publishing rows and Core rows (jobs, outbox events) committed together: both contexts share Core's connection and
/// one transaction, so a publication never exists without its job or its event, nor the other way round.
/// </summary>
internal static class PublicationTransaction
{
    public static async Task<T> RunAsync<T>(PublishingDbContext db, CoreDbContext core, OutboxSignal signal, Func<Task<T>> work, CancellationToken ct)
    {
        await using var transaction = await core.Database.BeginTransactionAsync(ct);
        db.Database.SetDbConnection(core.Database.GetDbConnection());
        await db.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
        try
        {
            var result = await work();
            await db.SaveChangesAsync(ct);
            await core.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            signal.Notify();
            return result;
        }
        finally
        {
            await db.Database.UseTransactionAsync(null, CancellationToken.None);
        }
    }

    public static Task SaveAsync(PublishingDbContext db, CoreDbContext core, OutboxSignal signal, CancellationToken ct) =>
        RunAsync(db, core, signal, () => Task.FromResult(true), ct);

    /// <summary>Adds the event announcing <paramref name="publication"/>'s move from <paramref name="previous"/> to its status.</summary>
    public static void AddEvent(this CoreDbContext core, PublicationRecord publication, Guid projectId, PublicationStatus? previous, string? message = null) =>
        core.AddEvent(EventOf(publication, projectId, previous, message));

    public static PublicationEvent EventOf(PublicationRecord publication, Guid projectId, PublicationStatus? previous, string? message = null) =>
        new(TypeOf(publication.Status), publication.OwnerId, projectId, publication.Id, publication.EpisodeId, publication.ChannelId,
            Name(publication.Status), previous is { } p ? Name(p) : null, message);

    public static string Name(PublicationStatus status) => status.ToString().ToUpperInvariant();

    private static EventType TypeOf(PublicationStatus status) => status switch
    {
        PublicationStatus.Scheduled => EventType.PublicationScheduled,
        PublicationStatus.Uploading => EventType.JobProgress,
        PublicationStatus.Published => EventType.PublicationPublished,
        _ => EventType.PublicationFailed,
    };

    /// <summary>
    /// The episode's status from its publications: PUBLISHING while any is SCHEDULED or UPLOADING, else PUBLISHED when
    /// one is PUBLISHED, else back to READY (every attempt failed or was cancelled).
    /// </summary>
    public static async Task UpdateEpisodeStatusAsync(PublishingDbContext db, Guid episodeId, CancellationToken ct)
    {
        var episode = await db.Episodes.FirstOrDefaultAsync(e => e.Id == episodeId, ct);
        if (episode is null) return;
        // Tracked rows carry this unit's changes that the database does not have yet.
        var statuses = db.ChangeTracker.Entries<PublicationRecord>().Where(e => e.Entity.EpisodeId == episodeId)
            .ToDictionary(e => e.Entity.Id, e => e.Entity.Status);
        foreach (var row in await db.Publications.AsNoTracking().Where(p => p.EpisodeId == episodeId).Select(p => new { p.Id, p.Status }).ToListAsync(ct))
            statuses.TryAdd(row.Id, row.Status);
        var status = statuses.Values.Any(s => s is PublicationStatus.Scheduled or PublicationStatus.Uploading) ? EpisodeStatus.Publishing
            : statuses.Values.Any(s => s == PublicationStatus.Published) ? EpisodeStatus.Published
            : EpisodeStatus.Ready;
        if (episode.Status == status) return;
        episode.Status = status;
        episode.UpdatedAt = DateTime.UtcNow;
    }
}
