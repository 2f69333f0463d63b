namespace MediaCreator.Modules.InputBrain.Ideas.Trends;

/// <summary>How one group of the owner's posts (a topic, series, format, content type, weekday or hour) performed.</summary>
/// <param name="Kind">"topic", "series", "format", "contentType", "day" or "hour".</param>
/// <param name="Key">Matching key: the topic words, series name, "tiktok|9:16|15-60s", "video", "Friday", "18".</param>
/// <param name="Label">For people: "'street food'", "9:16 on TikTok, 15–60 s", "Fridays", "18:00–19:00 UTC".</param>
/// <param name="AverageViews">Mean views of the group's posts.</param>
/// <param name="EngagementRate">Mean engagement rate (0..1) of the group's posts.</param>
/// <param name="ViewsVsMedian">Average views divided by the owner's median views over all posts.</param>
/// <param name="EngagementVsOverall">Engagement rate divided by the owner's overall engagement rate.</param>
/// <param name="Lift">
/// Combined performance relative to the owner's typical post (1 = typical), shrunk toward 1 for small groups so one
/// lucky post does not dominate: <c>1 + (mean(ViewsVsMedian, EngagementVsOverall) - 1) * n / (n + 2)</c>.
/// </param>
/// <param name="Format">For kind "format": the platform, aspect and the group's median duration.</param>
public sealed record TrendStat(
    string Kind,
    string Key,
    string Label,
    int Posts,
    double AverageViews,
    double EngagementRate,
    double ViewsVsMedian,
    double EngagementVsOverall,
    double Lift,
    TargetFormat? Format = null);
