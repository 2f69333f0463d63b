using System.Globalization;
using MediaCreator.Modules.Core.Analytics;

namespace MediaCreator.Modules.InputBrain.Ideas.Trends;

/// <summary>
/// What performs best in the owner's own published content: topics, series, formats, content types and posting times,
/// each with its figures and sample count. Built from <see cref="IPerformanceSignals"/> rows; empty when there are none.
/// </summary>
public sealed class TrendProfile
{
    /// <summary>Groups with fewer posts are not reported as trends (one post is an anecdote).</summary>
    public const int MinimumPosts = 2;

    public static readonly TrendProfile Empty = new(0, 0, 0, [], [], [], [], [], []);

    private TrendProfile(int posts, double medianViews, double engagementRate, IReadOnlyList<TrendStat> topics,
        IReadOnlyList<TrendStat> series, IReadOnlyList<TrendStat> formats, IReadOnlyList<TrendStat> contentTypes,
        IReadOnlyList<TrendStat> days, IReadOnlyList<TrendStat> hours)
    {
        Posts = posts;
        MedianViews = medianViews;
        EngagementRate = engagementRate;
        Topics = topics;
        Series = series;
        Formats = formats;
        ContentTypes = contentTypes;
        Days = days;
        Hours = hours;
    }

    public int Posts { get; }
    public double MedianViews { get; }
    /// <summary>Mean engagement rate (0..1) over all posts.</summary>
    public double EngagementRate { get; }
    public bool HasData => Posts > 0;

    /// <summary>Each list holds groups with at least <see cref="MinimumPosts"/> posts, best <see cref="TrendStat.Lift"/> first.</summary>
    public IReadOnlyList<TrendStat> Topics { get; }
    public IReadOnlyList<TrendStat> Series { get; }
    public IReadOnlyList<TrendStat> Formats { get; }
    public IReadOnlyList<TrendStat> ContentTypes { get; }
    public IReadOnlyList<TrendStat> Days { get; }
    public IReadOnlyList<TrendStat> Hours { get; }

    /// <summary>
    /// Summarises <paramref name="items"/> (posts published after <paramref name="now"/> or without a date still count
    /// for topics and formats, but only dated past posts count for posting times).
    /// </summary>
    public static TrendProfile From(IReadOnlyList<ContentPerformance> items, DateTime now)
    {
        if (items.Count == 0) return Empty;
        var posts = items.Select(i => new Post(i, Engagement(i))).ToList();
        var median = Median(posts.Select(p => (double)p.Item.Views));
        var engagement = posts.Average(p => p.Engagement);
        var groups = new TrendGrouper(median, engagement);
        var dated = posts.Where(p => p.Item.PublishedAt is { } at && at <= now).ToList();
        return new TrendProfile(posts.Count, median, engagement,
            Distinct(groups.Stats("topic", posts, TopicsOf)),
            groups.Stats("series", posts, p => p.Item.SeriesName is { Length: > 0 } s ? [s] : []),
            groups.Stats("format", posts, p => FormatKey(p.Item) is { } key ? [key] : []),
            groups.Stats("contentType", posts, p => p.Item.ContentType is { Length: > 0 } t ? [t.ToLowerInvariant()] : []),
            groups.Stats("day", dated, p => [p.Item.PublishedAt!.Value.DayOfWeek.ToString()]),
            groups.Stats("hour", dated, p => [p.Item.PublishedAt!.Value.Hour.ToString(CultureInfo.InvariantCulture)]));
    }

    /// <summary>The owner's <paramref name="count"/> best topics (no topic that is part of a better one), for the advisor.</summary>
    public IReadOnlyList<TrendStat> TopTopics(int count) => Topics.Where(t => t.Lift > 1).Take(count).ToList();

    /// <summary>The best-performing format the owner used on <paramref name="platform"/>, if any.</summary>
    public TargetFormat? BestFormatOn(string platform) =>
        Formats.FirstOrDefault(f => f.Format!.Platform == platform && f.Lift >= 1)?.Format;

    public string? BestPlatform() => Formats.FirstOrDefault(f => f.Lift >= 1)?.Format!.Platform;

    public TrendStat? BestDay => Days.FirstOrDefault();
    public TrendStat? BestHour => Hours.FirstOrDefault();

    public TrendStat? Format(TargetFormat format) => Formats.FirstOrDefault(f => f.Key == FormatKey(format.Platform, format.AspectRatio, format.DurationSeconds));

    /// <summary>Plain lines for a language model or a log: overall figures, then the best groups of each kind.</summary>
    public IReadOnlyList<string> Summary(int perKind = 3)
    {
        if (!HasData) return ["No performance data yet: the owner has no published posts with metrics."];
        var lines = new List<string>
        {
            $"{Posts} published posts; median {TrendText.Number(MedianViews)} views; engagement {TrendText.Percent(EngagementRate)} overall.",
        };
        void Add(string heading, IEnumerable<TrendStat> stats)
        {
            var best = stats.Take(perKind).Select(TrendText.Describe).ToList();
            if (best.Count > 0) lines.Add($"{heading}: " + string.Join("; ", best));
        }
        Add("Best topics", TopTopics(perKind));
        Add("Best series", Series);
        Add("Best formats", Formats);
        Add("Best content types", ContentTypes);
        if (BestDay is { } day && BestHour is { } hour) lines.Add($"Best posting time: {day.Label}, {hour.Label}.");
        return lines;
    }

    internal static string? FormatKey(ContentPerformance item) =>
        item.Platform is { Length: > 0 } platform && item.AspectRatio is { Length: > 0 } aspect
            ? FormatKey(platform.ToLowerInvariant(), aspect, item.DurationSeconds)
            : null;

    internal static string FormatKey(string platform, string aspect, double? seconds) => $"{platform}|{aspect}|{DurationBand(seconds)}";

    /// <summary>"still", "≤15s", "15–60s", "1–3min", "3–10min", "10min+".</summary>
    internal static string DurationBand(double? seconds) => seconds switch
    {
        null or <= 0 => "still",
        <= 15 => "≤15s",
        <= 60 => "15–60s",
        <= 180 => "1–3min",
        <= 600 => "3–10min",
        _ => "10min+",
    };

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return 0;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    // Rates above 1 are percentages ("7.8" means 7.8 %); without a rate, interactions per view.
    private static double Engagement(ContentPerformance item) => item.EngagementRate switch
    {
        { } rate when rate > 1 => rate / 100,
        { } rate => rate,
        null when item.Views > 0 => (item.Likes + item.Comments + item.Shares) / (double)item.Views,
        _ => 0,
    };

    private static IEnumerable<string> TopicsOf(Post post) =>
        TextKeywords.Topics(post.Item.Title)
            .Concat(TextKeywords.Topics(post.Item.Description))
            .Concat(post.Item.Tags.Select(TextKeywords.NormalizeTag).Where(t => t.Length > 0))
            .Distinct();

    // A topic inside a better or equal one with the same posts ("street" within "street food") says nothing more.
    private static List<TrendStat> Distinct(IReadOnlyList<TrendStat> topics) =>
        topics.Where(t => !topics.Any(o => o != t && o.Posts == t.Posts && o.Lift >= t.Lift && o.Key.Length > t.Key.Length
            && o.Key.Split(' ').Contains(t.Key))).ToList();

    internal sealed record Post(ContentPerformance Item, double Engagement);
}
