using MediaCreator.Modules.Publishing.Accounts;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Publishing.Checks;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Engine;

/// <summary>
/// <c>planPublication</c>: validates every target, runs the pre-publish check per target, then writes one SCHEDULED
/// publication and one <c>publishing.upload</c> job per target (scheduled ones with <c>runAfter</c>), the
/// PUBLICATION_SCHEDULED events and the episode's PUBLISHING status in one transaction. Any error makes nothing.
/// </summary>
internal sealed class PlanPublicationHandler(
    PublishingDbContext db, CoreDbContext core, OwnerContext owner, PublicationJobs jobs, PrePublishChecker checker, OutboxSignal signal,
    TimeProvider clock)
{
    /// <summary>How far in the past a scheduled time may be (clock skew between client and server).</summary>
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);

    public async Task<MutationPayload> HandleAsync(PlanPublicationCommand command, CancellationToken ct)
    {
        var ownerId = owner.RequireOwner();
        var episodeId = Decode("Episode", command.EpisodeId);
        var episode = episodeId is null ? null : await db.Episodes.AsNoTracking().FirstOrDefaultAsync(e => e.Id == episodeId, ct);
        if (episode is null) return MutationPayload.Fail(NotFoundError.For("Episode", command.EpisodeId));
        if (command.Targets.Count == 0)
            return MutationPayload.Fail(new ValidationError("Give at least one target.", "input.targets", "REQUIRED"));
        var keys = command.Targets.Select((t, i) => KeyFor(command.IdempotencyKey, t.PlatformAccountId, i)).ToList();
        if (command.IdempotencyKey is not null && await ExistingAsync(keys, ct) is { Publications.Count: > 0 } existing)
            return MutationPayload.Ok(existing);
        if (episode.Status == EpisodeStatus.Draft)
            return MutationPayload.Fail(new InvalidStateError("A DRAFT episode cannot be published; set it READY first.", "DRAFT", ["READY", "PUBLISHING", "PUBLISHED"]));

        var channelId = await db.Series.AsNoTracking().Where(s => s.Id == episode.SeriesId).Select(s => s.ChannelId).FirstAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new List<IMutationError>();
        var planned = new List<(PublicationRecord Publication, PlatformAccount Account)>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < command.Targets.Count; i++)
        {
            var target = command.Targets[i];
            var field = $"input.targets[{i}]";
            var (publication, account, targetErrors) = await ValidateAsync(episode, target, field, now, ct);
            if (account is not null && !seen.Add(account.Id))
                targetErrors.Add(new ValidationError("The same account is targeted twice.", field + ".platformAccountId", "DUPLICATE"));
            if (targetErrors.Count > 0)
            {
                errors.AddRange(targetErrors);
                continue;
            }
            publication!.OwnerId = ownerId;
            publication.ChannelId = channelId;
            publication.IdempotencyKey = keys[i];
            publication.RequiresApproval = command.RequiresApproval;
            planned.Add((publication, account!));
        }
        if (errors.Count > 0) return MutationPayload.Fail([.. errors]);

        try
        {
            var result = await PublicationTransaction.RunAsync(db, core, signal, async () =>
            {
                var made = new List<Job>();
                foreach (var (publication, _) in planned)
                {
                    db.Publications.Add(publication);
                    if (!publication.RequiresApproval) made.Add(await jobs.EnqueueAsync(publication, episode.ProjectId, publication.IdempotencyKey, ct));
                    core.AddEvent(publication, episode.ProjectId, null, publication.RequiresApproval ? "waiting for approval" : null);
                }
                await PublicationTransaction.UpdateEpisodeStatusAsync(db, episode.Id, ct);
                return new PlanPublicationResult([.. planned.Select(p => p.Publication)], made);
            }, ct);
            return MutationPayload.Ok(result);
        }
        catch (PublicationJobException e)
        {
            return MutationPayload.Fail([.. e.Errors]);
        }
        catch (DbUpdateException) when (command.IdempotencyKey is not null)
        {
            // The same plan committed concurrently (unique idempotency key): answer with what it made.
            db.ChangeTracker.Clear();
            core.ChangeTracker.Clear();
            return MutationPayload.Ok(await ExistingAsync(keys, ct));
        }
    }

    private async Task<(PublicationRecord?, PlatformAccount?, List<IMutationError>)> ValidateAsync(
        Episode episode, PlanTarget target, string field, DateTime now, CancellationToken ct)
    {
        var errors = new List<IMutationError>();
        var accountId = Decode("PlatformAccount", target.PlatformAccountId);
        var account = accountId is null ? null : await db.PlatformAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null) return (null, null, [NotFoundError.For("PlatformAccount", target.PlatformAccountId)]);
        if (account.ConnectionStatus != PlatformConnectionStatus.Connected)
            errors.Add(new PlatformAuthorizationError(
                $"The {account.Platform} account '{account.Name}' is {account.ConnectionStatus.ToString().ToUpperInvariant()}; connect it again.",
                account.Platform.ToUpperInvariant(), AccountErrorCodes.AccountNotConnected, target.PlatformAccountId));
        if (target.ScheduledTime is { } at && at < now - Skew)
            errors.Add(new ValidationError("The scheduled time is in the past.", field + ".scheduledTime", "IN_THE_PAST"));

        var assetGlobalId = target.AssetId ?? (episode.PrimaryAssetId is { } primary ? GlobalId.Encode("Asset", primary) : null);
        if (assetGlobalId is null)
            return (null, account, [.. errors, new ValidationError("The episode has no primary asset; give an assetId.", field + ".assetId", "REQUIRED")]);
        var asset = await AssetReferences.FindAsync(core, assetGlobalId, ct);
        if (asset is null) return (null, account, [.. errors, NotFoundError.For("Asset", assetGlobalId)]);
        if (!Fits(account.Platform, asset))
            return (null, account, [.. errors, new UnsupportedMediaError(
                $"A {account.Platform} post needs {(NeedsVideo(account.Platform) ? "a video" : "a video or audio file")}, not {asset.MimeType}.",
                assetGlobalId, asset.MimeType, NeedsVideo(account.Platform) ? ["video/*"] : ["video/*", "audio/*"])]);

        var (details, detailErrors) = await DetailsAsync(episode, target.Details, field + ".details", ct);
        errors.AddRange(detailErrors);
        if (details is null) return (null, account, errors);
        var warnings = new JsonArray();
        foreach (var problem in checker.Check(account.Platform, PublicationMedia.File(asset, asset.Path), PublicationMedia.Post(details),
                     PublicationMedia.Context(details)))
        {
            if (problem.Severity == PublishProblemSeverity.Warning)
                warnings.Add(new JsonObject { ["code"] = problem.Code, ["field"] = problem.Field, ["message"] = problem.Message });
            else if (problem.Field.StartsWith("media", StringComparison.Ordinal))
                errors.Add(new UnsupportedMediaError($"{problem.Code}: {problem.Message}", assetGlobalId, asset.MimeType, []));
            else
                errors.Add(new ValidationError(problem.Message, $"{field}.details.{problem.Field}", problem.Code));
        }
        if (errors.Count > 0) return (null, account, errors);
        var publication = new PublicationRecord
        {
            EpisodeId = episode.Id, PlatformAccountId = account.Id, Platform = account.Platform, Status = PublicationStatus.Scheduled,
            ScheduledTime = target.ScheduledTime, AssetId = asset.Id, DetailsJson = details.ToJson(),
            MetadataJson = warnings.Count > 0 ? new JsonObject { ["warnings"] = warnings }.ToJsonString() : null, CreatedAt = now,
        };
        return (publication, account, errors);
    }

    private async Task<(PublicationDetails?, List<IMutationError>)> DetailsAsync(Episode episode, PlanDetails? input, string field, CancellationToken ct)
    {
        var errors = new List<IMutationError>();
        JsonObject? options = null;
        if (input?.PlatformOptions is { ValueKind: not JsonValueKind.Null } raw)
        {
            options = JsonNode.Parse(raw.GetRawText()) as JsonObject;
            if (options is null) errors.Add(new ValidationError("platformOptions must be a JSON object.", field + ".platformOptions", "INVALID_FORMAT"));
        }
        Guid? thumbnail = null;
        if (input?.ThumbnailAssetId is { } thumbnailId)
        {
            var asset = await AssetReferences.FindAsync(core, thumbnailId, ct);
            if (asset is null) errors.Add(NotFoundError.For("Asset", thumbnailId));
            else if (asset.Type != AssetType.Image)
                errors.Add(new UnsupportedMediaError("A thumbnail must be an image.", thumbnailId, asset.MimeType, ["image/*"]));
            else thumbnail = asset.Id;
        }
        if (errors.Count > 0) return (null, errors);
        return (new PublicationDetails(
            input?.Title?.Trim() is { Length: > 0 } title ? title : episode.Title, input?.Description ?? episode.Description,
            input?.Tags ?? EpisodeTags(episode), input?.Visibility ?? PublicationVisibility.Public, thumbnail, options), errors);
    }

    private static IReadOnlyList<string> EpisodeTags(Episode episode)
    {
        if (episode.MetadataJson is null || JsonNode.Parse(episode.MetadataJson)?["tags"] is not JsonArray tags) return [];
        return [.. tags.OfType<JsonValue>().Select(t => t.TryGetValue<string>(out var s) ? s : null).OfType<string>()];
    }

    private async Task<PlanPublicationResult> ExistingAsync(List<Guid> keys, CancellationToken ct)
    {
        var publications = await db.Publications.AsNoTracking().Where(p => keys.Contains(p.IdempotencyKey)).OrderBy(p => p.CreatedAt).ToListAsync(ct);
        var jobIds = publications.Select(p => p.UploadJobId).OfType<Guid>().ToList();
        var made = await core.Jobs.AsNoTracking().Where(j => jobIds.Contains(j.Id)).OrderBy(j => j.CreatedAt).ToListAsync(ct);
        return new PlanPublicationResult(publications, made);
    }

    /// <summary>
    /// A publication's key: random without a plan key; with one, derived from it and the target, so the same plan
    /// again finds the same rows (and a platform receiving the key again recognizes the post).
    /// </summary>
    private static Guid KeyFor(Guid? planKey, string? accountGlobalId, int index)
    {
        if (planKey is not { } key) return Guid.NewGuid();
        var hash = SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{key:N}/{accountGlobalId ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static bool NeedsVideo(string platform) => platform is "youtube" or "tiktok" or "facebook";

    private static bool Fits(string platform, Asset asset) =>
        asset.Type == AssetType.Video || (asset.Type == AssetType.Audio && !NeedsVideo(platform));

    private static Guid? Decode(string typeName, string? globalId) =>
        GlobalId.TryDecode(globalId, out var type, out var id) && type == typeName ? id : null;
}
