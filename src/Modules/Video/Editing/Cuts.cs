using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Editing.FilterText;

namespace MediaCreator.Modules.Video.Editing;

/// <summary>An xfade transition name and its length.</summary>
internal sealed record Transition(string Style, double Seconds);

/// <summary>
/// Frame-accurate cutting: keep ranges snap to frame boundaries, each becomes trim/atrim of the same times (so sound
/// and picture stay together), and the pieces are joined by concat, or by xfade/acrossfade when a transition is asked.
/// </summary>
internal static class Cuts
{
    /// <summary>Keeps <paramref name="keep"/> of the current timeline and joins the pieces.</summary>
    public static void Keep(EditGraph g, IReadOnlyList<TimeRange> keep, Transition? transition)
    {
        var frames = Snap(keep, g.Fps, g.Duration);
        if (frames.Count == 0) throw new VideoProcessingException("INVALID_INPUT", "The cut would leave nothing of the video.");
        var total = (int)Math.Round(g.Duration * g.Fps);
        if (frames.Count == 1 && frames[0].Start == 0 && frames[0].End >= total) return;
        var (videos, audios) = g.Split(frames.Count);
        var segments = new List<Segment>();
        for (var i = 0; i < frames.Count; i++)
        {
            var (first, end) = frames[i];
            // Video frames sit at k/fps: half-frame bounds pick exactly frames first..end-1, immune to rounding.
            var v = g.Label("k");
            g.AddVideo($"[{videos[i]}]trim=start={N(Math.Max(0, (first - 0.5) / g.Fps))}:end={N((end - 0.5) / g.Fps)},setpts=PTS-STARTPTS[{v}]");
            string? a = null;
            if (audios[i] is { } audio)
            {
                a = g.Label("k");
                g.AddAudio($"[{audio}]atrim=start={N(first / g.Fps)}:end={N(end / g.Fps)},asetpts=PTS-STARTPTS[{a}]");
            }
            segments.Add(new Segment(v, a, (end - first) / g.Fps));
        }
        Join(g, segments, transition);
    }

    /// <summary>Joins <paramref name="segments"/> (same frame size and rate) into the graph's current streams.</summary>
    public static void Join(EditGraph g, IReadOnlyList<Segment> segments, Transition? transition)
    {
        g.Modified = true;
        var seconds = transition is null ? 0 : Math.Min(transition.Seconds, segments.Min(s => s.Duration) / 2.5);
        if (segments.Count == 1 || seconds < 1 / g.Fps)
        {
            Concat(g, segments);
            return;
        }
        string video = "", audio = "";
        var length = 0.0;
        for (var i = 0; i < segments.Count; i++)
        {
            var v = g.Label("x");
            // xfade wants identical time bases and frame rates (29.97 as 30000/1001 and as 2997/100 differ).
            g.AddVideo($"[{segments[i].Video}]settb=AVTB,fps={N(g.Fps)}[{v}]");
            var a = segments[i].Audio;
            if (i == 0)
            {
                (video, audio, length) = (v, a ?? "", segments[0].Duration);
                continue;
            }
            var joined = g.Label("x");
            g.AddVideo($"[{video}][{v}]xfade=transition={transition!.Style}:duration={N(seconds)}:offset={N(length - seconds)}[{joined}]");
            video = joined;
            if (a is not null)
            {
                var mixed = g.Label("x");
                g.AddAudio($"[{audio}][{a}]acrossfade=d={N(seconds)}:c1=tri:c2=tri[{mixed}]");
                audio = mixed;
            }
            length += segments[i].Duration - seconds;
        }
        g.Video = video;
        if (g.Audio is not null || segments[0].Audio is not null) g.Audio = audio;
        g.Duration = length;
    }

    private static void Concat(EditGraph g, IReadOnlyList<Segment> segments)
    {
        g.Duration = segments.Sum(s => s.Duration);
        if (segments.Count == 1)
        {
            g.Video = segments[0].Video;
            g.Audio = segments[0].Audio;
            return;
        }
        g.Video = g.Label("j");
        g.AddVideo($"{string.Concat(segments.Select(s => $"[{s.Video}]"))}concat=n={segments.Count}:v=1:a=0[{g.Video}]");
        if (segments[0].Audio is null) return;
        g.Audio = g.Label("j");
        g.AddAudio($"{string.Concat(segments.Select(s => $"[{s.Audio}]"))}concat=n={segments.Count}:v=0:a=1[{g.Audio}]");
    }

    /// <summary>Ranges as frame index spans [start, end), merged, clamped to the timeline, empty ones dropped.</summary>
    internal static List<(int Start, int End)> Snap(IReadOnlyList<TimeRange> ranges, double fps, double duration)
    {
        var total = (int)Math.Round(duration * fps);
        var spans = ranges
            .Select(r => (Start: Math.Clamp((int)Math.Round(r.Start * fps), 0, total), End: Math.Clamp((int)Math.Round(r.End * fps), 0, total)))
            .Where(s => s.End > s.Start).OrderBy(s => s.Start).ToList();
        var merged = new List<(int Start, int End)>();
        foreach (var s in spans)
        {
            if (merged.Count > 0 && s.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, s.End));
            else merged.Add(s);
        }
        return merged;
    }
}
