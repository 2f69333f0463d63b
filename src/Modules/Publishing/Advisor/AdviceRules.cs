using MediaCreator.Modules.Publishing.Dashboard;
using static MediaCreator.Modules.Publishing.Advisor.AdviceText;

namespace MediaCreator.Modules.Publishing.Advisor;

/// <summary>
/// The advisor's rules over the owner's posts (pure functions; the cost rules need the database and live in
/// <see cref="RecommendationAdvisor"/>). A post "matured" when it was published at least N days ago and has a snapshot
/// within its first N days: its performance is then its lifetime views N days after publishing, comparable across posts.
/// </summary>
internal static class AdviceRules
{
    public static IEnumerable<PostFacts> Matured(IEnumerable<PostFacts> posts, AdvisorOptions options, DateTime now) =>
        posts.Where(p => p.ViewsAtDays is not null && p.PublishedAt <= now.AddDays(-options.ViewsAfterDays));

    /// <summary>
    /// BEST_POSTING_TIME per channel and platform: the posts' publishing day and hour in the channel's time zone; the
    /// slot (≥ <see cref="AdvisorOptions.MinSlotPosts"/> posts) with the highest average views after N days wins when
    /// the sample has ≥ <see cref="AdvisorOptions.MinPostingSample"/> posts and it beats the average.
    /// expectedLift = slot average / average of all the posts - 1; confidence from the slot's posts.
    /// </summary>
    public static IEnumerable<Advice> PostingTimes(IReadOnlyList<PostFacts> posts, IReadOnlyDictionary<Guid, ChannelFacts> channels,
        AdvisorOptions options, DateTime now)
    {
        foreach (var group in Matured(posts, options, now).GroupBy(p => (p.ChannelId, p.Platform)).OrderBy(g => g.Key.ChannelId).ThenBy(g => g.Key.Platform))
        {
            if (!channels.TryGetValue(group.Key.ChannelId, out var channel)) continue;
            var sample = group.ToList();
            if (sample.Count < options.MinPostingSample) continue;
            var average = sample.Average(p => (double)p.ViewsAtDays!.Value);
            if (average <= 0) continue;
            var best = sample
                .Select(p => (Post: p, Local: TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(p.PublishedAt, DateTimeKind.Utc), channel.TimeZone)))
                .GroupBy(x => (x.Local.DayOfWeek, x.Local.Hour))
                .Where(g => g.Count() >= options.MinSlotPosts)
                .Select(g => (g.Key.DayOfWeek, g.Key.Hour, Posts: g.Count(), Average: g.Average(x => (double)x.Post.ViewsAtDays!.Value)))
                .OrderByDescending(s => s.Average).ThenByDescending(s => s.Posts).ThenBy(s => s.DayOfWeek).ThenBy(s => s.Hour)
                .FirstOrDefault();
            if (best.Posts == 0 || best.Average <= average) continue;
            var lift = Math.Round(best.Average / average - 1, 4);
            var platform = group.Key.Platform;
            var day = Day(best.DayOfWeek);
            var data = new PostingTimeData(platform, day, best.Hour, channel.TimeZoneId, lift, best.Posts, best.Average, sample.Count, average, options.ViewsAfterDays);
            yield return new Advice(
                RecommendationType.BestPostingTime, RecommendationSeverity.Suggestion,
                $"BEST_POSTING_TIME:{channel.Id:N}:{platform}",
                $"Post on {PlatformName(platform)} on {DayName(day)} at {best.Hour:00}:00 ({channel.TimeZoneId})",
                $"{best.Posts} of your {sample.Count} {PlatformName(platform)} posts on {Quote(channel.Name)} went out on {DayName(day)} "
                + $"{Hour(best.Hour)} {channel.TimeZoneId} and averaged {Views(best.Average)} views after {options.ViewsAfterDays} days, "
                + $"{Percent(lift)} more than the {Views(average)} average of all {sample.Count}.",
                Confidence(best.Posts), channel.Id, null, null, data);
        }
    }

    /// <summary>
    /// BEST_SERIES per channel: series with ≥ <see cref="AdvisorOptions.MinSeriesPosts"/> matured posts, ranked by
    /// average views after N days; value / the channel's average per matured post. The best at ≥ DoubleDownRatio is a
    /// SUGGESTION to double down, the worst at ≤ DropRatio a WARNING to drop it.
    /// </summary>
    public static IEnumerable<Advice> Series(IReadOnlyList<PostFacts> posts, IReadOnlyDictionary<Guid, ChannelFacts> channels,
        IReadOnlyDictionary<Guid, string> seriesNames, AdvisorOptions options, DateTime now)
    {
        foreach (var channelPosts in Matured(posts, options, now).GroupBy(p => p.ChannelId).OrderBy(g => g.Key))
        {
            if (!channels.TryGetValue(channelPosts.Key, out var channel)) continue;
            var all = channelPosts.ToList();
            var average = all.Average(p => (double)p.ViewsAtDays!.Value);
            if (average <= 0) continue;
            var ranked = all.GroupBy(p => p.SeriesId)
                .Where(g => g.Count() >= options.MinSeriesPosts && seriesNames.ContainsKey(g.Key))
                .Select(g => (SeriesId: g.Key, Posts: g.Count(), Average: g.Average(p => (double)p.ViewsAtDays!.Value)))
                .OrderByDescending(s => s.Average).ThenBy(s => s.SeriesId)
                .ToList();
            if (ranked.Count < 2) continue;
            var best = ranked[0];
            var bestRatio = Math.Round(best.Average / average, 4);
            if (bestRatio >= options.DoubleDownRatio)
            {
                var name = seriesNames[best.SeriesId];
                yield return new Advice(
                    RecommendationType.BestSeries, RecommendationSeverity.Suggestion, $"BEST_SERIES:DOUBLE_DOWN:{best.SeriesId:N}",
                    $"Double down on {Quote(name)}",
                    $"{Quote(name)} averages {Views(best.Average)} views per post after {options.ViewsAfterDays} days ({best.Posts} posts), "
                    + $"{Ratio(bestRatio)} the {Views(average)} average of {Quote(channel.Name)} ({all.Count} posts): make more of it.",
                    Confidence(best.Posts), channel.Id, best.SeriesId, null,
                    new SeriesData("DOUBLE_DOWN", "VIEWS", best.Average, bestRatio, average, best.Posts, all.Count, options.ViewsAfterDays));
            }
            var worst = ranked[^1];
            var worstRatio = Math.Round(worst.Average / average, 4);
            if (worstRatio <= options.DropRatio)
            {
                var name = seriesNames[worst.SeriesId];
                yield return new Advice(
                    RecommendationType.BestSeries, RecommendationSeverity.Warning, $"BEST_SERIES:DROP:{worst.SeriesId:N}",
                    $"Consider dropping {Quote(name)}",
                    $"{Quote(name)} averages only {Views(worst.Average)} views per post after {options.ViewsAfterDays} days ({worst.Posts} posts), "
                    + $"{Ratio(worstRatio)} the {Views(average)} average of {Quote(channel.Name)} ({all.Count} posts): rework or drop it.",
                    Confidence(worst.Posts), channel.Id, worst.SeriesId, null,
                    new SeriesData("DROP", "VIEWS", worst.Average, worstRatio, average, worst.Posts, all.Count, options.ViewsAfterDays));
            }
        }
    }

    /// <summary>
    /// TREND_IDEA per channel: the episode tags of its posts (lifetime views). A tag on ≥ MinTrendPosts posts has
    /// ratio = its average views / the channel's average per post and trendScore = 1 + (ratio - 1) × n / (n + 2)
    /// (shrunk toward 1 for small samples, like Input Brain's trend lift); the best tags at ≥ MinTrendLift become ideas
    /// with the content type most of those posts had and the platform where they did best.
    /// </summary>
    public static IEnumerable<Advice> Trends(IReadOnlyList<PostFacts> posts, IReadOnlyDictionary<Guid, ChannelFacts> channels,
        AdvisorOptions options)
    {
        foreach (var channelPosts in posts.Where(p => p.LifetimeViews is not null).GroupBy(p => p.ChannelId).OrderBy(g => g.Key))
        {
            if (!channels.TryGetValue(channelPosts.Key, out var channel)) continue;
            var all = channelPosts.ToList();
            var average = all.Average(p => (double)p.LifetimeViews!.Value);
            if (average <= 0) continue;
            var trends = all
                .SelectMany(p => p.Tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().Select(t => (Tag: t, Post: p)))
                .GroupBy(x => x.Tag, x => x.Post)
                .Where(g => g.Count() >= options.MinTrendPosts)
                .Select(g =>
                {
                    var n = g.Count();
                    var mean = g.Average(p => (double)p.LifetimeViews!.Value);
                    var score = Math.Round(1 + (mean / average - 1) * n / (n + 2.0), 4);
                    return (Tag: g.Key, Posts: g.ToList(), Average: mean, Score: score);
                })
                .Where(t => t.Score >= options.MinTrendLift)
                .OrderByDescending(t => t.Score).ThenBy(t => t.Tag, StringComparer.Ordinal)
                .Take(options.TrendIdeasPerChannel);
            foreach (var trend in trends)
            {
                var contentType = trend.Posts.Select(p => p.ContentType?.ToLowerInvariant())
                    .Where(t => t is "image" or "video" or "music" or "mixed")
                    .GroupBy(t => t!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => g.Key).FirstOrDefault() ?? "mixed";
                var platform = trend.Posts.GroupBy(p => p.Platform.ToLowerInvariant())
                    .Where(g => PlatformEnum(g.Key) is not null)
                    .OrderByDescending(g => g.Average(p => (double)p.LifetimeViews!.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => g.Key).FirstOrDefault();
                var top = trend.Posts.OrderByDescending(p => p.LifetimeViews).ThenBy(p => p.PublicationId).First();
                var prompt = $"A new {contentType} about {trend.Tag}"
                             + (platform is null ? "" : $" for {PlatformName(platform)}")
                             + $", in the spirit of \"{top.Title}\" ({Views(top.LifetimeViews!.Value)} views)";
                yield return new Advice(
                    RecommendationType.TrendIdea, RecommendationSeverity.Suggestion, $"TREND_IDEA:{channel.Id:N}:{trend.Tag}",
                    $"Make more about {Quote(trend.Tag)}",
                    $"Your {trend.Posts.Count} posts tagged {Quote(trend.Tag)} on {Quote(channel.Name)} average {Views(trend.Average)} views, "
                    + $"{Ratio(Math.Round(trend.Average / average, 2))} the channel's {Views(average)} (trend score {trend.Score:0.###}); "
                    + $"best: \"{top.Title}\" with {Views(top.LifetimeViews!.Value)} views.",
                    Confidence(trend.Posts.Count), channel.Id, null, null,
                    new TrendData(trend.Tag, prompt, contentType, platform, trend.Score, trend.Posts.Count, trend.Average, average,
                        top.Title, top.LifetimeViews!.Value));
            }
        }
    }
}
