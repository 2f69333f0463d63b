using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Timeline;
using static MediaCreator.Modules.Video.Tests.Timeline.TimelineRenderFixture;

namespace MediaCreator.Modules.Video.Tests.Timeline;

public sealed class TimelineDocumentTests
{
    private static readonly Guid Video = Guid.NewGuid(), Audio = Guid.NewGuid();

    private static readonly Dictionary<Guid, TimelineAsset> Assets = new()
    {
        [Video] = new(TimelineAssetKind.Video, 6, true),
        [Audio] = new(TimelineAssetKind.Audio, 4, true),
    };

    private static TimelineDocument Sample()
    {
        var doc = TimelineDocument.Create(1280, 720, 30, "#102030");
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Video, "Main"), out var main);
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Audio, "Music"), out var music);
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Text, "Titles"), out var titles);
        doc = Ok(TimelineEditor.AddClip(doc, main, Video, Assets[Video], 0, 0, 3), out var a);
        doc = Ok(TimelineEditor.AddClip(doc, main, Video, Assets[Video], 3, 1, 4), out _);
        doc = Ok(TimelineEditor.SetTransition(doc, a, "dissolve", 0.5), out _);
        doc = Ok(TimelineEditor.SetClipTransform(doc, a, ClipFit.BlurPad, opacity: 0.9), out _);
        doc = Ok(TimelineEditor.AddClip(doc, music, Audio, Assets[Audio], 1), out var m);
        doc = Ok(TimelineEditor.SetClipAudio(doc, m, 0.4, 0.5, 1), out _);
        return Ok(TimelineEditor.AddTextClip(doc, titles, "สวัสดี", 0.5, 2, new TextStyle(FontSize: 64, Color: "#FFCC00"), "th"), out _);
    }

    [Fact]
    public void Json_RoundTrips_WithCamelCaseAndContractEnums()
    {
        var doc = Sample();
        var json = TimelineJson.Serialize(doc);
        Assert.Contains("\"backgroundColor\":\"#102030\"", json);
        Assert.Contains("\"kind\":\"VIDEO\"", json);
        Assert.Contains("\"fit\":\"BLUR_PAD\"", json);
        Assert.Contains("\"type\":\"text\"", json);
        var back = TimelineJson.Deserialize(json);
        Assert.Equal(json, TimelineJson.Serialize(back));
        Assert.Equal(doc.Revision, back.Revision);
        Assert.Equal(doc.Duration, back.Duration, 6);
        var text = Assert.IsType<TextClip>(back.Tracks.Single(t => t.Kind == TrackKind.Text).Clips.Single());
        Assert.Equal(("สวัสดี", "th", "#FFCC00"), (text.Text, text.Language, text.Style.Color));
    }

    [Fact]
    public void Json_Malformed_IsInvalidInput()
    {
        Assert.Equal("INVALID_INPUT", Assert.Throws<VideoProcessingException>(() => TimelineJson.Deserialize("{\"tracks\": 5}")).Code);
    }

    [Fact]
    public void Json_ClipTag_AfterOtherKeys_AsPostgresJsonbStoresIt()
    {
        var doc = TimelineJson.Deserialize("""{"fps":25,"width":640,"height":360,"revision":1,"tracks":[{"id":"6f1c2a4e-0000-0000-0000-000000000001","kind":"VIDEO","name":"V","order":0,"clips":[{"id":"6f1c2a4e-0000-0000-0000-000000000002","start":0,"inPoint":0,"assetId":"6f1c2a4e-0000-0000-0000-000000000003","outPoint":2,"type":"video"}]}]}""");
        var clip = Assert.IsType<VideoClip>(Assert.Single(Assert.Single(doc.Tracks).Clips));
        Assert.Equal(2, clip.OutPoint);
    }

    [Fact]
    public void Json_MissingLists_ReadAsEmpty()
    {
        var doc = TimelineJson.Deserialize("""{"width":640,"height":360,"fps":25,"revision":2,"tracks":[{"id":"6f1c2a4e-0000-0000-0000-000000000001","kind":"TEXT","name":"T","order":0,"clips":[{"type":"text","id":"6f1c2a4e-0000-0000-0000-000000000002","start":1,"length":2,"text":"hi"}]}]}""");
        var track = Assert.Single(doc.Tracks);
        Assert.Empty(track.Transitions);
        Assert.Equal(48, Assert.IsType<TextClip>(Assert.Single(track.Clips)).Style.FontSize);
        Assert.Equal(3, doc.Duration);
        Assert.Empty(TimelineValidator.Validate(doc, Assets));
    }

    [Fact]
    public void Validate_ValidDocument_HasNoErrors() => Assert.Empty(TimelineValidator.Validate(Sample(), Assets));

    [Fact]
    public void Validate_FindsUnknownAssetsOverlapsSourceOverrunsAndLongTransitions()
    {
        var doc = Sample();
        var main = doc.Tracks.Single(t => t.Kind == TrackKind.Video);
        var clips = main.OrderedClips.Cast<VideoClip>().ToList();
        var broken = doc with
        {
            Tracks = [.. doc.Tracks.Where(t => t.Id != main.Id), main with
            {
                Clips = [clips[0] with { OutPoint = 7 }, clips[1] with { Start = 2.5 }, new VideoClip(Guid.NewGuid(), Guid.NewGuid(), 20, 0, 1)],
                Transitions = [main.Transitions[0] with { Duration = 10 }],
            }],
        };
        var codes = TimelineValidator.Validate(broken, Assets).Select(e => e.Code).ToList();
        Assert.Contains("OUT_OF_SOURCE", codes);
        Assert.Contains("ASSET_NOT_FOUND", codes);
        Assert.Contains("OVERLAP", codes);
        var transition = doc with { Tracks = [.. doc.Tracks.Where(t => t.Id != main.Id), main with { Transitions = [main.Transitions[0] with { Duration = 10 }] }] };
        Assert.Contains("TRANSITION_TOO_LONG", TimelineValidator.Validate(transition, Assets).Select(e => e.Code));
    }
}
