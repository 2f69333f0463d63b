using System.Text.Json;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Storage;
using MediaCreator.Modules.Publishing.Accounts;
using MediaCreator.Modules.Publishing.Checks;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MediaCreator.Modules.Publishing.Engine;

/// <summary>
/// <c>publishing.upload</c>: posts one publication. Never posts twice: a PUBLISHED row, a row whose current job is
/// another one, or a cancelled row is left alone, and a row that already holds the platform's post id (the platform
/// accepted, then we crashed before finishing) is finalized without uploading again. The publication's idempotency key
/// goes to the platform with the post. Scheduled posts are held by the job's <c>runAfter</c> (our scheduler, not the
/// platform's), so they can be cancelled or re-timed until they fire, and fire once after restarts.
/// </summary>
internal sealed class PublishUploadHandler(
    PublishingDbContext db, CoreDbContext core, OutboxSignal signal, IPlatformConnectionFactory connections, PrePublishChecker checker,
    IAssetStorage storage, TimeProvider clock, ILogger<PublishUploadHandler> logger) : JobHandler<PublishUploadInput, PublishUploadOutput>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected override async Task<PublishUploadOutput> HandleAsync(PublishUploadInput input, JobContext context, CancellationToken ct)
    {
        var job = context.Job;
        var publication = await db.Publications.FirstOrDefaultAsync(p => p.Id == input.PublicationId, ct)
            ?? throw new JobFailedException("NOT_FOUND", $"Publication {input.PublicationId} does not exist.", retryable: false);
        if (publication.Status is PublicationStatus.Published or PublicationStatus.Cancelled || publication.UploadJobId != job.Id)
            return Output(publication);
        if (publication.RequiresApproval && publication.ApprovedAt is null)
            throw new JobFailedException("APPROVAL_REQUIRED", "The publication waits for approval.", retryable: false);
        if (publication.ExternalPostId is not null)
        {
            await PublishedAsync(publication, job, null, ct);
            return Output(publication);
        }
        try
        {
            await UploadAsync(publication, context, ct);
            return Output(publication);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            if (await core.Jobs.AsNoTracking().AnyAsync(j => j.Id == job.Id && j.Status == JobStatus.Cancelled, CancellationToken.None))
                await EndAsync(publication, job, PublicationStatus.Cancelled, "The upload job was cancelled.", "CANCELLED", CancellationToken.None);
            throw;
        }
        catch (PublishingException e)
        {
            throw await FailedAsync(publication, job, e.Code, e.Message, e.Retryable, e.RetryAfter, ct);
        }
        catch (JobFailedException e)
        {
            throw await FailedAsync(publication, job, e.Code, e.Message, e.Retryable, null, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Publishing {PublicationId} threw", publication.Id);
            throw await FailedAsync(publication, job, "HANDLER_ERROR", e.Message, retryable: true, null, ct);
        }
    }

    private async Task UploadAsync(PublicationRecord publication, JobContext context, CancellationToken ct)
    {
        var job = context.Job;
        var previous = publication.Status;
        publication.Status = PublicationStatus.Uploading;
        publication.FailReason = null;
        publication.FailCode = null;
        publication.UploadStateJson = JsonSerializer.Serialize(new { jobId = job.Id, attempt = job.Attempt, startedAt = clock.GetUtcNow() }, Json);
        publication.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        if (previous != PublicationStatus.Uploading) core.AddEvent(publication, job.ProjectId, previous, $"uploading (attempt {job.Attempt})");
        await PublicationTransaction.SaveAsync(db, core, signal, ct);

        var account = await db.PlatformAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == publication.PlatformAccountId, ct)
            ?? throw new PublishingException(PublishingErrorCodes.AuthExpired, "The platform account was removed.");
        if (account.ConnectionStatus != PlatformConnectionStatus.Connected)
            throw new PublishingException(PublishingErrorCodes.AuthExpired,
                $"The {account.Platform} account '{account.Name}' is {account.ConnectionStatus.ToString().ToUpperInvariant()}: {account.ConnectionError ?? "connect it again"}.");
        var asset = await core.Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == publication.AssetId, ct)
            ?? throw new JobFailedException("ASSET_MISSING", "The publication's asset no longer exists.", retryable: false);
        var episode = await db.Episodes.AsNoTracking().FirstAsync(e => e.Id == publication.EpisodeId, ct);
        var details = PublicationDetails.Read(publication.DetailsJson, episode.Title);

        var folder = PublicationMediaFolder.Create(publication.Id);
        try
        {
            var path = await MaterializeAsync(asset, publication, folder, ct)
                ?? throw new JobFailedException("ASSET_MISSING", "The asset's content is missing from storage.", retryable: false);
            var media = PublicationMedia.File(asset, path);
            var post = PublicationMedia.Post(details);
            // Checked again: the account, the asset or the platform's rules may have changed since the plan.
            var errors = checker.Check(publication.Platform, media, post, PublicationMedia.Context(details))
                .Where(p => p.Severity == PublishProblemSeverity.Error).ToList();
            if (errors.Count > 0)
                throw new JobFailedException("CHECK_FAILED", string.Join("; ", errors.Select(p => $"{p.Code}: {p.Message}")), retryable: false);
            var publisher = connections.PublisherFor(publication.Platform);
            var request = new PublishRequest(connections.Connect(account), media, post, publication.IdempotencyKey.ToString());
            var progress = new JobProgressSink(context, ct, logger);
            var result = await publisher.UploadAsync(request, progress, ct);
            await progress.DrainAsync();
            // The post exists now: keep its id at once, so a crash from here on finalizes instead of posting again.
            publication.ExternalPostId = result.ExternalPostId;
            await db.Publications.Where(p => p.Id == publication.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ExternalPostId, result.ExternalPostId).SetProperty(p => p.PostUrl, result.Url), CancellationToken.None);
            await PublishedAsync(publication, job, result, CancellationToken.None);
        }
        finally
        {
            PublicationMediaFolder.Delete(folder);
        }
    }

    /// <summary>
    /// A local file of the asset. RSS items get their own copy in the publication's folder, which the feed media URL
    /// resolver recognizes (the feed serves the bytes from storage later); other platforms read storage's file directly.
    /// </summary>
    private async Task<string?> MaterializeAsync(Core.Assets.Asset asset, PublicationRecord publication, string folder, CancellationToken ct)
    {
        if (publication.Platform != Feeds.RssFeedPublisher.PlatformKey) return await storage.GetLocalFileAsync(asset.Path, folder, ct);
        await using var source = await storage.OpenReadAsync(asset.Path, ct: ct);
        if (source is null) return null;
        var path = PublicationMediaFolder.MediaPath(folder, publication.Id, asset.MimeType);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await source.CopyToAsync(target, ct);
        return path;
    }

    private async Task PublishedAsync(PublicationRecord publication, Job job, PublishResult? result, CancellationToken ct)
    {
        var previous = publication.Status;
        var now = clock.GetUtcNow();
        publication.Status = PublicationStatus.Published;
        if (result is not null)
        {
            publication.PostUrl = result.Url;
            publication.PublishedTime = (result.PublishedTime ?? now).UtcDateTime;
            publication.UploadStateJson = JsonSerializer.Serialize(new { jobId = job.Id, attempt = job.Attempt, platformStatus = result.Status, completedAt = now }, Json);
        }
        publication.PublishedTime ??= now.UtcDateTime;
        publication.FailReason = null;
        publication.FailCode = null;
        publication.UpdatedAt = now.UtcDateTime;
        core.AddEvent(publication, job.ProjectId, previous, result?.Url);
        await PublicationTransaction.UpdateEpisodeStatusAsync(db, publication.EpisodeId, ct);
        await PublicationTransaction.SaveAsync(db, core, signal, ct);
    }

    /// <summary>
    /// Records a failed attempt. Retryable failures before the last attempt leave the publication UPLOADING and hand the
    /// job back for a retry (not before the platform's Retry-After); the rest end it FAILED with the reason and code.
    /// </summary>
    private async Task<JobFailedException> FailedAsync(PublicationRecord publication, Job job, string code, string message, bool retryable,
        TimeSpan? retryAfter, CancellationToken ct)
    {
        if (retryable && job.Attempt < job.MaxAttempts)
        {
            if (retryAfter is { } wait && wait > TimeSpan.Zero)
            {
                var notBefore = clock.GetUtcNow().UtcDateTime + wait;
                await core.Jobs.Where(j => j.Id == job.Id).ExecuteUpdateAsync(s => s.SetProperty(j => j.RunAfter, notBefore), CancellationToken.None);
            }
            logger.LogWarning("Publishing {PublicationId} attempt {Attempt} failed ({Code}); retrying", publication.Id, job.Attempt, code);
            return new JobFailedException(code, message, retryable: true, publication.Platform);
        }
        await EndAsync(publication, job, PublicationStatus.Failed, message, code, CancellationToken.None);
        return new JobFailedException(code, message, retryable: false, publication.Platform);
    }

    private async Task EndAsync(PublicationRecord publication, Job job, PublicationStatus status, string reason, string code, CancellationToken ct)
    {
        var previous = publication.Status;
        publication.Status = status;
        publication.FailReason = reason.Length <= 2000 ? reason : reason[..2000];
        publication.FailCode = code;
        publication.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        core.AddEvent(publication, job.ProjectId, previous, publication.FailReason);
        await PublicationTransaction.UpdateEpisodeStatusAsync(db, publication.EpisodeId, ct);
        await PublicationTransaction.SaveAsync(db, core, signal, ct);
    }

    private static PublishUploadOutput Output(PublicationRecord p) =>
        new(p.Id, PublicationTransaction.Name(p.Status), p.ExternalPostId, p.PostUrl);
}
