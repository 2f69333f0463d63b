using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Publishing.Accounts;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Publishing.Sync;

/// <summary>
/// Syncs one publication (in a DI scope of its own, so one failure leaves no half-saved state for the next). Platform
/// failures come out as <see cref="PublishingException"/> for the handler to list or retry.
/// </summary>
internal sealed class PublicationSyncer(PublishingDbContext db, CoreDbContext core, OutboxSignal signal, IPlatformConnectionFactory factory,
    TimeProvider clock, ILogger<PublicationSyncer> logger)
{
    /// <summary>
    /// Stores a snapshot of the post's lifetime counters and emits METRICS_UPDATED with it. A publication that already
    /// got a snapshot at or after <paramref name="notBefore"/> (the job's creation: an earlier attempt of this job
    /// retried after a rate limit, or a concurrent sync) is not fetched again: its snapshot is this job's.
    /// </summary>
    public async Task SyncMetricsAsync(Guid publicationId, DateTime notBefore, CancellationToken ct)
    {
        var (publication, connection, publisher) = await ConnectAsync(publicationId, ct);
        if (await db.Snapshots.AnyAsync(s => s.PublicationId == publicationId && s.Timestamp >= notBefore, ct)) return;
        var metrics = await publisher.FetchMetricsAsync(connection, publication.ExternalPostId!, ct);
        var revenue = publisher.Capabilities.Revenue ? await LifetimeRevenueAsync(publication, connection, publisher, ct) : null;
        var snapshot = new PerformanceSnapshot
        {
            OwnerId = publication.OwnerId, PublicationId = publication.Id, ChannelId = publication.ChannelId, EpisodeId = publication.EpisodeId,
            Timestamp = metrics.FetchedAt.UtcDateTime, Views = metrics.Views, Likes = metrics.Likes, Comments = metrics.Comments,
            Shares = metrics.Shares, WatchTimeSeconds = metrics.WatchTimeSeconds, Ctr = metrics.Ctr, EngagementRate = EngagementRate(metrics),
            EstimatedRevenue = revenue?.Amount, Currency = revenue?.Currency,
        };
        db.Snapshots.Add(snapshot);
        var projectId = await db.Episodes.AsNoTracking().Where(e => e.Id == publication.EpisodeId).Select(e => (Guid?)e.ProjectId).FirstOrDefaultAsync(ct);
        await SaveWithEventAsync(new MetricsEvent(publication.OwnerId, projectId, publication.Id, publication.ChannelId, snapshot.Id), ct);
    }

    /// <summary>Upserts the revenue the platform reports for each period; returns (created, updated) record counts.</summary>
    public async Task<(int Created, int Updated)> SyncRevenueAsync(Guid publicationId, IReadOnlyList<(DateOnly From, DateOnly To)> periods,
        CancellationToken ct)
    {
        var (publication, connection, publisher) = await ConnectAsync(publicationId, ct);
        var reported = new List<PostRevenue>();
        foreach (var (from, to) in periods) reported.AddRange(await publisher.FetchRevenueAsync(connection, publication.ExternalPostId!, from, to, ct));
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            return await RevenueUpsert.ApplyAsync(db, publication, reported, now, ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent sync inserted the same key first: the second pass finds its rows and updates them.
            db.ChangeTracker.Clear();
            return await RevenueUpsert.ApplyAsync(db, publication, reported, now, ct);
        }
    }

    /// <summary>
    /// The platform gives no engagement rate, so it is (likes + comments + shares) / views of the lifetime counters;
    /// null without views.
    /// </summary>
    internal static double? EngagementRate(PostMetrics m) => m.Views > 0 ? (double)(m.Likes + m.Comments + m.Shares) / m.Views : null;

    /// <summary>
    /// The post's revenue from its publication day to today, when the platform reports it in one currency. A platform
    /// that refuses the report (no monetization, scope not granted) leaves the snapshot without revenue rather than failing it.
    /// </summary>
    private async Task<(decimal Amount, string Currency)?> LifetimeRevenueAsync(PublicationRecord publication, PlatformConnection connection,
        IPlatformPublisher publisher, CancellationToken ct)
    {
        var from = DateOnly.FromDateTime(publication.PublishedTime ?? publication.CreatedAt);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        IReadOnlyList<PostRevenue> reported;
        try
        {
            reported = await publisher.FetchRevenueAsync(connection, publication.ExternalPostId!, from < today ? from : today, today, ct);
        }
        catch (PublishingException e) when (e.Code is PublishingErrorCodes.Rejected or PublishingErrorCodes.Unsupported)
        {
            logger.LogInformation("No revenue for the snapshot of publication {PublicationId}: {Reason}", publication.Id, e.Message);
            return null;
        }
        var currencies = reported.Select(r => r.Currency).Distinct().ToList();
        return currencies.Count == 1 ? (reported.Sum(r => r.Amount), currencies[0]) : null;
    }

    private async Task<(PublicationRecord, PlatformConnection, IPlatformPublisher)> ConnectAsync(Guid publicationId, CancellationToken ct)
    {
        var publication = await db.Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == publicationId, ct)
            ?? throw new PublishingException(PublishingErrorCodes.Rejected, "The publication was deleted.");
        if (publication.ExternalPostId is null)
            throw new PublishingException(PublishingErrorCodes.Rejected, "The publication has no post on the platform.");
        var account = await db.PlatformAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == publication.PlatformAccountId, ct)
            ?? throw new PublishingException(PublishingErrorCodes.AuthExpired, "The publication's platform account was removed; connect it again.");
        return (publication, factory.Connect(account), factory.PublisherFor(publication.Platform));
    }

    /// <summary>Both contexts share Core's connection and one transaction: the snapshot and its event commit together.</summary>
    private async Task SaveWithEventAsync(DomainEvent domainEvent, CancellationToken ct)
    {
        await using var transaction = await core.Database.BeginTransactionAsync(ct);
        db.Database.SetDbConnection(core.Database.GetDbConnection());
        await db.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
        await db.SaveChangesAsync(ct);
        core.AddEvent(domainEvent);
        await core.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await db.Database.UseTransactionAsync(null, ct);
        signal.Notify();
    }
}
