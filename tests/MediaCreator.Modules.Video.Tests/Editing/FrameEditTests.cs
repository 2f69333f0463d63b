using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Tests.Editing.EditMedia;

namespace MediaCreator.Modules.Video.Tests.Editing;

public sealed class FrameEditTests : IDisposable
{
    private readonly EditMedia _media = new();

    [Fact]
    public async Task Overlay_PutsTheWatermarkInTheCornerDuringItsWindow()
    {
        var source = await _media.MakeAsync("black.mp4", "color=c=black:s=320x240:r=25:d=3");
        var logo = await _media.RawAsync("logo.png", "-f", "lavfi", "-i", "color=c=red:s=64x64", "-frames:v", "1");

        await Editor().EditAsync(new VideoEditRequest([source], [new OverlayEdit(logo, "bottom-right", 0.25, 1, 1, 2, 10)],
            _media.File("wm.mp4"), _media.Scratch), null, CancellationToken.None);

        // 80x80 red square, 10 px from the right and bottom edges, only between 1 s and 2 s.
        var (on, w, _) = await FrameAsync(_media.File("wm.mp4"), 1.5);
        var (off, _, _) = await FrameAsync(_media.File("wm.mp4"), 0.5);
        Assert.True(IsRed(on, w, 320 - 10 - 40, 240 - 10 - 40));
        Assert.False(IsRed(on, w, 320 - 10 - 40, 40));
        Assert.False(IsRed(on, w, 40, 240 - 10 - 40));
        Assert.False(IsRed(off, w, 320 - 10 - 40, 240 - 10 - 40));
    }

    [Fact]
    public async Task BurnSubtitles_DrawsTextOnlyWhileTheSegmentLasts()
    {
        var source = await _media.MakeAsync("black.mp4", "color=c=black:s=320x240:r=25:d=3");
        var transcript = new Transcript("en", [new TranscriptSegment(1, 2, "HELLO", [new TimedWord(1, 2, "HELLO")])], "test");

        await Editor().EditAsync(new VideoEditRequest([source], [new BurnSubtitlesEdit(transcript, "STANDARD")],
            _media.File("subs.mp4"), _media.Scratch), null, CancellationToken.None);

        Assert.True(await BrightAsync(_media.File("subs.mp4"), 1.5) > 300);
        Assert.Equal(0, await BrightAsync(_media.File("subs.mp4"), 0.5));
        Assert.Equal(0, await BrightAsync(_media.File("subs.mp4"), 2.5));
    }

    [Fact]
    public async Task PunchIn_ZoomsOnTheLoudMoment_AndUnknownPresetIsUnsupported()
    {
        // A red 8 px border around grey; quiet tone with a loud burst at 2.0-2.4 s.
        var source = await _media.MakeAsync("border.mp4",
            "color=c=gray:s=320x240:r=25:d=4,drawbox=x=0:y=0:w=iw:h=ih:color=red:t=8",
            "aevalsrc=exprs='sin(2*PI*500*t)*(0.03+0.5*between(t,2,2.4))':s=48000:d=4");

        await Editor().EditAsync(new VideoEditRequest([source], [new AutoEffectsEdit("punch-in", 1)], _media.File("punch.mp4"), _media.Scratch),
            null, CancellationToken.None);
        var e = await Assert.ThrowsAsync<VideoProcessingException>(() => Editor().EditAsync(
            new VideoEditRequest([source], [new AutoEffectsEdit("glitch")], _media.File("x.mp4"), _media.Scratch), null, CancellationToken.None));

        var (before, w, _) = await FrameAsync(_media.File("punch.mp4"), 1.0);
        var (during, _, _) = await FrameAsync(_media.File("punch.mp4"), 2.2);
        var (after, _, _) = await FrameAsync(_media.File("punch.mp4"), 3.5);
        Assert.True(IsRed(before, w, 3, 120) && IsRed(after, w, 3, 120), "border missing outside the punch-in");
        Assert.False(IsRed(during, w, 3, 120), "no zoom at the loud moment");
        Assert.Equal("UNSUPPORTED", e.Code);
        Assert.Contains("punch-in", e.Message, StringComparison.Ordinal);
    }

    private static bool IsRed(byte[] rgb, int width, int x, int y)
    {
        var i = (y * width + x) * 3;
        return rgb[i] > 180 && rgb[i + 1] < 80 && rgb[i + 2] < 80;
    }

    private static async Task<int> BrightAsync(string path, double t)
    {
        var (rgb, _, _) = await FrameAsync(path, t);
        return Enumerable.Range(0, rgb.Length / 3).Count(i => rgb[i * 3] > 200 && rgb[i * 3 + 1] > 200 && rgb[i * 3 + 2] > 200);
    }

    public void Dispose() => _media.Dispose();
}
