namespace MediaCreator.Modules.InputBrain.Ideas.Trends;

/// <summary>
/// Re-scores versions by how their topic, format and content type did in the owner's own data and orders them best
/// first. Score = 40% the generator's intrinsic quality + 60% trend fit, where trend fit is a logistic of the mean
/// log-lift of the matched groups (0.5 = typical). Without data the intrinsic score stands and the reasons say so.
/// </summary>
public static class TrendRanker
{
    public const double IntrinsicWeight = 0.4;

    public static IReadOnlyList<IdeaVersionPlan> Rank(IReadOnlyList<IdeaVersionPlan> versions, TrendProfile profile) =>
        versions.Select(v => Rescore(v, profile)).OrderByDescending(v => v.Score).ThenBy(v => v.Index).ToList();

    private static IdeaVersionPlan Rescore(IdeaVersionPlan version, TrendProfile profile)
    {
        var intrinsic = Math.Clamp(version.Score, 0, 1);
        if (!profile.HasData)
        {
            return version with
            {
                Score = Math.Round(intrinsic, 3),
                ScoreReasons = [.. version.ScoreReasons, "No performance data yet: scored on idea quality only (hook, outline, platform fit)."],
            };
        }
        var reasons = new List<string>();
        var lifts = new List<double>();
        var noun = Noun(version.ContentType);
        foreach (var topic in MatchedTopics(version, profile))
        {
            lifts.Add(topic.Lift);
            reasons.Add($"{topic.Label} {noun} average {TrendText.Number(topic.AverageViews)} views, {TrendText.Ratio(topic.ViewsVsMedian)} your median ({TrendText.Posts(topic.Posts)})");
        }
        if (profile.Format(version.Format) is { } format)
        {
            lifts.Add(format.Lift);
            reasons.Add($"{format.Label}: engagement {TrendText.Percent(format.EngagementRate)} vs {TrendText.Percent(profile.EngagementRate)} overall, {TrendText.Number(format.AverageViews)} views on average ({TrendText.Posts(format.Posts)})");
        }
        else
        {
            reasons.Add($"No figures yet for {version.Format.AspectRatio} on {TrendText.PlatformName(version.Format.Platform)} at this length: a new format for you.");
        }
        // A content type all posts share says nothing about this version.
        if (profile.ContentTypes.FirstOrDefault(c => c.Key == version.ContentType) is { } type && type.Posts < profile.Posts)
        {
            lifts.Add(type.Lift);
            reasons.Add($"Your {type.Label} average {TrendText.Number(type.AverageViews)} views, {TrendText.Ratio(type.ViewsVsMedian)} your median ({TrendText.Posts(type.Posts)})");
        }
        if (profile.BestDay is { } day && profile.BestHour is { } hour)
            reasons.Add($"Best time to post: {day.Label} ({TrendText.Number(day.AverageViews)} views on average, {TrendText.Posts(day.Posts)}), {hour.Label} ({TrendText.Number(hour.AverageViews)} views, {TrendText.Posts(hour.Posts)})");
        var fit = lifts.Count == 0 ? 0.5 : 1 / (1 + Math.Exp(-2.5 * lifts.Average(Math.Log)));
        if (lifts.Count == 0) reasons.Add($"Nothing in this version matches your past topics or formats yet ({TrendText.Posts(profile.Posts)} analysed).");
        var score = Math.Round(IntrinsicWeight * intrinsic + (1 - IntrinsicWeight) * fit, 3);
        reasons.Insert(0, $"Score {score:0.00} = 40% idea quality {intrinsic:0.00} + 60% fit with your results {fit:0.00}");
        return version with { Score = score, ScoreReasons = [.. reasons, .. version.ScoreReasons] };
    }

    // The best and, when it differs, the worst of the owner's topics the version is about (title, tags, hashtags).
    private static IEnumerable<TrendStat> MatchedTopics(IdeaVersionPlan version, TrendProfile profile)
    {
        var words = TextKeywords.Topics(version.Title)
            .Concat(version.Tags.Select(TextKeywords.NormalizeTag))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hashtags = version.Hashtags.Select(h => h.TrimStart('#')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var matched = profile.Topics.Where(t => words.Contains(t.Key) || hashtags.Contains(t.Key.Replace(" ", ""))).ToList();
        if (matched.Count == 0) return [];
        return matched.Count == 1 ? [matched[0]] : [matched[0], matched[^1]];
    }

    private static string Noun(string contentType) => contentType switch
    {
        "image" => "images",
        "video" => "videos",
        "music" => "tracks",
        _ => "posts",
    };
}
