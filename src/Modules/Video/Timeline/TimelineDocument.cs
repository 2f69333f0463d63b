using System.Text.Json.Serialization;

namespace MediaCreator.Modules.Video.Timeline;

/// <summary>
/// A project's timeline: the canvas and its tracks. Immutable; every edit through <see cref="TimelineEditor"/> returns a
/// new document with <see cref="Revision"/> one higher (the store compares it for optimistic concurrency).
/// Times are seconds on the timeline, rounded to whole frames by the editor.
/// </summary>
public sealed record TimelineDocument(
    int Width, int Height, double Fps, string BackgroundColor, long Revision, IReadOnlyList<TimelineTrack> Tracks)
{
    public static TimelineDocument Create(int width = 1920, int height = 1080, double fps = 30, string backgroundColor = "#000000") =>
        new(width, height, fps, backgroundColor, 0, []);

    /// <summary>End of the last clip on any track: the rendered duration.</summary>
    [JsonIgnore]
    public double Duration => Tracks.SelectMany(t => t.Clips).Select(c => c.End).DefaultIfEmpty(0).Max();

    public TimelineTrack? FindTrack(Guid id) => Tracks.FirstOrDefault(t => t.Id == id);

    public (TimelineTrack Track, TimelineClip Clip)? FindClip(Guid clipId)
    {
        foreach (var t in Tracks)
            foreach (var c in t.Clips)
                if (c.Id == clipId) return (t, c);
        return null;
    }

    /// <summary>Tracks bottom to top (ascending <see cref="TimelineTrack.Order"/>).</summary>
    [JsonIgnore]
    public IEnumerable<TimelineTrack> OrderedTracks => Tracks.OrderBy(t => t.Order);
}

[JsonConverter(typeof(UpperSnakeEnumConverter<TrackKind>))]
public enum TrackKind { Video, Audio, Text }

/// <summary>
/// A track. VIDEO tracks hold video and image clips (the lowest VIDEO track is the base picture, higher ones are
/// overlaid); AUDIO tracks hold audio clips; TEXT tracks hold text clips. Clips on one track never overlap.
/// <see cref="Muted"/> drops the track's sound (video tracks still show); <see cref="Locked"/> refuses clip edits.
/// </summary>
public sealed record TimelineTrack(
    Guid Id, TrackKind Kind, string Name, int Order, bool Muted, bool Locked,
    IReadOnlyList<TimelineClip> Clips, IReadOnlyList<TimelineTransition> Transitions)
{
    /// <summary>Clips in time order.</summary>
    [JsonIgnore]
    public IEnumerable<TimelineClip> OrderedClips => Clips.OrderBy(c => c.Start);
}

/// <summary>A transition (ffmpeg <c>xfade</c> name) centred on the cut where <see cref="FromClipId"/> ends and <see cref="ToClipId"/> starts.</summary>
public sealed record TimelineTransition(Guid FromClipId, Guid ToClipId, string Type, double Duration);
