using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Outbox;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Publishing.GraphQL;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>
/// <c>updateEpisode</c>: clients move an episode between DRAFT and READY only; PUBLISHING and PUBLISHED belong to the
/// publishing engine. Becoming READY writes EPISODE_READY to Core's outbox in the same transaction as the change.
/// </summary>
internal sealed class UpdateEpisodeHandler(PublishingDbContext db, CoreDbContext core, OwnerContext owner, OutboxSignal signal)
{
    private static readonly EpisodeStatus[] ClientStatuses = [EpisodeStatus.Draft, EpisodeStatus.Ready];

    public async Task<MutationPayload> HandleAsync(Dictionary<string, object?> input, CancellationToken ct)
    {
        owner.RequireOwner();
        var episodeId = InputRules.Decode("Episode", input["episodeId"]);
        if (episodeId is null || await db.Episodes.FirstOrDefaultAsync(e => e.Id == episodeId, ct) is not { } episode)
            return MutationPayload.Fail(NotFoundError.For("Episode", input["episodeId"] as string));
        if (input.GetValueOrDefault("status") is EpisodeStatus status && status != episode.Status
            && (!ClientStatuses.Contains(status) || !ClientStatuses.Contains(episode.Status)))
        {
            return MutationPayload.Fail(new InvalidStateError(
                $"An episode cannot move from {Names.Of(episode.Status)} to {Names.Of(status)}; PUBLISHING and PUBLISHED are set by the publishing engine.",
                Names.Of(episode.Status), ClientStatuses.Contains(episode.Status) ? ClientStatuses.Select(Names.Of).ToList() : []));
        }
        if (input.TryGetValue("title", out var title) && title is not null)
        {
            if (InputRules.Name(title as string, "input.title", 500) is { } invalid) return MutationPayload.Fail(invalid);
            episode.Title = ((string)title).Trim();
        }
        if (input.TryGetValue("description", out var description)) episode.Description = description as string;
        if (input.GetValueOrDefault("primaryAssetId") is string assetGlobalId)
        {
            if (await AssetReferences.FindAsync(core, assetGlobalId, ct) is not { } asset)
                return MutationPayload.Fail(NotFoundError.For("Asset", assetGlobalId));
            if (InputRules.Publishable(asset) is { } unsupported) return MutationPayload.Fail(unsupported);
            episode.PrimaryAssetId = asset.Id;
        }
        var (metadata, badMetadata) = InputRules.Metadata(input);
        if (badMetadata is not null) return MutationPayload.Fail(badMetadata);
        episode.MetadataJson = EpisodeMetadata.Merge(episode.MetadataJson, metadata);
        var becameReady = input.GetValueOrDefault("status") is EpisodeStatus.Ready && episode.Status != EpisodeStatus.Ready;
        if (input.GetValueOrDefault("status") is EpisodeStatus newStatus) episode.Status = newStatus;
        episode.UpdatedAt = DateTime.UtcNow;
        if (!becameReady)
        {
            await db.SaveChangesAsync(ct);
            return MutationPayload.Ok(episode);
        }
        await SaveWithEventAsync(new EpisodeEvent(episode.OwnerId, episode.ProjectId, episode.Id, episode.WorkflowRunId), ct);
        return MutationPayload.Ok(episode);
    }

    /// <summary>Both contexts share Core's connection and one transaction: the change and its event commit together.</summary>
    private async Task SaveWithEventAsync(EpisodeEvent domainEvent, CancellationToken ct)
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

    private static class Names
    {
        public static string Of(EpisodeStatus status) => status.ToString().ToUpperInvariant();
    }
}
