using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Timeline;
using static MediaCreator.Modules.Video.Tests.Timeline.TimelineTestMedia;

namespace MediaCreator.Modules.Video.Tests.Timeline;

/// <summary>
/// One render shared by the assertions: red clip (220 Hz) 0..2 s, fade (0.8 s) into blue clip (330 Hz) 2..4 s, gap 4..4.5 s (grey
/// background), yellow image 4.5..6 s, a white overlay square at the top left 1..3 s, white text 2.6..3.6 s at the
/// bottom, a 1 kHz tone 3..4.5 s on an audio track.
/// </summary>
public sealed class TimelineRenderFixture : IAsyncLifetime
{
    public string Directory { get; } = TempDirectory("render");
    public string Output => Path.Combine(Directory, "timeline.mp4");
    public VideoInfo Info { get; private set; } = null!;
    public TimelineDocument Document { get; private set; } = null!;
    public Dictionary<Guid, TimelineMediaFile> Media { get; } = [];

    public async Task InitializeAsync()
    {
        var red = await ColorClipAsync(Directory, "red.mp4", "red", 3);
        var blue = await ColorClipAsync(Directory, "blue.mp4", "blue", 3, toneHz: 330);
        var yellow = await ImageAsync(Directory, "yellow.png", "yellow");
        var white = await ImageAsync(Directory, "white.png", "white", 64, 64);
        var tone = await ToneAsync(Directory, "tone.wav", 1000, 2);
        Guid redId = Guid.NewGuid(), blueId = Guid.NewGuid(), yellowId = Guid.NewGuid(), whiteId = Guid.NewGuid(), toneId = Guid.NewGuid();
        Media[redId] = new(red, TimelineAssetKind.Video, 3, true);
        Media[blueId] = new(blue, TimelineAssetKind.Video, 3, true);
        Media[yellowId] = new(yellow, TimelineAssetKind.Image, null, false);
        Media[whiteId] = new(white, TimelineAssetKind.Image, null, false);
        Media[toneId] = new(tone, TimelineAssetKind.Audio, 2, true);

        var doc = TimelineDocument.Create(320, 240, 25, "#404040");
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Video, "Main"), out var main);
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Video, "Overlay"), out var overlay);
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Text, "Titles"), out var titles);
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Audio, "Music"), out var music);
        doc = Ok(TimelineEditor.AddClip(doc, main, redId, Media[redId].Info, 0, 0.5, 2.5), out var a);
        doc = Ok(TimelineEditor.AddClip(doc, main, blueId, Media[blueId].Info, 2, 0.5, 2.5), out _);
        doc = Ok(TimelineEditor.SetTransition(doc, a, "fade", 0.8), out _);
        doc = Ok(TimelineEditor.AddClip(doc, main, yellowId, Media[yellowId].Info, 4.5, 0, 1.5), out _);
        doc = Ok(TimelineEditor.AddClip(doc, overlay, whiteId, Media[whiteId].Info, 1, 0, 2), out var logo);
        doc = Ok(TimelineEditor.SetClipTransform(doc, logo, ClipFit.Crop, x: 0.15, y: 0.2, scale: 0.2), out _);
        doc = Ok(TimelineEditor.AddTextClip(doc, titles, "HELLO", 2.6, 1, new TextStyle(FontSize: 40, Y: 0.8)), out _);
        doc = Ok(TimelineEditor.AddClip(doc, music, toneId, Media[toneId].Info, 3, 0, 1.5), out _);
        Document = doc;
        Info = await new TimelineRenderer(new TimelineRendererOptions { Preset = "ultrafast" })
            .RenderAsync(doc, Media, Output, Directory, ct: CancellationToken.None);
    }

    internal static TimelineDocument Ok(TimelineEditResult result, out Guid created)
    {
        Assert.True(result.Succeeded, result.Error?.ToString());
        created = result.CreatedId ?? Guid.Empty;
        return result.Document!;
    }

    public Task DisposeAsync()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class TimelineRendererTests(TimelineRenderFixture fixture) : IClassFixture<TimelineRenderFixture>
{
    private static bool Red((int R, int G, int B) p) => p.R > 180 && p.G < 70 && p.B < 70;
    private static bool Blue((int R, int G, int B) p) => p.B > 180 && p.R < 70 && p.G < 70;

    [Fact]
    public void Render_HasTimelineDurationAndSize()
    {
        Assert.Equal(320, fixture.Info.Width);
        Assert.Equal(240, fixture.Info.Height);
        Assert.Equal("h264", fixture.Info.VideoCodec);
        Assert.Equal("aac", fixture.Info.AudioCodec);
        Assert.InRange(fixture.Info.DurationSeconds, 5.9, 6.1);
    }

    [Fact]
    public async Task Render_ClipsAppearInOrderWithBackgroundInTheGap()
    {
        Assert.True(Red(Pixel(await FrameAsync(fixture.Output, 0.5), 160, 120)));
        Assert.True(Blue(Pixel(await FrameAsync(fixture.Output, 3.0), 160, 120)));
        var gap = Pixel(await FrameAsync(fixture.Output, 4.2), 160, 120);
        Assert.InRange(gap.R, 50, 80);
        Assert.InRange(gap.G, 50, 80);
        var image = Pixel(await FrameAsync(fixture.Output, 5.5), 160, 120);
        Assert.True(image is { R: > 200, G: > 200, B: < 70 }, $"image clip shows yellow, got {image}");
    }

    [Fact]
    public async Task Transition_BlendsBothClipsAroundTheCut()
    {
        var mid = Pixel(await FrameAsync(fixture.Output, 2.0), 160, 120);
        Assert.InRange(mid.R, 70, 190);
        Assert.InRange(mid.B, 70, 190);
        Assert.True(Red(Pixel(await FrameAsync(fixture.Output, 1.5), 160, 120)), "before the transition: red only");
        Assert.True(Blue(Pixel(await FrameAsync(fixture.Output, 2.5), 160, 120)), "after the transition: blue only");
    }

    [Fact]
    public async Task Overlay_ShowsAtItsPositionOnlyDuringItsClip()
    {
        static bool White((int R, int G, int B) p) => p.R > 200 && p.G > 200 && p.B > 200;
        var during = await FrameAsync(fixture.Output, 1.2);
        Assert.True(White(Pixel(during, 48, 48)), "overlay centre at 15%/20% of the frame");
        Assert.True(Red(Pixel(during, 160, 120)), "the base stays visible around it");
        Assert.False(White(Pixel(await FrameAsync(fixture.Output, 0.5), 48, 48)));
        Assert.False(White(Pixel(await FrameAsync(fixture.Output, 3.5), 48, 48)));
    }

    [Fact]
    public async Task Text_IsBurnedInOnlyDuringTheTextClip()
    {
        static bool White((int R, int G, int B) p) => p.R > 200 && p.G > 200 && p.B > 200;
        int Band((byte[], int, int) f) => Count(f, 60, 160, 260, 220, White);
        Assert.True(Band(await FrameAsync(fixture.Output, 3.1)) > 100, "text pixels while the text clip runs");
        Assert.Equal(0, Band(await FrameAsync(fixture.Output, 2.4)));
        Assert.Equal(0, Band(await FrameAsync(fixture.Output, 3.9)));
    }

    [Fact]
    public async Task AudioClip_ToneIsPresentOnlyInItsWindow()
    {
        var samples = await SamplesAsync(fixture.Output);
        Assert.True(ToneLevel(samples, 16000, 1000, 3.1, 4.4) > 0.3, "1 kHz tone at 0.5 amplitude while the audio clip plays");
        Assert.True(ToneLevel(samples, 16000, 1000, 0.2, 2.9) < 0.02, "no tone before");
        Assert.True(ToneLevel(samples, 16000, 1000, 4.6, 5.9) < 0.02, "no tone after");
        Assert.True(ToneLevel(samples, 16000, 220, 0.2, 1.5) > 0.015, "the video clips' own sound (220 Hz at 0.025) is mixed in");
    }

    [Fact]
    public async Task Transition_CrossfadesTheClipsSound()
    {
        var samples = await SamplesAsync(fixture.Output);
        Assert.True(ToneLevel(samples, 16000, 330, 0.2, 1.5) < 0.002, "blue's sound is not heard before the transition");
        Assert.True(ToneLevel(samples, 16000, 220, 2.5, 3.9) < 0.002, "red's sound is not heard after it");
        Assert.True(ToneLevel(samples, 16000, 330, 2.5, 3.9) > 0.015);
        Assert.True(ToneLevel(samples, 16000, 220, 1.9, 2.1) > 0.005, "red still sounds, fading, at the cut");
        Assert.True(ToneLevel(samples, 16000, 330, 1.9, 2.1) > 0.005, "blue already sounds, rising, at the cut");
    }
}
