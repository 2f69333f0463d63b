using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Tests.Editing.EditMedia;

namespace MediaCreator.Modules.Video.Tests.Editing;

public sealed class ReframeTests : IDisposable
{
    private readonly EditMedia _media = new();

    // A 40x40 white square crossing a black 640x360 frame left to right in 3 s (x = 20 + 186 t, y = 160).
    private Task<string> MovingSubjectAsync() => _media.MakeAsync("moving.mp4",
        "color=c=black:s=640x360:r=25:d=3[bg];color=c=white:s=40x40:r=25:d=3[fg];[bg][fg]overlay=x='20+186*t':y=160:shortest=1");

    private static LinearPlanner Following => new()
    {
        Keys = (_, _, cw, _) => new[] { 0, 1.5, 3 }.Select(t => new CropKeyframe(t, 40 + 186 * t - cw / 2.0, 0)).ToList(),
    };

    [Fact]
    public async Task SmartCrop_FollowsThePlannedPath_SubjectStaysInFrame()
    {
        var source = await MovingSubjectAsync();
        var planner = Following;

        var info = await Editor(planner).EditAsync(new VideoEditRequest([source], [new AutoReframeEdit(AspectRatio.Portrait)],
            _media.File("smart.mp4"), _media.Scratch), null, CancellationToken.None);

        Assert.Equal((360, 640), (info.Width, info.Height));
        Assert.Equal("9:16", info.AspectRatio);
        Assert.Equal(["moving.mp4 9:16"], planner.Calls);
        // The square scaled by 360/202 is ~71x71 = ~5000 px: all of it must be in the crop.
        foreach (var t in new[] { 0.3, 1.5, 2.7 })
            Assert.InRange(await BrightPixelsAsync(_media.File("smart.mp4"), t), 4200, 6000);
    }

    [Fact]
    public async Task CenterCrop_KeepsTheMiddle_SubjectAtTheEdgeIsLost()
    {
        var source = await MovingSubjectAsync();

        var info = await Editor().EditAsync(new VideoEditRequest([source], [new AutoReframeEdit(AspectRatio.Square, ReframeStrategy.CenterCrop)],
            _media.File("center.mp4"), _media.Scratch), null, CancellationToken.None);

        Assert.Equal((360, 360), (info.Width, info.Height));
        Assert.Equal(0, await BrightPixelsAsync(_media.File("center.mp4"), 0.3));
        Assert.InRange(await BrightPixelsAsync(_media.File("center.mp4"), 1.5), 1300, 1900);
    }

    [Fact]
    public async Task SmartCrop_AfterATrim_PlansOnTheRenderedChain()
    {
        var source = await MovingSubjectAsync();
        var planner = Following;

        var info = await Editor(planner).EditAsync(new VideoEditRequest([source],
            [new TrimEdit(0, 2), new AutoReframeEdit(AspectRatio.Portrait)], _media.File("trimmed.mp4"), _media.Scratch), null, CancellationToken.None);

        Assert.Equal((360, 640), (info.Width, info.Height));
        Assert.InRange(info.DurationSeconds, 1.95, 2.05);
        Assert.StartsWith("checkpoint-", planner.Calls.Single());
    }

    [Fact]
    public async Task Letterbox_AndBlurPad_FillTheBarsDifferently()
    {
        var source = await _media.MakeAsync("src.mp4", "testsrc2=s=320x240:r=25:d=1");
        var editor = Editor();

        var letterbox = await editor.EditAsync(new VideoEditRequest([source], [new AutoReframeEdit(AspectRatio.Portrait, ReframeStrategy.Letterbox)],
            _media.File("lb.mp4"), _media.Scratch), null, CancellationToken.None);
        var blur = await editor.EditAsync(new VideoEditRequest([source], [new AutoReframeEdit(AspectRatio.Portrait, ReframeStrategy.BlurPad)],
            _media.File("bp.mp4"), _media.Scratch), null, CancellationToken.None);

        Assert.Equal((240, 426), (letterbox.Width, letterbox.Height));
        Assert.Equal((240, 426), (blur.Width, blur.Height));
        // The picture (240x180) sits in the middle; 123 px bars above and below.
        var (lb, w, _) = await FrameAsync(_media.File("lb.mp4"), 0.5);
        var (bp, _, _) = await FrameAsync(_media.File("bp.mp4"), 0.5);
        Assert.True(RowMean(lb, w, 40) < 20, "letterbox bar is not black");
        Assert.True(RowMean(bp, w, 40) > 30, "blur-pad bar is black");
        Assert.True(RowRoughness(bp, w, 40) < 6, "blur-pad bar is not smooth");
        Assert.True(RowMean(lb, w, 213) > 30 && Math.Abs(RowMean(lb, w, 213) - RowMean(bp, w, 213)) < 12, "the picture differs in the middle");
    }

    private static async Task<int> BrightPixelsAsync(string path, double t)
    {
        var (rgb, _, _) = await FrameAsync(path, t);
        var count = 0;
        for (var i = 0; i < rgb.Length; i += 3) if (rgb[i] > 128 && rgb[i + 1] > 128 && rgb[i + 2] > 128) count++;
        return count;
    }

    private static double RowMean(byte[] rgb, int width, int y) => rgb.AsSpan(y * width * 3, width * 3).ToArray().Average(b => (double)b);

    private static double RowRoughness(byte[] rgb, int width, int y)
    {
        var row = rgb.AsSpan(y * width * 3, width * 3).ToArray();
        return Enumerable.Range(3, row.Length - 3).Average(i => Math.Abs(row[i] - row[i - 3]));
    }

    public void Dispose() => _media.Dispose();
}
