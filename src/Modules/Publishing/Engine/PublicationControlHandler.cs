using MediaCreator.Modules.Publishing.Accounts;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Engine;

/// <summary>
/// <c>cancelPublication</c>, <c>retryPublication</c> and <c>approvePublication</c>: status changes guarded by the
/// publication's current status, committed with their job change and event in one transaction.
/// </summary>
internal sealed class PublicationControlHandler(
    PublishingDbContext db, CoreDbContext core, OwnerContext owner, PublicationJobs jobs, OutboxSignal signal, TimeProvider clock)
{
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);

    public async Task<MutationPayload> CancelAsync(string? publicationId, CancellationToken ct)
    {
        owner.RequireOwner();
        if (await FindAsync(publicationId, ct) is not { } publication) return MutationPayload.Fail(NotFoundError.For("PublicationRecord", publicationId));
        if (publication.Status != PublicationStatus.Scheduled)
            return MutationPayload.Fail(Invalid(publication, "cancelled", PublicationStatus.Scheduled));
        var projectId = await ProjectOfAsync(publication, ct);
        await PublicationTransaction.RunAsync(db, core, signal, async () =>
        {
            if (publication.UploadJobId is { } jobId
                && await core.Jobs.FirstOrDefaultAsync(j => j.Id == jobId && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running), ct) is { } job)
            {
                // A running worker sees this at its next heartbeat and stops before posting.
                job.Status = JobStatus.Cancelled;
                job.CompletedAt = clock.GetUtcNow().UtcDateTime;
                job.LeaseExpiresAt = null;
                job.Message = "publication cancelled";
                core.AddEvent(JobEvents.Of(job, EventType.JobFailed));
            }
            publication.Status = PublicationStatus.Cancelled;
            publication.FailReason = "Cancelled by the owner.";
            publication.FailCode = "CANCELLED";
            publication.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            core.AddEvent(publication, projectId, PublicationStatus.Scheduled, publication.FailReason);
            await PublicationTransaction.UpdateEpisodeStatusAsync(db, publication.EpisodeId, ct);
            return true;
        }, ct);
        return MutationPayload.Ok(publication);
    }

    public async Task<MutationPayload> RetryAsync(string? publicationId, DateTime? scheduledTime, CancellationToken ct)
    {
        owner.RequireOwner();
        if (await FindAsync(publicationId, ct) is not { } publication) return MutationPayload.Fail(NotFoundError.For("PublicationRecord", publicationId));
        if (publication.Status is not (PublicationStatus.Failed or PublicationStatus.Cancelled))
            return MutationPayload.Fail(Invalid(publication, "retried", PublicationStatus.Failed, PublicationStatus.Cancelled));
        var now = clock.GetUtcNow().UtcDateTime;
        if (scheduledTime is { } at && at < now - Skew)
            return MutationPayload.Fail(new ValidationError("The scheduled time is in the past.", "input.scheduledTime", "IN_THE_PAST"));
        if (await AuthorizationErrorAsync(publication, ct) is { } unauthorized) return MutationPayload.Fail(unauthorized);
        var projectId = await ProjectOfAsync(publication, ct);
        var previous = publication.Status;
        var job = await PublicationTransaction.RunAsync(db, core, signal, async () =>
        {
            publication.Status = PublicationStatus.Scheduled;
            publication.ScheduledTime = scheduledTime;
            publication.FailReason = null;
            publication.FailCode = null;
            publication.UploadJobId = null;
            publication.UpdatedAt = now;
            var made = publication.RequiresApproval && publication.ApprovedAt is null ? null : await jobs.EnqueueAsync(publication, projectId, null, ct);
            core.AddEvent(publication, projectId, previous, "retry");
            await PublicationTransaction.UpdateEpisodeStatusAsync(db, publication.EpisodeId, ct);
            return made;
        }, ct);
        return MutationPayload.Ok(new PublicationJobResult(publication, job));
    }

    public async Task<MutationPayload> ApproveAsync(string? publicationId, CancellationToken ct)
    {
        owner.RequireOwner();
        if (await FindAsync(publicationId, ct) is not { } publication) return MutationPayload.Fail(NotFoundError.For("PublicationRecord", publicationId));
        if (publication.Status != PublicationStatus.Scheduled || !publication.RequiresApproval)
            return MutationPayload.Fail(new InvalidStateError(
                publication.RequiresApproval ? $"A {PublicationTransaction.Name(publication.Status)} publication cannot be approved." : "The publication does not require approval.",
                PublicationTransaction.Name(publication.Status), ["SCHEDULED"]));
        if (publication.ApprovedAt is not null)
            return MutationPayload.Ok(new PublicationJobResult(publication, await JobAsync(publication.UploadJobId, ct)));
        if (await AuthorizationErrorAsync(publication, ct) is { } unauthorized) return MutationPayload.Fail(unauthorized);
        var projectId = await ProjectOfAsync(publication, ct);
        var job = await PublicationTransaction.RunAsync(db, core, signal, async () =>
        {
            publication.ApprovedAt = clock.GetUtcNow().UtcDateTime;
            publication.UpdatedAt = publication.ApprovedAt;
            var made = await jobs.EnqueueAsync(publication, projectId, null, ct);
            core.AddEvent(publication, projectId, PublicationStatus.Scheduled, "approved");
            return made;
        }, ct);
        return MutationPayload.Ok(new PublicationJobResult(publication, job));
    }

    private async Task<PublicationRecord?> FindAsync(string? globalId, CancellationToken ct) =>
        GlobalId.TryDecode(globalId, out var type, out var id) && type == "PublicationRecord"
            ? await db.Publications.FirstOrDefaultAsync(p => p.Id == id, ct)
            : null;

    private async Task<Guid> ProjectOfAsync(PublicationRecord publication, CancellationToken ct) =>
        await db.Episodes.AsNoTracking().Where(e => e.Id == publication.EpisodeId).Select(e => e.ProjectId).FirstAsync(ct);

    private async Task<Job?> JobAsync(Guid? id, CancellationToken ct) =>
        id is null ? null : await core.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, ct);

    private async Task<PlatformAuthorizationError?> AuthorizationErrorAsync(PublicationRecord publication, CancellationToken ct)
    {
        var account = await db.PlatformAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == publication.PlatformAccountId, ct);
        if (account is { ConnectionStatus: PlatformConnectionStatus.Connected }) return null;
        return new PlatformAuthorizationError(
            account is null ? "The platform account was removed." : $"The {account.Platform} account '{account.Name}' is {account.ConnectionStatus.ToString().ToUpperInvariant()}; connect it again.",
            publication.Platform.ToUpperInvariant(), AccountErrorCodes.AccountNotConnected, GlobalId.Encode("PlatformAccount", publication.PlatformAccountId));
    }

    private static InvalidStateError Invalid(PublicationRecord publication, string verb, params PublicationStatus[] allowed) =>
        new($"A {PublicationTransaction.Name(publication.Status)} publication cannot be {verb}.", PublicationTransaction.Name(publication.Status),
            [.. allowed.Select(PublicationTransaction.Name)]);
}
