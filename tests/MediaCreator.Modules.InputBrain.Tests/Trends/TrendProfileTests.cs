using MediaCreator.Modules.InputBrain.Ideas.Trends;

namespace MediaCreator.Modules.InputBrain.Tests.Trends;

public sealed class TrendProfileTests
{
    private readonly TrendProfile _profile = TrendProfile.From(TrendRows.StreetFoodChannel(), TrendRows.Now);

    [Fact]
    public void Overall_FiguresUseMedianViewsAndMeanEngagement()
    {
        Assert.Equal(7, _profile.Posts);
        Assert.Equal(5_000, _profile.MedianViews);
        // (1000/12000 + 0.08 + 7.5% + 0.03 + 0.035 + 0.02 + 0.02) / 7; "7.5" is read as a percentage.
        Assert.Equal((1000.0 / 12000 + 0.08 + 0.075 + 0.03 + 0.035 + 0.02 + 0.02) / 7, _profile.EngagementRate, 6);
    }

    [Fact]
    public void Topics_ComeFromTitlesAndTags_BestFirst_WithoutRedundantWords()
    {
        var best = _profile.Topics[0];
        Assert.Equal(("street food", 3), (best.Key, best.Posts));
        Assert.Equal(12_400, best.AverageViews);
        Assert.Equal(2.48, best.ViewsVsMedian, 6);
        Assert.Equal(1 + ((2.48 + best.EngagementVsOverall) / 2 - 1) * 3 / 5, best.Lift, 6); // shrunk by n / (n + 2)
        Assert.DoesNotContain(_profile.Topics, t => t.Key is "street" or "food"); // same posts as 'street food'
        Assert.Contains(_profile.Topics, t => t.Key == "home cooking" && t.Posts == 2);
        Assert.DoesNotContain(_profile.Topics, t => t.Key == "bangkok"); // one post is not a trend

        Assert.Equal(["street food"], _profile.TopTopics(3).Select(t => t.Key));
    }

    [Fact]
    public void Formats_ContentTypes_AndPostingTimes_AreGrouped()
    {
        var tiktok = _profile.Formats[0];
        Assert.Equal("tiktok|9:16|15–60s", tiktok.Key);
        Assert.Equal("9:16 on TikTok, 15–60s", tiktok.Label);
        Assert.Equal(new Ideas.TargetFormat("tiktok", "9:16", 30), tiktok.Format); // median duration
        Assert.Equal(new Ideas.TargetFormat("tiktok", "9:16", 30), _profile.BestFormatOn("tiktok"));
        Assert.Null(_profile.BestFormatOn("youtube")); // its only format is below typical
        Assert.Equal("tiktok", _profile.BestPlatform());
        Assert.Equal(("Friday", 3), (_profile.BestDay!.Key, _profile.BestDay.Posts));
        Assert.Equal(("18", "18:00–19:00 UTC", 2), (_profile.BestHour!.Key, _profile.BestHour.Label, _profile.BestHour.Posts));
        Assert.Equal("video", Assert.Single(_profile.ContentTypes).Key);
    }

    [Fact]
    public void Summary_StatesTheFigures_AndSaysWhenThereIsNoData()
    {
        var summary = string.Join("\n", _profile.Summary());
        Assert.Contains("7 published posts; median 5,000 views; engagement 4.9% overall.", summary);
        Assert.Contains("'street food': 12,400 views on average, 2.5x your median; engagement 7.9% (3 posts)", summary);
        Assert.Contains("Best posting time: Fridays, 18:00–19:00 UTC.", summary);

        Assert.False(TrendProfile.From([], TrendRows.Now).HasData);
        Assert.StartsWith("No performance data yet", Assert.Single(TrendProfile.Empty.Summary()));
    }

    [Fact]
    public void FuturePosts_DoNotCountForPostingTimes()
    {
        var rows = TrendRows.StreetFoodChannel().Select(r => r with { PublishedAt = r.PublishedAt!.Value.AddYears(1) }).ToList();
        var profile = TrendProfile.From(rows, TrendRows.Now);
        Assert.Null(profile.BestDay);
        Assert.Equal("street food", profile.Topics[0].Key);
    }
}
