using MediaCreator.Modules.InputBrain.Ideas;
using MediaCreator.Modules.InputBrain.Ideas.Trends;

namespace MediaCreator.Modules.InputBrain.Tests.Trends;

public sealed class TrendRankerTests
{
    private static IdeaVersionPlan Version(int index, string title, TargetFormat format, double score, params string[] tags) =>
        new(index, "video", title, "hook", ["beat 1", "beat 2", "beat 3"], "bold", "happy", [], format, "preview", "why", score,
            [$"Idea quality {score:0.00}"], "template", tags);

    private static readonly IdeaVersionPlan Gadgets = Version(0, "Kitchen gadget haul", new TargetFormat("youtube", "16:9", 480), 0.8, "haul");
    private static readonly IdeaVersionPlan StreetFood = Version(1, "Street food night market tour", new TargetFormat("tiktok", "9:16", 30), 0.6, "tour");

    [Fact]
    public void OwnersBestTopicAndFormat_OutrankAHigherIntrinsicScore_WithTheFiguresExplained()
    {
        var profile = TrendProfile.From(TrendRows.StreetFoodChannel(), TrendRows.Now);

        var ranked = TrendRanker.Rank([Gadgets, StreetFood], profile);

        Assert.Equal([1, 0], ranked.Select(v => v.Index));
        var best = ranked[0];
        Assert.Contains("'street food' videos average 12,400 views, 2.5x your median (3 posts)", best.ScoreReasons);
        Assert.Contains(best.ScoreReasons, r => r.StartsWith("9:16 on TikTok, 15–60s: engagement 7.9% vs 4.9% overall", StringComparison.Ordinal));
        Assert.Contains(best.ScoreReasons, r => r.StartsWith("Best time to post: Fridays (12,400 views on average, 3 posts), 18:00–19:00 UTC", StringComparison.Ordinal));
        Assert.Contains("Idea quality 0.60", best.ScoreReasons); // the generator's own reason is kept
        Assert.StartsWith($"Score {best.Score:0.00} = 40% idea quality 0.60 + 60% fit with your results", best.ScoreReasons[0]);
        Assert.InRange(best.Score, 0.6, 1);

        var gadgets = ranked[1];
        Assert.Contains("'kitchen' videos average 2,750 views, 0.6x your median (2 posts)", gadgets.ScoreReasons);
        Assert.Contains(gadgets.ScoreReasons, r => r.StartsWith("16:9 on YouTube, 3–10min: engagement 2.6% vs 4.9% overall", StringComparison.Ordinal));
        Assert.True(gadgets.Score < 0.8, "a topic and format below the owner's typical post lower the score");
    }

    [Fact]
    public void UnknownFormat_IsSaidToBeNew()
    {
        var profile = TrendProfile.From(TrendRows.StreetFoodChannel(), TrendRows.Now);
        var ranked = TrendRanker.Rank([Version(0, "Sourdough basics", new TargetFormat("instagram", "4:5", 45), 0.7)], profile);
        Assert.Contains("No figures yet for 4:5 on Instagram at this length: a new format for you.", ranked[0].ScoreReasons);
    }

    [Fact]
    public void NoData_KeepsIntrinsicOrder_AndSaysSo()
    {
        var ranked = TrendRanker.Rank([StreetFood, Gadgets], TrendProfile.From([], TrendRows.Now));

        Assert.Equal([0, 1], ranked.Select(v => v.Index));
        Assert.Equal([0.8, 0.6], ranked.Select(v => v.Score));
        Assert.All(ranked, v => Assert.Contains(v.ScoreReasons, r => r.StartsWith("No performance data yet", StringComparison.Ordinal)));
    }
}
