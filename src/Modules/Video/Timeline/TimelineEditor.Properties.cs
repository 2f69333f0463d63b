using static MediaCreator.Modules.Video.Timeline.TimelineErrorCodes;

namespace MediaCreator.Modules.Video.Timeline;

public static partial class TimelineEditor
{
    /// <summary>
    /// Puts an xfade transition (<paramref name="type"/>, e.g. <c>fade</c>) of <paramref name="duration"/> seconds on the
    /// cut after <paramref name="fromClipId"/>, replacing any there. The next clip must start where this one ends
    /// (<c>NOT_ADJACENT</c>); half the transition lies in each clip (<c>TRANSITION_TOO_LONG</c>).
    /// </summary>
    public static TimelineEditResult SetTransition(TimelineDocument document, Guid fromClipId, string type, double duration)
    {
        if (EditableClip(document, fromClipId, out var track, out var clip) is { } e) return e;
        if (track.Kind != TrackKind.Video) return TimelineEditResult.Fail(TrackKindMismatch, "Transitions join clips on VIDEO tracks.", "clipId");
        var next = track.Clips.FirstOrDefault(c => c.Id != clip.Id && TimelineRules.Adjacent(clip, c));
        if (next is null) return TimelineEditResult.Fail(NotAdjacent, "No clip starts where this clip ends.", "clipId");
        var transition = new TimelineTransition(clip.Id, next.Id, type, Frame(document, duration));
        return Commit(document, null, track with { Transitions = [.. track.Transitions.Where(t => t.FromClipId != clip.Id), transition] });
    }

    public static TimelineEditResult RemoveTransition(TimelineDocument document, Guid fromClipId)
    {
        if (EditableClip(document, fromClipId, out var track, out _) is { } e) return e;
        if (track.Transitions.All(t => t.FromClipId != fromClipId)) return TimelineEditResult.Fail(TransitionNotFound, "No transition follows this clip.", "clipId");
        return Commit(document, null, track with { Transitions = [.. track.Transitions.Where(t => t.FromClipId != fromClipId)] });
    }

    /// <summary>Adds a text clip on a TEXT track; <c>CreatedId</c> is its id.</summary>
    public static TimelineEditResult AddTextClip(TimelineDocument document, Guid trackId, string text, double start, double duration,
        TextStyle? style = null, string language = "en")
    {
        if (EditableTrack(document, trackId, out var track) is { } e) return e;
        if (track.Kind != TrackKind.Text) return TimelineEditResult.Fail(TrackKindMismatch, "Text clips go on TEXT tracks.", "trackId");
        var clip = new TextClip(Guid.NewGuid(), Frame(document, start), Frame(document, duration), text, style ?? new TextStyle(), language);
        if (TextError(clip, document.Fps) is { } invalid) return invalid;
        return Commit(document, clip.Id, WithClip(track, clip));
    }

    /// <summary>Changes a text clip's text, style and/or language (null keeps the value).</summary>
    public static TimelineEditResult UpdateTextClip(TimelineDocument document, Guid clipId, string? text = null, TextStyle? style = null, string? language = null)
    {
        if (EditableClip(document, clipId, out var track, out var clip) is { } e) return e;
        if (clip is not TextClip t) return TimelineEditResult.Fail(TrackKindMismatch, "Not a text clip.", "clipId");
        var changed = t with { Text = text ?? t.Text, Style = style ?? t.Style, Language = language ?? t.Language };
        if (TextError(changed, document.Fps) is { } invalid) return invalid;
        return Commit(document, null, WithClip(track, changed));
    }

    /// <summary>Volume (0..4, 1 = as recorded) and fades in/out in seconds of a video or audio clip.</summary>
    public static TimelineEditResult SetClipAudio(TimelineDocument document, Guid clipId, double? volume = null, double? fadeIn = null, double? fadeOut = null)
    {
        if (EditableClip(document, clipId, out var track, out var clip) is { } e) return e;
        var (v, fi, fo) = clip switch
        {
            VideoClip c => (volume ?? c.Volume, fadeIn ?? c.FadeIn, fadeOut ?? c.FadeOut),
            AudioClip c => (volume ?? c.Volume, fadeIn ?? c.FadeIn, fadeOut ?? c.FadeOut),
            _ => (-1d, 0d, 0d),
        };
        if (clip is TextClip) return TimelineEditResult.Fail(TrackKindMismatch, "A text clip has no sound.", "clipId");
        if (v is < 0 or > 4) return TimelineEditResult.Fail(InvalidValue, "Volume is 0..4.", "volume");
        if (fi < 0 || fo < 0 || fi + fo > clip.Duration + TimelineRules.Epsilon)
            return TimelineEditResult.Fail(InvalidValue, $"Fades must be ≥ 0 and together fit the clip ({clip.Duration:0.###}s).", "fadeIn");
        TimelineClip changed = clip switch
        {
            VideoClip c => c with { Volume = v, FadeIn = fi, FadeOut = fo },
            AudioClip c => c with { Volume = v, FadeIn = fi, FadeOut = fo },
            _ => clip,
        };
        return Commit(document, null, WithClip(track, changed));
    }

    /// <summary>Fit, opacity (0..1), centre (fractions of the frame, -1..2) and scale (0.01..4 of the frame) of a video/image clip.</summary>
    public static TimelineEditResult SetClipTransform(TimelineDocument document, Guid clipId, ClipFit? fit = null, double? opacity = null,
        double? x = null, double? y = null, double? scale = null)
    {
        if (EditableClip(document, clipId, out var track, out var clip) is { } e) return e;
        if (clip is not VideoClip v) return TimelineEditResult.Fail(TrackKindMismatch, "Only video and image clips have a transform.", "clipId");
        var c = v with { Fit = fit ?? v.Fit, Opacity = opacity ?? v.Opacity, X = x ?? v.X, Y = y ?? v.Y, Scale = scale ?? v.Scale };
        if (c.Opacity is < 0 or > 1) return TimelineEditResult.Fail(InvalidValue, "Opacity is 0..1.", "opacity");
        if (c.Scale is < 0.01 or > 4) return TimelineEditResult.Fail(InvalidValue, "Scale is 0.01..4.", "scale");
        if (c.X is < -1 or > 2 || c.Y is < -1 or > 2) return TimelineEditResult.Fail(InvalidValue, "The centre is -1..2 of the frame.", "x");
        return Commit(document, null, WithClip(track, c));
    }

    internal static TimelineError? TextError(TextClip clip, double fps)
    {
        if (string.IsNullOrWhiteSpace(clip.Text)) return new TimelineError(InvalidValue, "A text clip needs text.", "text");
        if (clip.Start < 0) return new TimelineError(InvalidTime, "A clip cannot start before 0.", "start");
        if (clip.Length < 1 / fps - TimelineRules.Epsilon) return new TimelineError(InvalidRange, "A clip lasts at least one frame.", "duration");
        if (clip.Style.FontSize is <= 0 or > 1000) return new TimelineError(InvalidValue, "Font size is 1..1000 px.", "style.fontSize");
        return ColorError(clip.Style.Color, "style.color") ?? ColorError(clip.Style.OutlineColor, "style.outlineColor");
    }
}
