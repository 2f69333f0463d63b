using System.Globalization;

namespace MediaCreator.Modules.InputBrain.Ideas.Trends;

/// <summary>Turns posts grouped by a key into <see cref="TrendStat"/>s relative to the owner's median and overall rate.</summary>
internal sealed class TrendGrouper(double medianViews, double engagementRate)
{
    private const double Shrinkage = 2;

    public IReadOnlyList<TrendStat> Stats(string kind, IReadOnlyList<TrendProfile.Post> posts, Func<TrendProfile.Post, IEnumerable<string>> keys) =>
        posts.SelectMany(p => keys(p).Select(k => (Key: k, Post: p)))
            .GroupBy(x => x.Key, x => x.Post, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() >= TrendProfile.MinimumPosts)
            .Select(g => Stat(kind, g.Key, g.ToList()))
            .OrderByDescending(s => s.Lift).ThenByDescending(s => s.Posts).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();

    private TrendStat Stat(string kind, string key, List<TrendProfile.Post> posts)
    {
        var views = posts.Average(p => (double)p.Item.Views);
        var engagement = posts.Average(p => p.Engagement);
        var viewsRatio = medianViews > 0 ? views / medianViews : 1;
        var engagementRatio = engagementRate > 0 ? engagement / engagementRate : 1;
        var lift = 1 + ((viewsRatio + engagementRatio) / 2 - 1) * posts.Count / (posts.Count + Shrinkage);
        TargetFormat? format = null;
        if (kind == "format")
        {
            var parts = key.Split('|');
            var durations = posts.Select(p => p.Item.DurationSeconds).OfType<double>().ToList();
            format = new TargetFormat(parts[0], parts[1], durations.Count > 0 ? Math.Round(TrendProfile.Median(durations)) : null);
        }
        return new TrendStat(kind, key, Label(kind, key), posts.Count, views, engagement, viewsRatio, engagementRatio, lift, format);
    }

    private static string Label(string kind, string key) => kind switch
    {
        "topic" => $"'{key}'",
        "series" => $"the series '{key}'",
        "format" => FormatLabel(key),
        "contentType" => key switch { "image" => "images", "video" => "videos", "music" => "music", _ => $"{key} posts" },
        "day" => key + "s",
        "hour" => $"{int.Parse(key, CultureInfo.InvariantCulture):00}:00–{(int.Parse(key, CultureInfo.InvariantCulture) + 1) % 24:00}:00 UTC",
        _ => key,
    };

    private static string FormatLabel(string key)
    {
        var parts = key.Split('|');
        var platform = TrendText.PlatformName(parts[0]);
        return parts[2] == "still" ? $"{parts[1]} on {platform}" : $"{parts[1]} on {platform}, {parts[2]}";
    }
}
