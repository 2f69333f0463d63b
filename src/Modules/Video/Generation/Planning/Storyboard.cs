using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Generation.Planning;

/// <summary>What to plan: a prompt (a sentence or two) or a full script, the length, frame and look.</summary>
/// <param name="Language">BCP 47 tag of the text; it sets the reading pace (Thai counts syllables, not words).</param>
/// <param name="Style">Free text such as <c>cinematic</c>, <c>calm</c>, <c>energetic</c>: sets motion, transitions and visual wording.</param>
public sealed record StoryboardRequest(string? Prompt, string? Script, double DurationSeconds, AspectRatio Aspect,
    string? Style = null, string Language = "en");

/// <summary>How the camera moves over a still: the direction and how far (0..0.5 of the frame).</summary>
public enum MotionKind { None, ZoomIn, ZoomOut, PanLeft, PanRight, PanUp, PanDown }

/// <summary>A Ken Burns move; <see cref="Amount"/> is the extra zoom (or pan travel) as a fraction of the frame.</summary>
public sealed record SceneMotion(MotionKind Kind, double Amount);

/// <summary>
/// One scene: its place on the timeline, the narration/caption it carries (null for a visual-only scene), the prompt
/// for its image, the camera move and the transition into it (<c>cut</c> or an ffmpeg xfade name).
/// </summary>
public sealed record StoryboardScene(int Index, double Start, double Duration, string? Text, string VisualPrompt,
    SceneMotion Motion, string Transition, double TransitionSeconds)
{
    public double End => Start + Duration;
}

/// <summary>A planned video: scenes back to back from 0 to <see cref="DurationSeconds"/>.</summary>
/// <param name="Notes">What the planner had to decide for the user (text dropped to fit the length...).</param>
public sealed record Storyboard(string Title, string Language, double DurationSeconds, AspectRatio Aspect,
    IReadOnlyList<StoryboardScene> Scenes, IReadOnlyList<string> Notes)
{
    /// <summary>The narration phrases in scene order (scenes with text only).</summary>
    public IReadOnlyList<string> NarrationPhrases => Scenes.Where(s => s.Text is not null).Select(s => s.Text!).ToList();
}
