using static MediaCreator.Modules.Video.Timeline.TimelineErrorCodes;

namespace MediaCreator.Modules.Video.Timeline;

public static partial class TimelineEditor
{
    /// <summary>Adds an empty track at <paramref name="order"/> (0 = bottom; default on top); <c>CreatedId</c> is its id.</summary>
    public static TimelineEditResult AddTrack(TimelineDocument document, TrackKind kind, string name, int? order = null)
    {
        if (string.IsNullOrWhiteSpace(name)) return TimelineEditResult.Fail(InvalidValue, "A track needs a name.", "name");
        var track = new TimelineTrack(Guid.NewGuid(), kind, name.Trim(), 0, false, false, [], []);
        var ordered = document.OrderedTracks.ToList();
        ordered.Insert(Math.Clamp(order ?? ordered.Count, 0, ordered.Count), track);
        return new(document with { Tracks = Renumber(ordered), Revision = document.Revision + 1 }, null, track.Id);
    }

    /// <summary>Removes a track and its clips (refused when locked).</summary>
    public static TimelineEditResult RemoveTrack(TimelineDocument document, Guid trackId)
    {
        if (EditableTrack(document, trackId, out _) is { } e) return e;
        return new(document with { Tracks = Renumber(document.OrderedTracks.Where(t => t.Id != trackId)), Revision = document.Revision + 1 }, null);
    }

    public static TimelineEditResult RenameTrack(TimelineDocument document, Guid trackId, string name)
    {
        if (document.FindTrack(trackId) is not { } track) return TimelineEditResult.Fail(TrackNotFound, $"No track {trackId} in this timeline.", "trackId");
        if (string.IsNullOrWhiteSpace(name)) return TimelineEditResult.Fail(InvalidValue, "A track needs a name.", "name");
        return Commit(document, null, track with { Name = name.Trim() });
    }

    /// <summary>Moves a track to position <paramref name="order"/> (0 = bottom); the others keep their relative order.</summary>
    public static TimelineEditResult ReorderTrack(TimelineDocument document, Guid trackId, int order)
    {
        if (document.FindTrack(trackId) is not { } track) return TimelineEditResult.Fail(TrackNotFound, $"No track {trackId} in this timeline.", "trackId");
        var ordered = document.OrderedTracks.Where(t => t.Id != trackId).ToList();
        ordered.Insert(Math.Clamp(order, 0, ordered.Count), track);
        return new(document with { Tracks = Renumber(ordered), Revision = document.Revision + 1 }, null);
    }

    /// <summary>Mutes/unmutes and locks/unlocks a track (allowed on a locked track: it is how one unlocks it).</summary>
    public static TimelineEditResult SetTrackState(TimelineDocument document, Guid trackId, bool? muted = null, bool? locked = null)
    {
        if (document.FindTrack(trackId) is not { } track) return TimelineEditResult.Fail(TrackNotFound, $"No track {trackId} in this timeline.", "trackId");
        return Commit(document, null, track with { Muted = muted ?? track.Muted, Locked = locked ?? track.Locked });
    }

    private static List<TimelineTrack> Renumber(IEnumerable<TimelineTrack> bottomToTop) =>
        bottomToTop.Select((t, i) => t.Order == i ? t : t with { Order = i }).ToList();
}
