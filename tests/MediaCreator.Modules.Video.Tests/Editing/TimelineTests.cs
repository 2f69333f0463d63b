using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Tests.Editing.EditMedia;

namespace MediaCreator.Modules.Video.Tests.Editing;

public sealed class TimelineTests : IDisposable
{
    private readonly EditMedia _media = new();

    [Fact]
    public async Task TrimThenSpeed_DurationsFollow()
    {
        var source = await _media.MakeAsync("src.mp4", "testsrc2=s=320x240:r=25:d=4", "sine=f=440:r=48000:d=4");

        var fast = await Editor().EditAsync(new VideoEditRequest([source], [new TrimEdit(0.5, 3.5), new SpeedEdit(1.5)],
            _media.File("fast.mp4"), _media.Scratch), null, CancellationToken.None);
        var slow = await Editor().EditAsync(new VideoEditRequest([source], [new TrimEdit(1, 2), new SpeedEdit(0.25)],
            _media.File("slow.mp4"), _media.Scratch), null, CancellationToken.None);

        Assert.InRange(fast.DurationSeconds, 1.95, 2.08);
        Assert.InRange(slow.DurationSeconds, 3.95, 4.08);
        Assert.Equal(25, fast.Fps, 1);
        // atempo keeps the pitch: still 440 Hz, far above 220 or 110 Hz.
        var samples = await SamplesAsync(_media.File("slow.mp4"));
        Assert.True(ToneDb(samples, 16000, 1, 3, 440) > ToneDb(samples, 16000, 1, 3, 110) + 20);
    }

    [Fact]
    public async Task Concat_NormalizesClipsAndFillsMissingAudio()
    {
        var source = await _media.MakeAsync("main.mp4", "testsrc2=s=320x240:r=25:d=3", "sine=f=440:r=48000:d=3");
        var clip = await _media.MakeAsync("clip.mp4", "color=c=red:s=640x360:r=30:d=2");

        var info = await Editor().EditAsync(new VideoEditRequest([source], [new ConcatEdit([clip])], _media.File("cat.mp4"), _media.Scratch),
            null, CancellationToken.None);
        var faded = await Editor().EditAsync(new VideoEditRequest([source], [new ConcatEdit([clip], "slideleft", 500)], _media.File("fade.mp4"), _media.Scratch),
            null, CancellationToken.None);

        Assert.Equal((320, 240, 25.0), (info.Width, info.Height, info.Fps));
        Assert.InRange(info.DurationSeconds, 4.95, 5.08);
        Assert.InRange(faded.DurationSeconds, 4.45, 4.58);
        Assert.True(info.HasAudio);
        var samples = await SamplesAsync(_media.File("cat.mp4"));
        Assert.True(RmsDb(samples, 16000, 0.5, 2.5) > -30);
        Assert.True(RmsDb(samples, 16000, 3.2, 4.8) < -60);
        var (rgb, w, _) = await FrameAsync(_media.File("cat.mp4"), 4);
        Assert.True(rgb[(120 * w + 160) * 3] > 200 && rgb[(120 * w + 160) * 3 + 1] < 60, "the red clip is not shown");
    }

    public void Dispose() => _media.Dispose();
}
