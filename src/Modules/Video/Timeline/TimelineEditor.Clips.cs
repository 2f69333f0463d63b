using static MediaCreator.Modules.Video.Timeline.TimelineErrorCodes;

namespace MediaCreator.Modules.Video.Timeline;

public static partial class TimelineEditor
{
    /// <summary>
    /// Places source <paramref name="inPoint"/>..<paramref name="outPoint"/> (default: to the end of the source, or
    /// <see cref="DefaultImageSeconds"/> for an image) of an asset at <paramref name="start"/>: a video/image clip on a
    /// VIDEO track, an audio clip on an AUDIO track (audio assets, or the sound of a video). <c>CreatedId</c> is the clip id.
    /// </summary>
    public static TimelineEditResult AddClip(TimelineDocument document, Guid trackId, Guid assetId, TimelineAsset asset,
        double start, double inPoint = 0, double? outPoint = null)
    {
        if (EditableTrack(document, trackId, out var track) is { } e) return e;
        if (!TimelineRules.Fits(track.Kind, asset))
            return TimelineEditResult.Fail(TrackKindMismatch, $"A {asset.Kind} asset cannot go on a {track.Kind} track.", "trackId");
        if (start < 0) return TimelineEditResult.Fail(InvalidTime, "A clip cannot start before 0.", "start");
        var @in = Frame(document, inPoint);
        var @out = Frame(document, outPoint ?? asset.DurationSeconds ?? inPoint + DefaultImageSeconds);
        if (asset.DurationSeconds is { } d && outPoint is null) @out = Math.Min(@out, Math.Floor(d * document.Fps) / document.Fps);
        if (TimelineRules.CheckSourceRange(@in, @out, asset, document.Fps) is { } range) return range;
        TimelineClip clip = track.Kind == TrackKind.Video
            ? new VideoClip(Guid.NewGuid(), assetId, Frame(document, start), @in, @out)
            : new AudioClip(Guid.NewGuid(), assetId, Frame(document, start), @in, @out);
        return Commit(document, clip.Id, WithClip(track, clip));
    }

    /// <summary>
    /// Moves a clip to <paramref name="start"/>, optionally onto another track of the same kind. With
    /// <paramref name="snapSeconds"/> &gt; 0 the clip's start or end snaps to the nearest clip edge (any track) or 0
    /// within that distance. Refused with <c>OVERLAP</c> when it would cover another clip.
    /// </summary>
    public static TimelineEditResult MoveClip(TimelineDocument document, Guid clipId, double start, Guid? toTrackId = null, double snapSeconds = 0)
    {
        if (EditableClip(document, clipId, out var from, out var clip) is { } e) return e;
        var to = from;
        if (toTrackId is { } target && target != from.Id)
        {
            if (EditableTrack(document, target, out to) is { } e2) return e2;
            if (to.Kind != from.Kind) return TimelineEditResult.Fail(TrackKindMismatch, $"A clip on a {from.Kind} track cannot move to a {to.Kind} track.", "toTrackId");
        }
        if (snapSeconds > 0) start = Snap(document, clip, start, snapSeconds);
        start = Frame(document, start);
        if (start < 0) return TimelineEditResult.Fail(InvalidTime, "A clip cannot start before 0.", "start");
        var moved = WithStart(clip, start);
        return to.Id == from.Id
            ? Commit(document, null, WithClip(from, moved))
            : Commit(document, null, WithoutClip(from, clipId), WithClip(to, moved));
    }

    /// <summary>
    /// Drags a clip's edges to timeline times <paramref name="start"/> and/or <paramref name="end"/>; for media the in/out
    /// points follow (a left-edge trim moves the in point), bounded by the source length from <paramref name="assets"/>.
    /// </summary>
    public static TimelineEditResult TrimClip(TimelineDocument document, Guid clipId, double? start, double? end,
        IReadOnlyDictionary<Guid, TimelineAsset> assets)
    {
        if (EditableClip(document, clipId, out var track, out var clip) is { } e) return e;
        var s = Frame(document, start ?? clip.Start);
        var len = Frame(document, (end ?? clip.End) - s);
        if (s < 0) return TimelineEditResult.Fail(InvalidTime, "A clip cannot start before 0.", "start");
        if (len < 1 / document.Fps - TimelineRules.Epsilon) return TimelineEditResult.Fail(InvalidRange, "A clip lasts at least one frame.", "end");
        if (clip is TextClip text) return Commit(document, null, WithClip(track, text with { Start = s, Length = len }));
        var (assetId, oldIn) = clip switch { VideoClip v => (v.AssetId, v.InPoint), AudioClip a => (a.AssetId, a.InPoint), _ => (Guid.Empty, 0) };
        if (!assets.TryGetValue(assetId, out var asset)) return TimelineEditResult.Fail(AssetNotFound, $"Asset {assetId} is unknown.", "assetId");
        var @in = asset.Kind == TimelineAssetKind.Image ? 0 : Frame(document, oldIn + (s - clip.Start));
        return SetSource(document, track, clip, s, @in, @in + len, asset);
    }

    /// <summary>Sets a media clip's source in/out points, keeping its start (its length follows).</summary>
    public static TimelineEditResult SetClipInOut(TimelineDocument document, Guid clipId, double inPoint, double outPoint,
        IReadOnlyDictionary<Guid, TimelineAsset> assets)
    {
        if (EditableClip(document, clipId, out var track, out var clip) is { } e) return e;
        var assetId = clip switch { VideoClip v => v.AssetId, AudioClip a => a.AssetId, _ => (Guid?)null };
        if (assetId is null) return TimelineEditResult.Fail(TrackKindMismatch, "A text clip has no source; trim its edges instead.", "clipId");
        if (!assets.TryGetValue(assetId.Value, out var asset)) return TimelineEditResult.Fail(AssetNotFound, $"Asset {assetId} is unknown.", "assetId");
        return SetSource(document, track, clip, clip.Start, Frame(document, inPoint), Frame(document, outPoint), asset);
    }

    private static TimelineEditResult SetSource(TimelineDocument document, TimelineTrack track, TimelineClip clip, double start,
        double inPoint, double outPoint, TimelineAsset asset)
    {
        if (TimelineRules.CheckSourceRange(inPoint, outPoint, asset, document.Fps) is { } range) return range;
        TimelineClip changed = clip switch
        {
            VideoClip v => v with { Start = start, InPoint = inPoint, OutPoint = outPoint },
            AudioClip a => a with { Start = start, InPoint = inPoint, OutPoint = outPoint },
            _ => clip,
        };
        return Commit(document, null, WithClip(track, changed));
    }

    /// <summary>
    /// Cuts a clip at timeline time <paramref name="at"/>: the left part keeps the id (and the fade in), the right part
    /// (<c>CreatedId</c>) starts at <paramref name="at"/> with its in point where the left part's out point is.
    /// </summary>
    public static TimelineEditResult SplitClip(TimelineDocument document, Guid clipId, double at)
    {
        if (EditableClip(document, clipId, out var track, out var clip) is { } e) return e;
        at = Frame(document, at);
        var frame = 1 / document.Fps - TimelineRules.Epsilon;
        if (at - clip.Start < frame || clip.End - at < frame)
            return TimelineEditResult.Fail(TimelineErrorCodes.SplitOutsideClip, $"{at:0.###}s is not inside the clip ({clip.Start:0.###}..{clip.End:0.###}s).", "at");
        var left = at - clip.Start;
        var id = Guid.NewGuid();
        var (l, r) = clip switch
        {
            VideoClip v => ((TimelineClip)(v with { OutPoint = v.InPoint + left, FadeOut = 0 }), (TimelineClip)(v with { Id = id, Start = at, InPoint = v.InPoint + left, FadeIn = 0 })),
            AudioClip a => (a with { OutPoint = a.InPoint + left, FadeOut = 0 }, a with { Id = id, Start = at, InPoint = a.InPoint + left, FadeIn = 0 }),
            TextClip t => (t with { Length = left }, t with { Id = id, Start = at, Length = t.Length - left }),
            _ => throw new InvalidOperationException("Unknown clip type."),
        };
        var transitions = track.Transitions.Select(t => t.FromClipId == clipId ? t with { FromClipId = id } : t).ToList();
        var split = track with { Clips = [.. track.Clips.Where(c => c.Id != clipId), l, r], Transitions = transitions };
        return Commit(document, id, split);
    }

    /// <summary>Removes a clip; with <paramref name="ripple"/> the later clips of its track move left by its length.</summary>
    public static TimelineEditResult RemoveClip(TimelineDocument document, Guid clipId, bool ripple = false)
    {
        if (EditableClip(document, clipId, out var track, out var clip) is { } e) return e;
        var rest = track.Clips.Where(c => c.Id != clipId);
        if (ripple) rest = rest.Select(c => c.Start >= clip.End - TimelineRules.Epsilon ? WithStart(c, Frame(document, c.Start - clip.Duration)) : c);
        return Commit(document, null, track with { Clips = [.. rest] });
    }

    private static TimelineClip WithStart(TimelineClip clip, double start) => clip switch
    {
        VideoClip v => v with { Start = start },
        AudioClip a => a with { Start = start },
        TextClip t => t with { Start = start },
        _ => clip,
    };

    private static double Snap(TimelineDocument document, TimelineClip clip, double start, double tolerance)
    {
        var edges = document.Tracks.SelectMany(t => t.Clips).Where(c => c.Id != clip.Id).SelectMany(c => new[] { c.Start, c.End }).Append(0);
        double best = start, bestDistance = tolerance + TimelineRules.Epsilon;
        foreach (var edge in edges)
        {
            if (Math.Abs(edge - start) < bestDistance) (best, bestDistance) = (edge, Math.Abs(edge - start));
            if (Math.Abs(edge - (start + clip.Duration)) < bestDistance) (best, bestDistance) = (edge - clip.Duration, Math.Abs(edge - start - clip.Duration));
        }
        return best;
    }
}
