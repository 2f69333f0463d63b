using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Planning;
using MediaCreator.Modules.Video.Generation.Rendering;

namespace MediaCreator.Modules.Video.Tests.Generation;

public sealed class StoryboardRendererTests
{
    private const int W = 320, H = 568;
    private const double Fps = 25;
    private static readonly StoryboardRendererOptions Fast = new() { Preset = "ultrafast", Crf = 18 };

    private static Storyboard Board(params (double Start, double Duration, string? Text, MotionKind Motion, string Transition)[] scenes) =>
        new("Test", "en", scenes.Sum(s => s.Duration), AspectRatio.Portrait,
            scenes.Select((s, i) => new StoryboardScene(i, s.Start, s.Duration, s.Text, "test", new SceneMotion(s.Motion, 0.2), s.Transition, 0.4)).ToList(), []);

    [Fact]
    public async Task RenderAsync_WhenStillsWithFades_HasTheFrameAndCutsAtThePlannedTimesAndMovesSmoothly()
    {
        using var media = new GenerationMedia();
        var board = Board((0, 1.5, null, MotionKind.ZoomIn, "none"), (1.5, 1.5, null, MotionKind.PanRight, "fade"), (3.0, 1.5, null, MotionKind.PanUp, "dissolve"));
        string[] visuals = [media.Still("a.png", 40), media.Still("b.png", 200), media.Still("c.png", 110)];
        var reports = new List<VideoProgress>();

        var info = await new StoryboardRenderer(Fast).RenderAsync(
            new StoryboardRenderRequest(board, visuals, media.File("out.mp4"), media.File("scratch"), W, H, Fps, FadeSeconds: 0.2),
            new Progress(reports.Add), CancellationToken.None);

        Assert.Equal((W, H, Fps, "h264", "aac"), (info.Width, info.Height, info.Fps, info.VideoCodec, info.AudioCodec));
        Assert.InRange(info.DurationSeconds, 4.45, 4.55);
        var frames = await GenerationMedia.GrayFramesAsync(media.File("out.mp4"), W / 4, H / 4);
        Assert.Equal(112, frames.Count);
        var luma = frames.Select(GenerationMedia.Mean).ToArray();
        Assert.InRange(Crossing(luma, 20, 50, (40 + 200) / 2.0) / Fps, 1.5 - 1 / Fps, 1.5 + 1 / Fps);
        Assert.InRange(Crossing(luma, 57, 95, (200 + 110) / 2.0) / Fps, 3.0 - 1 / Fps, 3.0 + 1 / Fps);
        foreach (var (from, to) in new[] { (6, 33), (43, 70), (81, 106) })
        {
            var steps = Enumerable.Range(from, to - from).Select(i => GenerationMedia.Difference(frames[i], frames[i + 1])).ToArray();
            Assert.All(steps, d => Assert.True(d > 0.2, $"frames {from}..{to} stand still: {string.Join(", ", steps.Select(s => s.ToString("0.00")))}"));
            Assert.True(steps.Max() < 4 * steps.Average(), $"motion jumps in frames {from}..{to}: {string.Join(", ", steps.Select(s => s.ToString("0.00")))}");
        }
        Assert.True(reports.Count > 0 && reports[^1].Fraction == 1);
    }

    /// <summary>Fractional frame index where <paramref name="luma"/> crosses <paramref name="level"/> between two frames.</summary>
    private static double Crossing(double[] luma, int from, int to, double level)
    {
        for (var i = from; i < to; i++)
            if ((luma[i] - level) * (luma[i + 1] - level) <= 0)
                return i + (level - luma[i]) / (luma[i + 1] - luma[i]);
        throw new Xunit.Sdk.XunitException($"no crossing of {level} in frames {from}..{to}: {string.Join(", ", luma[from..to].Select(l => l.ToString("0")))}");
    }

    private sealed class Progress(Action<VideoProgress> report) : IProgress<VideoProgress>
    {
        public void Report(VideoProgress value) => report(value);
    }
}
