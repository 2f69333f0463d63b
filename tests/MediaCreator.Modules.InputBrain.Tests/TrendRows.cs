using MediaCreator.Modules.Core.Analytics;

namespace MediaCreator.Modules.InputBrain.Tests;

/// <summary>
/// A food channel: three street-food shorts on TikTok (Fridays, mostly 18:00 UTC) beat four long YouTube videos.
/// Median views 5,000; 'street food' averages 12,400 views (2.5x) at 7.9% engagement vs 4.9% overall.
/// </summary>
internal static class TrendRows
{
    public static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc); // a Wednesday

    public static IReadOnlyList<ContentPerformance> StreetFoodChannel() =>
    [
        // Engagement from interactions: (900 + 100 + 0) / 12,000 = 8.33%.
        Row("Street food in Bangkok: night market", ["street food", "bangkok"], "tiktok", "9:16", 30, 12_000, null, new(2026, 11, 20, 18, 5, 0), likes: 900, comments: 100),
        Row("Street food crawl Chiang Mai", ["street food"], "tiktok", "9:16", 25, 14_000, 0.08, new(2026, 11, 13, 18, 30, 0)),
        Row("Best street food under 100 baht", ["#Street_Food", "budget"], "tiktok", "9:16", 40, 11_200, 7.5, new(2026, 11, 6, 19, 0, 0)),
        Row("Home cooking: green curry", ["home cooking"], "youtube", "16:9", 600, 4_000, 0.03, new(2026, 11, 16, 9, 0, 0)),
        Row("Home cooking: pad thai", ["home cooking"], "youtube", "16:9", 540, 5_000, 0.035, new(2026, 11, 17, 9, 0, 0)),
        Row("Kitchen gadget review", ["gadgets"], "youtube", "16:9", 480, 3_000, 0.02, new(2026, 11, 18, 10, 0, 0)),
        Row("Kitchen knife review", ["gadgets"], "youtube", "16:9", 420, 2_500, 0.02, new(2026, 11, 11, 10, 0, 0)),
    ];

    public static ContentPerformance Row(string title, IReadOnlyList<string> tags, string platform, string aspect, double seconds, long views,
        double? engagement, DateTime published, long likes = 0, long comments = 0, string? series = null, string contentType = "video") =>
        new(Guid.NewGuid(), title, null, series, "Food channel", platform, contentType, aspect, seconds, tags,
            DateTime.SpecifyKind(published, DateTimeKind.Utc), views, likes, comments, 0, views * seconds * 0.4, 0.05, engagement, 0m, "USD");
}
