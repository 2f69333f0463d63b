using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Music;
using MediaCreator.Modules.Video.Generation.Planning;
using MediaCreator.Modules.Video.Generation.Rendering;

namespace MediaCreator.Modules.Video.Tests.Generation;

public sealed class MusicVideoRenderTests
{
    private const int W = 320, H = 568;
    private const double Fps = 25;

    [Fact]
    public async Task MusicVideo_CutsLandOnTheBeats_WithTheSongAsSoundtrack()
    {
        using var media = new GenerationMedia();
        // 120 BPM: a quiet 2 s intro, then a loud chorus (cut every 2 beats).
        var timing = new MusicTiming(6, 120, Enumerable.Range(0, 12).Select(i => i * 0.5).ToList(),
            [new MusicSection(0, 2, "intro"), new MusicSection(2, 6, "chorus")],
            Enumerable.Range(0, 25).Select(i => new EnergyPoint(i * 0.25, i * 0.25 < 2 ? 0.2 : 0.9)).ToList());
        var plan = new MusicVideoPlanner().Plan(timing, 4, AspectRatio.Portrait);
        Assert.Equal([0.0, 2, 3, 4, 5], plan.Storyboard.Scenes.Select(s => s.Start));
        var clip = await media.FfmpegAsync("clip.mp4", "-f", "lavfi", "-i", "testsrc2=size=480x270:rate=25:duration=0.6", "-c:v", "libx264", "-preset", "ultrafast");
        string[] pool = [media.Still("a.png", 40), media.Still("b.png", 200), media.Still("c.png", 120), clip];
        var song = await media.ToneAsync("song.wav", 6, 330);

        var info = await new StoryboardRenderer(new StoryboardRendererOptions { Preset = "ultrafast" }).RenderAsync(new StoryboardRenderRequest(
            plan.Storyboard, plan.VisualIndexes.Select(i => pool[i]).ToList(), media.File("mv.mp4"), media.File("scratch"), W, H, Fps,
            MusicPath: song, MusicStart: plan.Window.Start, MusicVolume: 1, FadeSeconds: 0), null, CancellationToken.None);

        Assert.Equal((W, H, 6.0), (info.Width, info.Height, Math.Round(info.DurationSeconds, 1)));
        var frames = await GenerationMedia.GrayFramesAsync(media.File("mv.mp4"), W / 4, H / 4);
        var diffs = Enumerable.Range(1, frames.Count - 1).Select(i => GenerationMedia.Difference(frames[i - 1], frames[i])).ToArray();
        var cuts = new[] { 2.0, 3, 4, 5 }.Select(t => (int)(t * Fps)).ToArray();
        var atCuts = cuts.Select(f => diffs[f - 1]).ToArray();
        var elsewhere = diffs.Where((_, i) => !cuts.Contains(i + 1)).ToArray();
        Assert.True(atCuts.Min() > 2 * elsewhere.Max(),
            $"cut spikes {string.Join(", ", atCuts.Select(d => d.ToString("0.0")))} vs the largest other change {elsewhere.Max():0.0}");
        var audio = await GenerationMedia.SamplesAsync(media.File("mv.mp4"));
        Assert.InRange(GenerationMedia.Tone(audio, 8000, 330, 0.5, 5.5), 0.055, 0.07); // the song at its own level (a 1/8 sine at half volume)
    }

    [Fact]
    public async Task RenderAsync_WhenCancelled_StopsFfmpegAndThrows()
    {
        using var media = new GenerationMedia();
        var board = new StoryboardPlanner().Plan(new StoryboardRequest("a long slow pan over mountains", null, 60, AspectRatio.Portrait));
        var visuals = board.Scenes.Select(s => media.Still($"{s.Index}.png", (byte)(40 + s.Index * 20))).ToList();
        using var cancel = new CancellationTokenSource();
        var progress = new InlineProgress(p => { if (p.Fraction > 0.02) cancel.Cancel(); });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new StoryboardRenderer(new StoryboardRendererOptions { Preset = "ultrafast" })
            .RenderAsync(new StoryboardRenderRequest(board, visuals, media.File("x.mp4"), media.File("scratch"), 160, 284, 25), progress, cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"cancelling took {clock.Elapsed.TotalSeconds:0.0} s");
    }
}
