using System.Text.RegularExpressions;
using static MediaCreator.Modules.Video.Timeline.TimelineErrorCodes;

namespace MediaCreator.Modules.Video.Timeline;

/// <summary>
/// Edits as pure functions: each returns a new document with the revision one higher, or a typed error. Times are
/// rounded to whole frames. A move or trim that would overlap another clip on the track is refused with
/// <c>OVERLAP</c> (never rippled: concurrent editors see exactly what they did); removal may ripple on request.
/// Transitions whose clips stop meeting are dropped; edits that would leave a transition too long are refused.
/// </summary>
public static partial class TimelineEditor
{
    /// <summary>How long an image clip lasts when no out point is given.</summary>
    public const double DefaultImageSeconds = 5;

    /// <summary><c>REVISION_CONFLICT</c> when the stored document is not the one the client edited.</summary>
    public static TimelineError? CheckRevision(TimelineDocument document, long expectedRevision) =>
        document.Revision == expectedRevision ? null
            : new TimelineError(RevisionConflict, $"The timeline is at revision {document.Revision}, not {expectedRevision}; reload it.", "revision");

    /// <summary>Changes the canvas: even width/height 16..7680, fps 1..120, background <c>#RRGGBB</c>.</summary>
    public static TimelineEditResult UpdateSettings(TimelineDocument document, int? width = null, int? height = null, double? fps = null, string? backgroundColor = null)
    {
        if (width is { } w && (w < 16 || w > 7680 || w % 2 != 0)) return TimelineEditResult.Fail(InvalidValue, "Width must be even, 16..7680.", "width");
        if (height is { } h && (h < 16 || h > 7680 || h % 2 != 0)) return TimelineEditResult.Fail(InvalidValue, "Height must be even, 16..7680.", "height");
        if (fps is { } f && (f < 1 || f > 120)) return TimelineEditResult.Fail(InvalidValue, "Fps must be 1..120.", "fps");
        if (backgroundColor is not null && ColorError(backgroundColor, "backgroundColor") is { } e) return e;
        return new(document with
        {
            Width = width ?? document.Width, Height = height ?? document.Height, Fps = fps ?? document.Fps,
            BackgroundColor = backgroundColor ?? document.BackgroundColor, Revision = document.Revision + 1,
        }, null);
    }

    internal static double Frame(TimelineDocument d, double seconds) => Math.Round(seconds * d.Fps, MidpointRounding.AwayFromZero) / d.Fps;

    internal static TimelineError? ColorError(string color, string field) =>
        HexColor().IsMatch(color) ? null : new TimelineError(InvalidValue, $"'{color}' is not a #RRGGBB colour.", field);

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();

    /// <summary>Replaces the changed tracks, drops broken transitions, checks overlaps and transition fit, bumps the revision.</summary>
    private static TimelineEditResult Commit(TimelineDocument document, Guid? created, params TimelineTrack[] changed)
    {
        var tracks = document.Tracks.ToList();
        foreach (var raw in changed)
        {
            var track = TimelineRules.DropStaleTransitions(raw);
            if ((TimelineRules.FindOverlap(track) ?? TimelineRules.CheckTransitions(track, document.Fps)) is { } error) return error;
            var i = tracks.FindIndex(t => t.Id == track.Id);
            if (i >= 0) tracks[i] = track;
            else tracks.Add(track);
        }
        return new(document with { Tracks = tracks, Revision = document.Revision + 1 }, null, created);
    }

    private static TimelineError? EditableTrack(TimelineDocument document, Guid trackId, out TimelineTrack track)
    {
        track = document.FindTrack(trackId)!;
        if (track is null) return new TimelineError(TrackNotFound, $"No track {trackId} in this timeline.", "trackId");
        return track.Locked ? new TimelineError(TrackLocked, $"Track '{track.Name}' is locked.", "trackId") : null;
    }

    private static TimelineError? EditableClip(TimelineDocument document, Guid clipId, out TimelineTrack track, out TimelineClip clip)
    {
        (track, clip) = document.FindClip(clipId) ?? (null!, null!);
        if (clip is null) return new TimelineError(ClipNotFound, $"No clip {clipId} in this timeline.", "clipId");
        return track.Locked ? new TimelineError(TrackLocked, $"Track '{track.Name}' is locked.", "clipId") : null;
    }

    private static TimelineTrack WithClip(TimelineTrack track, TimelineClip clip) =>
        track with { Clips = [.. track.Clips.Where(c => c.Id != clip.Id), clip] };

    private static TimelineTrack WithoutClip(TimelineTrack track, Guid clipId) =>
        track with { Clips = [.. track.Clips.Where(c => c.Id != clipId)] };
}
