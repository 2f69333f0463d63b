namespace MediaCreator.Modules.Core.Workflows;

/// <summary>
/// What a finished workflow run hands to Dashboard &amp; Publishing: the episode to create, or update when
/// <see cref="EpisodeId"/> is given or an episode of the same run exists already (a run finishing twice after a crash
/// still makes one episode).
/// </summary>
/// <param name="SeriesId">Series to put a new episode in; null = the owner's default series (created on first use).</param>
/// <param name="MetadataJson">JSON object merged into the episode's metadata (idea, version, run, content type, tags...).</param>
public sealed record EpisodeDraft(
    Guid OwnerId, Guid ProjectId, Guid WorkflowRunId, Guid? EpisodeId, Guid? SeriesId, string Title, string? Description,
    Guid? PrimaryAssetId, string? MetadataJson);

/// <summary>Creates or updates the episode a workflow run produced, with status READY. The caller emits EPISODE_READY.</summary>
public interface IEpisodeWriter
{
    /// <returns>The episode's id.</returns>
    Task<Guid> UpsertReadyAsync(EpisodeDraft draft, CancellationToken ct);
}
