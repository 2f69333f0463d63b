using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Workflows;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.Workflows;

/// <summary>
/// Writes the episode a workflow run produced. Runs without a request, so every read ignores the owner filter and
/// checks <see cref="EpisodeDraft.OwnerId"/> itself.
/// </summary>
internal sealed class EpisodeWriter(PublishingDbContext db, CoreDbContext core) : IEpisodeWriter
{
    public async Task<Guid> UpsertReadyAsync(EpisodeDraft draft, CancellationToken ct)
    {
        if (!await core.Projects.IgnoreQueryFilters().AnyAsync(p => p.Id == draft.ProjectId && p.OwnerId == draft.OwnerId, ct))
            throw new InvalidOperationException($"Project {draft.ProjectId} does not belong to owner {draft.OwnerId}.");
        if (await FindAsync(draft, ct) is { } existing) return await UpdateAsync(existing, draft, ct);
        var seriesId = draft.SeriesId is { } given
            ? await db.Series.IgnoreQueryFilters().AnyAsync(s => s.Id == given && s.OwnerId == draft.OwnerId, ct)
                ? given : throw new InvalidOperationException($"Series {given} does not belong to owner {draft.OwnerId}.")
            : await DefaultSeries.EnsureAsync(db, draft.OwnerId, ct);
        var episode = new Episode
        {
            OwnerId = draft.OwnerId, ProjectId = draft.ProjectId, SeriesId = seriesId, WorkflowRunId = draft.WorkflowRunId,
            Title = draft.Title, Description = draft.Description, PrimaryAssetId = draft.PrimaryAssetId,
            Status = EpisodeStatus.Ready, MetadataJson = EpisodeMetadata.Merge(null, draft.MetadataJson),
        };
        db.Episodes.Add(episode);
        try
        {
            await db.SaveChangesAsync(ct);
            return episode.Id;
        }
        catch (DbUpdateException failure) when (draft.EpisodeId is null)
        {
            // Another call for the same run inserted first (unique workflow_run_id): update that one instead.
            db.Entry(episode).State = EntityState.Detached;
            var winner = await FindAsync(draft, ct) ?? throw new InvalidOperationException("The episode could not be stored.", failure);
            return await UpdateAsync(winner, draft, ct);
        }
    }

    private async Task<Episode?> FindAsync(EpisodeDraft draft, CancellationToken ct)
    {
        var episodes = db.Episodes.IgnoreQueryFilters().Where(e => e.OwnerId == draft.OwnerId);
        if (draft.EpisodeId is { } id)
            return await episodes.FirstOrDefaultAsync(e => e.Id == id, ct)
                ?? throw new InvalidOperationException($"Episode {id} does not belong to owner {draft.OwnerId}.");
        return await episodes.FirstOrDefaultAsync(e => e.WorkflowRunId == draft.WorkflowRunId, ct);
    }

    private async Task<Guid> UpdateAsync(Episode episode, EpisodeDraft draft, CancellationToken ct)
    {
        episode.Title = draft.Title;
        episode.Description = draft.Description ?? episode.Description;
        episode.PrimaryAssetId = draft.PrimaryAssetId ?? episode.PrimaryAssetId;
        episode.WorkflowRunId ??= draft.WorkflowRunId;
        episode.MetadataJson = EpisodeMetadata.Merge(episode.MetadataJson, draft.MetadataJson);
        // An episode already being published or published stays so; the run only refreshes its content.
        if (episode.Status is EpisodeStatus.Draft) episode.Status = EpisodeStatus.Ready;
        episode.UpdatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        return episode.Id;
    }
}
