using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Planning;

namespace MediaCreator.Modules.Video.Generation.Rendering;

/// <summary>
/// One scene's clip on the output frame grid. A transition is centred on the planned cut: the outgoing clip runs half
/// the transition past the cut and the incoming one starts half before it, so scene changes land on the plan's times.
/// </summary>
/// <param name="FirstFrame">Output frame where the clip begins (inside the previous transition).</param>
/// <param name="TransitionFrames">Frames of the transition into this clip; 0 is a hard cut.</param>
internal sealed record SceneClip(int Scene, int FirstFrame, int Frames, string Transition, int TransitionFrames);

internal static class SceneTimeline
{
    /// <summary>ffmpeg xfade transitions we pass through; other names fall back to <c>fade</c>.</summary>
    private static readonly HashSet<string> XfadeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fade", "fadeblack", "fadewhite", "dissolve", "wipeleft", "wiperight", "wipeup", "wipedown", "slideleft", "slideright",
        "slideup", "slidedown", "smoothleft", "smoothright", "smoothup", "smoothdown", "circleopen", "circleclose", "circlecrop",
        "rectcrop", "distance", "radial", "pixelize", "zoomin", "hblur", "fadegrays", "squeezeh", "squeezev",
    };

    public static IReadOnlyList<SceneClip> Build(Storyboard storyboard, double fps, out int totalFrames)
    {
        var scenes = storyboard.Scenes;
        if (scenes.Count == 0) throw new VideoProcessingException("INVALID_INPUT", "The storyboard has no scenes.");
        totalFrames = (int)Math.Round(storyboard.DurationSeconds * fps);
        var cuts = new int[scenes.Count + 1];
        for (var i = 1; i < scenes.Count; i++) cuts[i] = (int)Math.Round(scenes[i].Start * fps);
        cuts[^1] = totalFrames;
        for (var i = 0; i < scenes.Count; i++)
            if (cuts[i + 1] - cuts[i] < 1)
                throw new VideoProcessingException("INVALID_INPUT", $"Scene {i + 1} is shorter than one frame at {fps} fps.");

        var transition = new int[scenes.Count + 1];
        var names = new string[scenes.Count];
        for (var i = 1; i < scenes.Count; i++)
        {
            var name = scenes[i].Transition;
            var frames = (int)Math.Round(scenes[i].TransitionSeconds * fps);
            frames = Math.Min(frames, Math.Min(cuts[i] - cuts[i - 1], cuts[i + 1] - cuts[i]));
            var hard = name is "none" or "cut" || frames < 2;
            names[i] = hard ? "cut" : XfadeNames.Contains(name) ? name.ToLowerInvariant() : "fade";
            transition[i] = hard ? 0 : frames;
        }
        names[0] = "none";

        var clips = new List<SceneClip>(scenes.Count);
        for (var i = 0; i < scenes.Count; i++)
        {
            var before = transition[i] / 2;
            var after = transition[i + 1] - transition[i + 1] / 2;
            var first = cuts[i] - before;
            clips.Add(new SceneClip(i, first, cuts[i + 1] + after - first, names[i], transition[i]));
        }
        return clips;
    }
}
