namespace MediaCreator.Modules.InputBrain.Ideas;

/// <summary>
/// One distinct version of an idea: enough to show the creator, render a preview and draft a workflow.
/// <see cref="VisualStyle"/> is a style key of the Image module's <c>skia</c> provider and <see cref="MusicMood"/> a mood of
/// the Audio module's built-in composer (see <see cref="IdeaVocabulary"/>).
/// </summary>
/// <param name="Index">0-based position in the generator's answer (kept after ranking, so it identifies the version).</param>
/// <param name="Outline">Script beats or scene lines, in order.</param>
/// <param name="Hashtags">Each "#word", no spaces.</param>
/// <param name="PreviewPrompt">Prompt for a quick low-resolution preview image.</param>
/// <param name="Score">0..1; intrinsic quality from the generator, re-scored by <see cref="Trends.TrendRanker"/>.</param>
/// <param name="ScoreReasons">Human-readable explanations of the score with the figures behind them.</param>
/// <param name="Source">"llm" or "template".</param>
/// <param name="Tags">Angle, topic keywords and platform; also what the ranker matches against the owner's topics.</param>
public sealed record IdeaVersionPlan(
    int Index,
    string ContentType,
    string Title,
    string Hook,
    IReadOnlyList<string> Outline,
    string VisualStyle,
    string MusicMood,
    IReadOnlyList<string> Hashtags,
    TargetFormat Format,
    string PreviewPrompt,
    string Rationale,
    double Score,
    IReadOnlyList<string> ScoreReasons,
    string Source,
    IReadOnlyList<string> Tags);

/// <summary>Where and how a version is published.</summary>
/// <param name="DurationSeconds">Null for still images.</param>
public sealed record TargetFormat(string Platform, string AspectRatio, double? DurationSeconds);
