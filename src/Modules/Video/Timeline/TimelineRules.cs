using static MediaCreator.Modules.Video.Timeline.TimelineErrorCodes;

namespace MediaCreator.Modules.Video.Timeline;

/// <summary>The invariants edits keep and validation checks: no overlap on a track, transitions between adjacent clips that fit.</summary>
internal static class TimelineRules
{
    public const double Epsilon = 1e-6;

    /// <summary>ffmpeg 5.1's xfade transitions (<c>custom</c> needs expressions, so it is not offered).</summary>
    public static readonly IReadOnlySet<string> TransitionTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "fade", "wipeleft", "wiperight", "wipeup", "wipedown", "slideleft", "slideright", "slideup", "slidedown", "circlecrop",
        "rectcrop", "distance", "fadeblack", "fadewhite", "radial", "smoothleft", "smoothright", "smoothup", "smoothdown",
        "circleopen", "circleclose", "vertopen", "vertclose", "horzopen", "horzclose", "dissolve", "pixelize", "diagtl",
        "diagtr", "diagbl", "diagbr", "hlslice", "hrslice", "vuslice", "vdslice", "hblur", "fadegrays", "wipetl", "wipetr",
        "wipebl", "wipebr", "squeezeh", "squeezev", "zoomin", "fadefast", "fadeslow",
    };

    public static bool Adjacent(TimelineClip a, TimelineClip b) => Math.Abs(a.End - b.Start) < 1e-3;

    public static TimelineError? FindOverlap(TimelineTrack track)
    {
        var clips = track.OrderedClips.ToList();
        for (var i = 1; i < clips.Count; i++)
            if (clips[i].Start < clips[i - 1].End - Epsilon)
                return new TimelineError(Overlap,
                    $"Clip {clips[i].Id} at {clips[i].Start:0.###}s overlaps clip {clips[i - 1].Id} (ends {clips[i - 1].End:0.###}s) on track '{track.Name}'.", "start");
        return null;
    }

    /// <summary>Removes transitions whose clips are gone or no longer meet (a move or removal breaks them).</summary>
    public static TimelineTrack DropStaleTransitions(TimelineTrack track)
    {
        var byId = track.Clips.ToDictionary(c => c.Id);
        var kept = track.Transitions
            .Where(t => byId.TryGetValue(t.FromClipId, out var a) && byId.TryGetValue(t.ToClipId, out var b) && Adjacent(a, b))
            .ToList();
        return kept.Count == track.Transitions.Count ? track : track with { Transitions = kept };
    }

    /// <summary>
    /// A transition is centred on its cut, so half of it lies in each clip: a clip's halves (in and out) must fit its duration.
    /// </summary>
    public static TimelineError? CheckTransitions(TimelineTrack track, double fps)
    {
        if (track.Clips.Select(c => c.Id).Distinct().Count() != track.Clips.Count)
            return new TimelineError(InvalidValue, $"Track '{track.Name}' holds two clips with one id.", "clipId");
        if (track.Transitions.Select(t => t.FromClipId).Distinct().Count() != track.Transitions.Count
            || track.Transitions.Select(t => t.ToClipId).Distinct().Count() != track.Transitions.Count)
            return new TimelineError(InvalidValue, "A cut has at most one transition.", "clipId");
        var byId = track.Clips.ToDictionary(c => c.Id);
        foreach (var t in track.Transitions)
        {
            if (!TransitionTypes.Contains(t.Type))
                return new TimelineError(UnknownTransition, $"'{t.Type}' is not a transition; use an ffmpeg xfade name such as fade, wipeleft, dissolve.", "type");
            if (!byId.TryGetValue(t.FromClipId, out var a) || !byId.TryGetValue(t.ToClipId, out var b))
                return new TimelineError(ClipNotFound, "A transition names a clip that is not on its track.", "clipId");
            if (!Adjacent(a, b))
                return new TimelineError(NotAdjacent, $"Clips {a.Id} and {b.Id} do not meet, so no transition fits between them.", "clipId");
            if (t.Duration < 1 / fps - Epsilon)
                return new TimelineError(InvalidValue, "A transition lasts at least one frame.", "duration");
        }
        foreach (var c in track.Clips)
        {
            var halves = track.Transitions.Where(t => t.FromClipId == c.Id || t.ToClipId == c.Id).Sum(t => t.Duration / 2);
            if (halves > c.Duration + Epsilon)
                return new TimelineError(TransitionTooLong,
                    $"Transitions take {halves * 2:0.###}s of clip {c.Id} (half of each lies inside the clip) but it lasts {c.Duration:0.###}s.", "duration");
        }
        return null;
    }

    /// <summary>In and out points inside the source (an image has no end), at least one frame long.</summary>
    public static TimelineError? CheckSourceRange(double inPoint, double outPoint, TimelineAsset asset, double fps)
    {
        if (inPoint < -Epsilon) return new TimelineError(InvalidRange, "The in point is before the start of the source.", "inPoint");
        if (outPoint - inPoint < 1 / fps - Epsilon)
            return new TimelineError(InvalidRange, $"The out point ({outPoint:0.###}s) must be at least one frame after the in point ({inPoint:0.###}s).", "outPoint");
        if (asset.DurationSeconds is { } d && outPoint > d + 1e-3)
            return new TimelineError(OutOfSource, $"The out point ({outPoint:0.###}s) is past the end of the source ({d:0.###}s).", "outPoint");
        return null;
    }

    public static bool Fits(TrackKind track, TimelineAsset asset) => track switch
    {
        TrackKind.Video => asset.Kind is TimelineAssetKind.Video or TimelineAssetKind.Image,
        TrackKind.Audio => asset.Kind is TimelineAssetKind.Audio || (asset.Kind is TimelineAssetKind.Video && asset.HasAudio),
        _ => false,
    };
}
