namespace MediaCreator.Modules.Video.Generation.Planning;

/// <summary>Scene pacing of the built-in planner; bound from <c>Video:Storyboard</c>.</summary>
public sealed class StoryboardPlannerOptions
{
    public double MinSceneSeconds { get; set; } = 2;

    /// <summary>The length a scene aims for when there is little text (short prompts get about duration / this scenes).</summary>
    public double TargetSceneSeconds { get; set; } = 4;

    /// <summary>Longest a single piece of narration may read; longer sentences are split at clauses, then words.</summary>
    public double MaxSceneSeconds { get; set; } = 7;

    /// <summary>Share of the duration narration may fill; the rest is breathing room between phrases.</summary>
    public double SpeechShare { get; set; } = 0.85;
}
