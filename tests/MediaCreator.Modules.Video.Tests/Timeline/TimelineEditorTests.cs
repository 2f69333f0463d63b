using MediaCreator.Modules.Video.Timeline;
using static MediaCreator.Modules.Video.Tests.Timeline.TimelineRenderFixture;

namespace MediaCreator.Modules.Video.Tests.Timeline;

public sealed class TimelineEditorTests
{
    private static readonly Guid VideoAsset = Guid.NewGuid(), ImageAsset = Guid.NewGuid(), AudioAsset = Guid.NewGuid();

    private static readonly Dictionary<Guid, TimelineAsset> Assets = new()
    {
        [VideoAsset] = new(TimelineAssetKind.Video, 10, HasAudio: true),
        [ImageAsset] = new(TimelineAssetKind.Image, null),
        [AudioAsset] = new(TimelineAssetKind.Audio, 8, HasAudio: true),
    };

    /// <summary>A 20 fps timeline (frames of 0.05 s) with a video track holding clip A (0..4 s, source 1..5) and clip B (4..7 s, source 2..5).</summary>
    private static (TimelineDocument Doc, Guid Track, Guid A, Guid B) TwoClips()
    {
        var doc = TimelineDocument.Create(640, 360, 20);
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Video, "Main"), out var track);
        doc = Ok(TimelineEditor.AddClip(doc, track, VideoAsset, Assets[VideoAsset], 0, 1, 5), out var a);
        doc = Ok(TimelineEditor.AddClip(doc, track, VideoAsset, Assets[VideoAsset], 4, 2, 5), out var b);
        return (doc, track, a, b);
    }

    private static string Code(TimelineEditResult r) => Assert.IsType<TimelineError>(r.Error).Code;

    [Fact]
    public void AddClip_WhenItWouldOverlap_IsRejectedWithOverlap()
    {
        var (doc, track, _, _) = TwoClips();
        var result = TimelineEditor.AddClip(doc, track, VideoAsset, Assets[VideoAsset], 3.5, 0, 1);
        Assert.Equal("OVERLAP", Code(result));
        Assert.Null(result.Document);
    }

    [Fact]
    public void MoveClip_OntoAnotherClip_IsRejected_AndIntoAGap_Succeeds()
    {
        var (doc, _, a, b) = TwoClips();
        Assert.Equal("OVERLAP", Code(TimelineEditor.MoveClip(doc, b, 2)));
        var moved = Ok(TimelineEditor.MoveClip(doc, b, 9), out _);
        Assert.Equal(9, moved.FindClip(b)!.Value.Clip.Start, 6);
        Assert.Equal(12, moved.Duration, 6);
        Assert.Equal("INVALID_TIME", Code(TimelineEditor.MoveClip(doc, a, -1)));
    }

    [Fact]
    public void MoveClip_WithSnap_SnapsTheEndToANeighbourEdge()
    {
        var (doc, track, _, b) = TwoClips();
        doc = Ok(TimelineEditor.MoveClip(doc, b, 10), out _);
        doc = Ok(TimelineEditor.AddClip(doc, track, ImageAsset, Assets[ImageAsset], 20, 0, 2), out var image);
        // dropping the 2 s image at 7.9 s: its end (9.9) is 0.1 s from B's start (10)
        var snapped = Ok(TimelineEditor.MoveClip(doc, image, 7.9, snapSeconds: 0.2), out _);
        Assert.Equal(8, snapped.FindClip(image)!.Value.Clip.Start, 6);
        var free = Ok(TimelineEditor.MoveClip(doc, image, 7.9), out _);
        Assert.Equal(7.9, free.FindClip(image)!.Value.Clip.Start, 6);
    }

    [Fact]
    public void MoveClip_ToATrackOfAnotherKind_IsRejected()
    {
        var (doc, _, a, _) = TwoClips();
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Audio, "Music"), out var music);
        Assert.Equal("TRACK_KIND_MISMATCH", Code(TimelineEditor.MoveClip(doc, a, 20, music)));
    }

    [Fact]
    public void SplitClip_ProducesTwoClipsWithMatchingInAndOutPoints()
    {
        var (doc, track, a, _) = TwoClips();
        var result = TimelineEditor.SplitClip(doc, a, 1.5);
        var split = Ok(result, out var right);
        var left = Assert.IsType<VideoClip>(split.FindClip(a)!.Value.Clip);
        var r = Assert.IsType<VideoClip>(split.FindClip(right)!.Value.Clip);
        Assert.Equal((0d, 1d, 2.5d), (left.Start, left.InPoint, left.OutPoint));
        Assert.Equal((1.5d, 2.5d, 5d), (r.Start, r.InPoint, r.OutPoint));
        Assert.Equal(3, split.FindTrack(track)!.Clips.Count);
        Assert.Equal("SPLIT_OUTSIDE_CLIP", Code(TimelineEditor.SplitClip(doc, a, 4)));
    }

    [Fact]
    public void TrimClip_LeftEdgeMovesTheInPoint_AndStaysInsideTheSource()
    {
        var (doc, _, a, b) = TwoClips();
        var trimmed = Ok(TimelineEditor.TrimClip(doc, a, 0.5, null, Assets), out _);
        var clip = Assert.IsType<VideoClip>(trimmed.FindClip(a)!.Value.Clip);
        Assert.Equal((0.5, 1.5, 5d), (clip.Start, clip.InPoint, clip.OutPoint));
        Assert.Equal("OUT_OF_SOURCE", Code(TimelineEditor.TrimClip(doc, b, null, 20, Assets)));  // source ends at 10
        Assert.Equal("INVALID_RANGE", Code(TimelineEditor.SetClipInOut(doc, a, 3, 3, Assets)));
        Assert.Equal("OVERLAP", Code(TimelineEditor.TrimClip(doc, a, null, 5, Assets)));
        Assert.Equal("ASSET_NOT_FOUND", Code(TimelineEditor.TrimClip(doc, a, 0.5, null, new Dictionary<Guid, TimelineAsset>())));
    }

    [Fact]
    public void SetTransition_TooLongForAClip_IsRejected_AndMustJoinAdjacentClips()
    {
        var (doc, _, a, b) = TwoClips();
        Assert.Equal("TRANSITION_TOO_LONG", Code(TimelineEditor.SetTransition(doc, a, "fade", 7)));  // half (3.5 s) > B's 3 s
        Assert.Equal("UNKNOWN_TRANSITION", Code(TimelineEditor.SetTransition(doc, a, "explode", 1)));
        Assert.Equal("NOT_ADJACENT", Code(TimelineEditor.SetTransition(doc, b, "fade", 1)));
        var with = Ok(TimelineEditor.SetTransition(doc, a, "wipeleft", 1), out _);
        Assert.Equal(new TimelineTransition(a, b, "wipeleft", 1), Assert.Single(with.Tracks[0].Transitions));
        // moving B away breaks the cut, so its transition goes with it
        var moved = Ok(TimelineEditor.MoveClip(with, b, 8), out _);
        Assert.Empty(moved.Tracks[0].Transitions);
    }

    [Fact]
    public void SplitClip_KeepsTheTransitionOnTheRightHalf()
    {
        var (doc, _, a, b) = TwoClips();
        doc = Ok(TimelineEditor.SetTransition(doc, a, "fade", 1), out _);
        var split = Ok(TimelineEditor.SplitClip(doc, a, 2), out var right);
        Assert.Equal(new TimelineTransition(right, b, "fade", 1), Assert.Single(split.Tracks[0].Transitions));
    }

    [Fact]
    public void RemoveClip_WithRipple_ShiftsLaterClipsLeft()
    {
        var (doc, _, a, b) = TwoClips();
        Assert.Equal(4, Ok(TimelineEditor.RemoveClip(doc, a), out _).FindClip(b)!.Value.Clip.Start, 6);
        Assert.Equal(0, Ok(TimelineEditor.RemoveClip(doc, a, ripple: true), out _).FindClip(b)!.Value.Clip.Start, 6);
    }

    [Fact]
    public void Edits_IncrementTheRevision_AndFailedEditsLeaveTheDocument()
    {
        var (doc, track, a, _) = TwoClips();
        Assert.Equal(3, doc.Revision);
        var next = Ok(TimelineEditor.SetClipAudio(doc, a, volume: 0.5, fadeIn: 0.5), out _);
        Assert.Equal(4, next.Revision);
        Assert.Equal(5, Ok(TimelineEditor.RenameTrack(next, track, "Story"), out _).Revision);
        Assert.Equal("INVALID_VALUE", Code(TimelineEditor.SetClipAudio(next, a, volume: 9)));
        Assert.Null(TimelineEditor.CheckRevision(next, 4));
        Assert.Equal("REVISION_CONFLICT", TimelineEditor.CheckRevision(next, 3)!.Code);
    }

    [Fact]
    public void LockedTrack_RefusesClipEdits_UntilUnlocked()
    {
        var (doc, track, a, _) = TwoClips();
        doc = Ok(TimelineEditor.SetTrackState(doc, track, locked: true), out _);
        Assert.Equal("TRACK_LOCKED", Code(TimelineEditor.MoveClip(doc, a, 20)));
        doc = Ok(TimelineEditor.SetTrackState(doc, track, locked: false), out _);
        Assert.True(TimelineEditor.MoveClip(doc, a, 20).Succeeded);
    }

    [Fact]
    public void Tracks_AddReorderAndRemove_KeepOrdersContiguous()
    {
        var doc = TimelineDocument.Create();
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Video, "V1"), out var v1);
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Audio, "A1"), out var a1);
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Text, "T1", order: 0), out var t1);
        Assert.Equal(["T1", "V1", "A1"], doc.OrderedTracks.Select(t => t.Name));
        doc = Ok(TimelineEditor.ReorderTrack(doc, t1, 2), out _);
        Assert.Equal(["V1", "A1", "T1"], doc.OrderedTracks.Select(t => t.Name));
        doc = Ok(TimelineEditor.RemoveTrack(doc, a1), out _);
        Assert.Equal([0, 1], doc.OrderedTracks.Select(t => t.Order));
        Assert.Equal("TRACK_NOT_FOUND", Code(TimelineEditor.RenameTrack(doc, a1, "x")));
        Assert.Equal("TRACK_KIND_MISMATCH", Code(TimelineEditor.AddTextClip(doc, v1, "hi", 0, 1)));
    }

    [Fact]
    public void AddClip_AudioOfAVideoGoesOnAnAudioTrack_ImageDefaultsToFiveSeconds()
    {
        var doc = TimelineDocument.Create(fps: 30);
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Audio, "Sound"), out var sound);
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Video, "Main"), out var main);
        doc = Ok(TimelineEditor.AddClip(doc, sound, VideoAsset, Assets[VideoAsset], 0), out var audio);
        Assert.IsType<AudioClip>(doc.FindClip(audio)!.Value.Clip);
        Assert.Equal(10, doc.FindClip(audio)!.Value.Clip.Duration, 6);
        doc = Ok(TimelineEditor.AddClip(doc, main, ImageAsset, Assets[ImageAsset], 1.01), out var image);
        var clip = doc.FindClip(image)!.Value.Clip;
        Assert.Equal((1d, 5d), (clip.Start, clip.Duration));  // 1.01 s rounds to frame 30
        Assert.Equal("TRACK_KIND_MISMATCH", Code(TimelineEditor.AddClip(doc, sound, ImageAsset, Assets[ImageAsset], 20)));
    }
}
