using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Music;

namespace MediaCreator.Modules.Video.Tests.Generation;

public sealed class MusicPlanningTests
{
    /// <summary>A 120 BPM, 90 s song: intro, verse, loud chorus at 40..60 s, quiet bridge, outro.</summary>
    internal static MusicTiming Song()
    {
        var beats = Enumerable.Range(0, 180).Select(i => i * 0.5).ToList();
        MusicSection[] sections = [new(0, 10, "intro"), new(10, 40, "verse"), new(40, 60, "chorus"), new(60, 75, "bridge"), new(75, 90, "outro")];
        var energy = Enumerable.Range(0, 361).Select(i => i * 0.25).Select(t => new EnergyPoint(t, t switch
        {
            < 10 => 0.2, < 40 => 0.5, < 60 => 0.9, < 75 => 0.25, _ => 0.4,
        })).ToList();
        return new MusicTiming(90, 120, beats, sections, energy);
    }

    [Fact]
    public void Plan_CutsOnlyOnBeats_FasterInTheChorus_AndAtEverySectionBoundary()
    {
        var plan = new MusicVideoPlanner().Plan(Song(), 3, AspectRatio.Portrait);
        var scenes = plan.Storyboard.Scenes;

        Assert.Equal(90, scenes.Sum(s => s.Duration), 3);
        Assert.All(scenes, s => Assert.Equal(0, s.Start % 0.5, 6));
        foreach (var boundary in new[] { 10.0, 40, 60, 75 }) Assert.Contains(scenes, s => Math.Abs(s.Start - boundary) < 1e-6);
        double Mean(double from, double to) => scenes.Where(s => s.Start >= from && s.Start < to).Average(s => s.Duration);
        Assert.Equal(1.0, Mean(40, 60), 3);
        Assert.Equal(2.0, Mean(10, 40), 3);
        Assert.Equal([4.0, 4, 2], scenes.Where(s => s.Start < 10).Select(s => Math.Round(s.Duration, 3)));
        Assert.All(scenes, s => Assert.Null(s.Text));
        Assert.All(plan.VisualIndexes.Zip(plan.VisualIndexes.Skip(1)), p => Assert.NotEqual(p.First, p.Second));
        Assert.Equal([0, 1, 2], plan.VisualIndexes.Distinct().Order());
    }

    [Fact]
    public void Plan_InAWindow_StartsItsTimelineAtZero()
    {
        var plan = new MusicVideoPlanner().Plan(Song(), 2, AspectRatio.Square, new TimeRange(40, 55));

        Assert.Equal(15, plan.Storyboard.DurationSeconds, 3);
        Assert.Equal(15, plan.Storyboard.Scenes.Count);
        Assert.Equal(new TimeRange(40, 55), plan.Window);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(30)]
    public void Pick_ChoosesTheHighEnergyChorus_OnBeats_AndSaysWhy(double seconds)
    {
        var picked = ShortVersionPicker.Pick(Song(), seconds);

        Assert.Equal(40, picked.Range.Start, 3);
        Assert.Equal(40 + seconds, picked.Range.End, 3);
        Assert.Contains("start of the chorus", picked.Reason);
        Assert.Contains("on the beat", picked.Reason);
    }

    [Fact]
    public void Pick_WhenTheSongIsShorter_UsesAllOfIt()
    {
        var picked = ShortVersionPicker.Pick(Song(), 120);
        Assert.Equal(new TimeRange(0, 90), picked.Range);
        Assert.Contains("whole song", picked.Reason);
    }

    [Fact]
    public void Plan_WithoutBeatsOrTempo_IsInvalidInput()
    {
        var e = Assert.Throws<VideoProcessingException>(() => new MusicVideoPlanner().Plan(new MusicTiming(30, null, [], [], []), 2, AspectRatio.Portrait));
        Assert.Equal("INVALID_INPUT", e.Code);
    }
}
