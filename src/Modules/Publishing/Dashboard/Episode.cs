using MediaCreator.Modules.Core;

namespace MediaCreator.Modules.Publishing.Dashboard;

public enum EpisodeStatus
{
    Draft, Ready, Publishing, Published,
}

/// <summary>A publishable piece of content built from a project's asset (table <c>episodes</c>).</summary>
public sealed class Episode : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid SeriesId { get; set; }

    public Series? Series { get; set; }

    public Guid ProjectId { get; set; }

    public Guid? PrimaryAssetId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public EpisodeStatus Status { get; set; } = EpisodeStatus.Draft;

    /// <summary>Free-form JSON object; the workflow writes <c>contentType</c>, <c>tags</c>, idea and version here.</summary>
    public string? MetadataJson { get; set; }

    /// <summary>The workflow run that produced the episode; unique, so a run makes at most one episode.</summary>
    public Guid? WorkflowRunId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? UpdatedAt { get; set; }
}
