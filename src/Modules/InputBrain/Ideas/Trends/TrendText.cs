using System.Globalization;

namespace MediaCreator.Modules.InputBrain.Ideas.Trends;

/// <summary>Figures as people read them in score reasons and summaries (invariant culture: "12,400", "7.8%", "2.1x").</summary>
public static class TrendText
{
    public static string Number(double value) => Math.Round(value).ToString("#,0", CultureInfo.InvariantCulture);

    public static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Ratio(double ratio) => ratio.ToString("0.0", CultureInfo.InvariantCulture) + "x";

    public static string Posts(int count) => count == 1 ? "1 post" : $"{count} posts";

    public static string PlatformName(string platform) => platform switch
    {
        "youtube" => "YouTube",
        "tiktok" => "TikTok",
        "facebook" => "Facebook",
        "instagram" => "Instagram",
        _ => platform,
    };

    /// <summary>"'street food': 12,400 views on average, 2.1x your median; engagement 7.8% (5 posts)".</summary>
    public static string Describe(TrendStat stat) =>
        $"{stat.Label}: {Number(stat.AverageViews)} views on average, {Ratio(stat.ViewsVsMedian)} your median; engagement {Percent(stat.EngagementRate)} ({Posts(stat.Posts)})";
}
