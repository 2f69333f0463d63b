namespace MediaCreator.Modules.Video.Results;

/// <summary>
/// A timeline (table <c>timelines</c>): the editor's document of tracks, clips, transitions, text and audio, stored
/// as JSON with a revision that every edit increments (edits name the revision they start from).
/// </summary>
public sealed class TimelineRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid ProjectId { get; set; }

    public string Name { get; set; } = "Timeline";

    public int Revision { get; set; }

    public string DocumentJson { get; set; } = "{}";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>The transcript and subtitle files of a <c>video.subtitle</c> job (table <c>subtitle_results</c>).</summary>
public sealed class SubtitleRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public Guid ProjectId { get; set; }

    /// <summary>The video (or audio) that was subtitled.</summary>
    public Guid SourceAssetId { get; set; }

    public Guid JobId { get; set; }

    /// <summary>BCP 47 language of the transcript.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Where the words came from: <c>pocketsphinx</c>, <c>openai</c>, <c>narration</c>, <c>srt</c>...</summary>
    public string Source { get; set; } = "";

    public string Transcript { get; set; } = "";

    /// <summary>Segments with word timings (JSON).</summary>
    public string SegmentsJson { get; set; } = "[]";

    /// <summary>Subtitle file asset ids, in output order (JSON array).</summary>
    public string SubtitleAssetIdsJson { get; set; } = "[]";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
