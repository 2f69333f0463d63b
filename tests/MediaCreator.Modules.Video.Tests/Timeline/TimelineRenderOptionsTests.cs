using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Timeline;
using static MediaCreator.Modules.Video.Tests.Timeline.TimelineRenderFixture;
using static MediaCreator.Modules.Video.Tests.Timeline.TimelineTestMedia;

namespace MediaCreator.Modules.Video.Tests.Timeline;

public sealed class TimelineRenderOptionsTests : IDisposable
{
    private readonly string _dir = TempDirectory("fit");
    private readonly TimelineRenderer _renderer = new(new TimelineRendererOptions { Preset = "ultrafast" });

    public void Dispose() => Directory.Delete(_dir, true);

    /// <summary>
    /// A portrait red clip on a green 640x480 timeline: letterboxed, fading (0.4 s) into blur-padded — that clip starts
    /// at source 0, so its half of the fade holds its first frame — then cropped, then letterboxed at half opacity.
    /// </summary>
    [Fact]
    public async Task ProxyRender_IsAt360pWithTheSameDuration_AndFitsAndOpacityShow()
    {
        var red = await ColorClipAsync(_dir, "portrait.mp4", "red", 3, width: 120, height: 240);
        var id = Guid.NewGuid();
        var media = new Dictionary<Guid, TimelineMediaFile> { [id] = new(red, TimelineAssetKind.Video, 3, true) };
        var doc = TimelineDocument.Create(640, 480, 25, "#00FF00");
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Video, "Main"), out var main);
        var fits = new (ClipFit Fit, double Opacity)[] { (ClipFit.Letterbox, 1), (ClipFit.BlurPad, 1), (ClipFit.Crop, 1), (ClipFit.Letterbox, 0.5) };
        var clips = new List<Guid>();
        for (var i = 0; i < fits.Length; i++)
        {
            doc = Ok(TimelineEditor.AddClip(doc, main, id, media[id].Info, i, 0, 1), out var clip);
            doc = Ok(TimelineEditor.SetClipTransform(doc, clip, fits[i].Fit, fits[i].Opacity), out _);
            clips.Add(clip);
        }
        doc = Ok(TimelineEditor.SetTransition(doc, clips[0], "fade", 0.4), out _);

        var reports = new List<VideoProgress>();
        var output = Path.Combine(_dir, "proxy.mp4");
        var info = await _renderer.RenderAsync(doc, media, output, _dir, proxy: true, new Sync(reports.Add));

        Assert.Equal((480, 360), (info.Width, info.Height));
        Assert.InRange(info.DurationSeconds, 3.95, 4.1);
        Assert.Equal(1, reports[^1].Fraction);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.Second.Fraction >= p.First.Fraction), "progress only grows");
        var side = (X: 40, Y: 180);
        var letterbox = Pixel(await FrameAsync(output, 0.5), side.X, side.Y);
        Assert.True(letterbox is { G: > 200, R: < 60 }, $"letterbox bars are the background, got {letterbox}");
        var fade = Pixel(await FrameAsync(output, 1.0), side.X, side.Y);
        Assert.True(fade is { R: > 70 and < 190, G: > 70 and < 190 }, $"mid-fade the side blends bar and blur, got {fade}");
        var blur = Pixel(await FrameAsync(output, 1.5), side.X, side.Y);
        Assert.True(blur is { R: > 180, G: < 60 }, $"blur-pad fills the sides with the (blurred) picture, got {blur}");
        var crop = Pixel(await FrameAsync(output, 2.5), side.X, side.Y);
        Assert.True(crop is { R: > 180, G: < 60 }, $"crop fills the frame, got {crop}");
        var half = Pixel(await FrameAsync(output, 3.5), 240, 180);
        Assert.True(half is { R: > 90 and < 170, G: > 90 and < 170 }, $"half-opaque red over green, got {half}");
    }

    [Fact]
    public async Task Render_WhenCancelled_StopsAtOnce()
    {
        var image = await ImageAsync(_dir, "still.png", "blue");
        var id = Guid.NewGuid();
        var media = new Dictionary<Guid, TimelineMediaFile> { [id] = new(image, TimelineAssetKind.Image, null, false) };
        var doc = TimelineDocument.Create(1280, 720, 30);
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Video, "Main"), out var main);
        doc = Ok(TimelineEditor.AddClip(doc, main, id, media[id].Info, 0, 0, 600), out var clip);
        doc = Ok(TimelineEditor.SetClipTransform(doc, clip, ClipFit.BlurPad), out _);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var started = DateTime.UtcNow;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _renderer.RenderAsync(doc, media, Path.Combine(_dir, "long.mp4"), _dir, ct: cts.Token));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "a 10-minute render stopped when cancelled");
    }

    [Fact]
    public async Task Render_InvalidDocument_IsInvalidInput()
    {
        var doc = TimelineDocument.Create(640, 360, 25);
        doc = Ok(TimelineEditor.AddTrack(doc, TrackKind.Video, "Main"), out var main);
        doc = Ok(TimelineEditor.AddClip(doc, main, Guid.NewGuid(), new TimelineAsset(TimelineAssetKind.Video, 5), 0), out _);
        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => _renderer.RenderAsync(doc, new Dictionary<Guid, TimelineMediaFile>(), "x.mp4", _dir));
        Assert.Equal("INVALID_INPUT", e.Code);
        Assert.Contains("ASSET_NOT_FOUND", e.Message);
    }

    [Fact]
    public void FrameSize_OfAProxy_HasA360ShortSideAtTheDocumentAspect()
    {
        Assert.Equal((640, 360), _renderer.FrameSize(TimelineDocument.Create(1920, 1080), proxy: true));
        Assert.Equal((360, 640), _renderer.FrameSize(TimelineDocument.Create(1080, 1920), proxy: true));
        Assert.Equal((320, 240), _renderer.FrameSize(TimelineDocument.Create(320, 240), proxy: true));
        Assert.Equal((1920, 1080), _renderer.FrameSize(TimelineDocument.Create(1920, 1080), proxy: false));
    }

    private sealed class Sync(Action<VideoProgress> report) : IProgress<VideoProgress>
    {
        public void Report(VideoProgress value) => report(value);
    }
}
