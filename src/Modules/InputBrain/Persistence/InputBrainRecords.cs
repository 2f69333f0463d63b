namespace MediaCreator.Modules.InputBrain.Persistence;

public enum ContentIdeaStatus { Draft, Selected, ConvertedToWorkflow }

/// <summary>A prompt-based content idea (table <c>content_ideas</c>); its versions are the AI suggestions.</summary>
public sealed class ContentIdeaRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid ProjectId { get; set; }
    /// <summary>"image", "video", "music" or "mixed".</summary>
    public required string Type { get; set; }
    public required string Prompt { get; set; }
    /// <summary><see cref="IdeaOptionsData"/> as JSON (<c>options</c>).</summary>
    public string OptionsJson { get; set; } = "{}";
    /// <summary>The versions' plans as a JSON array (<c>ai_suggestions</c>), best first.</summary>
    public string SuggestionsJson { get; set; } = "[]";
    /// <summary>"llm" or "template": who wrote the suggestions.</summary>
    public string SuggestionSource { get; set; } = "template";
    public int? SelectedVersion { get; set; }
    public ContentIdeaStatus Status { get; set; } = ContentIdeaStatus.Draft;
    public List<Guid> ReferenceAssetIds { get; set; } = [];
    public Guid? SourceRecommendationId { get; set; }
    public Guid? IdempotencyKey { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>A preview variant of an idea (table <c>idea_versions</c>).</summary>
public sealed class IdeaVersionRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid IdeaId { get; set; }
    public int VersionIndex { get; set; }
    public required string Title { get; set; }
    public required string Prompt { get; set; }
    /// <summary>The <c>image.generate</c> job making the preview; its first output is the preview asset.</summary>
    public Guid? PreviewJobId { get; set; }
    /// <summary>The whole version plan (hook, outline, style, mood, hashtags, format, score and reasons) as JSON.</summary>
    public string MetadataJson { get; set; } = "{}";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>Planned steps derived from an idea, editable before start (table <c>workflow_drafts</c>).</summary>
public sealed class WorkflowDraftRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid IdeaId { get; set; }
    public Guid ProjectId { get; set; }
    /// <summary>The steps (<c>WorkflowStepSpec</c>s) as JSON.</summary>
    public string StepsJson { get; set; } = "[]";
    /// <summary>Free-form metadata (the client's, plus the planner's notes).</summary>
    public string? MetadataJson { get; set; }
    /// <summary>The episode the run should make and its primary step (<c>WorkflowRunOutcome</c> JSON).</summary>
    public string? OutcomeJson { get; set; }
    public int Revision { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>Options of an idea (<c>options</c>).</summary>
public sealed record IdeaOptionsData
{
    public string? Style { get; init; }
    /// <summary>"16:9", "9:16", ...</summary>
    public string? AspectRatio { get; init; }
    public double? DurationSeconds { get; init; }
    public string Language { get; init; } = "en";
    /// <summary>Lower case: youtube, tiktok, facebook, rss_feed.</summary>
    public List<string> TargetPlatforms { get; init; } = [];
    public int VersionCount { get; init; } = 3;
    public string? Audience { get; init; }
    public string? Tone { get; init; }
    public string? CustomJson { get; init; }
}
