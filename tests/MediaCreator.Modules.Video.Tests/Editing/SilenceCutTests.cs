using MediaCreator.Modules.Video.Abstractions;
using static MediaCreator.Modules.Video.Tests.Editing.EditMedia;

namespace MediaCreator.Modules.Video.Tests.Editing;

public sealed class SilenceCutTests : IDisposable
{
    // 20 fps. Speech 0.5-1.5, 2.5-3.0, 4.2-5.0 of 6 s; with 100 ms padding the kept ranges are 0.4-1.6, 2.4-3.1, 4.1-5.1.
    private static readonly (double, double)[] Bursts = [(0.5, 1.5), (2.5, 3.0), (4.2, 5.0)];
    private const double Kept = 1.2 + 0.7 + 1.0;
    private readonly EditMedia _media = new();

    [Fact]
    public async Task AutoCutSilence_WhenSpeechHasGaps_KeepsSpeechPlusPaddingInSync()
    {
        var source = await _media.BurstsAsync("bursts.mp4", 6, Bursts);
        var reports = new List<VideoProgress>();
        var output = _media.File("cut.mp4");

        var info = await Editor().EditAsync(new VideoEditRequest([source], [new AutoCutSilenceEdit(500, -40, 100)], output, _media.Scratch),
            new SyncProgress(reports), CancellationToken.None);

        Assert.InRange(info.DurationSeconds, Kept - 0.09, Kept + 0.09);
        Assert.Equal(320, info.Width);
        Assert.True(info.HasAudio);
        var samples = await SamplesAsync(output);
        Assert.True(LongestQuiet(samples, 16000) < 0.25, $"longest quiet stretch {LongestQuiet(samples, 16000):0.00} s");
        // Flash and tone still coincide frame by frame (edge frames may differ by one).
        var frames = await FrameBrightnessAsync(output);
        var mismatched = Enumerable.Range(0, frames.Length)
            .Count(i => frames[i] > 128 != RmsDb(samples, 16000, i / 20.0 + 0.005, (i + 1) / 20.0 - 0.005) > -20);
        Assert.True(mismatched <= 4, $"{mismatched} frames where picture and sound disagree");
        Assert.Equal(1, reports[^1].Fraction, 3);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.Second.Fraction >= p.First.Fraction - 1e-9), "progress goes backwards");
    }

    [Fact]
    public async Task AutoCutSilence_WithTransition_CrossfadesEveryCut()
    {
        var source = await _media.BurstsAsync("bursts.mp4", 6, Bursts);

        var info = await Editor().EditAsync(new VideoEditRequest([source],
            [new AutoCutSilenceEdit(500, -40, 100), new AutoTransitionEdit("fade", 200)], _media.File("xfade.mp4"), _media.Scratch),
            null, CancellationToken.None);

        Assert.InRange(info.DurationSeconds, Kept - 0.4 - 0.09, Kept - 0.4 + 0.09);
    }

    [Fact]
    public async Task RemoveRanges_CutsExactlyTheGivenRanges()
    {
        var source = await _media.BurstsAsync("bursts.mp4", 6, Bursts);

        var info = await Editor().EditAsync(new VideoEditRequest([source],
            [new RemoveRangesEdit([new TimeRange(1.5, 2.5), new TimeRange(3.0, 4.2)])], _media.File("rr.mp4"), _media.Scratch),
            null, CancellationToken.None);

        Assert.InRange(info.DurationSeconds, 3.8 - 0.07, 3.8 + 0.07);
        var frames = await FrameBrightnessAsync(_media.File("rr.mp4"));
        // 0.5-1.5 white, then 2.5-3.0 right after, then 4.2-5.0 (20 fps): white 0.5..2.3 without a black gap.
        Assert.All(Enumerable.Range(10, 36), i => Assert.True(frames[i] > 128, $"frame {i} is black"));
    }

    private static double LongestQuiet(float[] samples, int rate)
    {
        double longest = 0, run = 0, step = 0.01;
        for (var t = 0.0; t < samples.Length / (double)rate; t += step)
        {
            run = RmsDb(samples, rate, t, t + step) < -40 ? run + step : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    public void Dispose() => _media.Dispose();
}

/// <summary>Collects reports synchronously (Progress&lt;T&gt; posts them later, out of order).</summary>
internal sealed class SyncProgress(List<VideoProgress> reports) : IProgress<VideoProgress>
{
    public void Report(VideoProgress value)
    {
        lock (reports) reports.Add(value);
    }
}
