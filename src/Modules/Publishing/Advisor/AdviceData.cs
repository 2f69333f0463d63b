using System.Runtime.CompilerServices;
using System.Text.Json;
using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Modules.Publishing.Advisor;

/// <summary>One piece of advice a computation produced, before it is stored as a <see cref="Recommendation"/>.</summary>
public sealed record Advice(
    RecommendationType Type, RecommendationSeverity Severity, string Fingerprint, string Title, string Summary,
    double? Confidence, Guid? ChannelId, Guid? SeriesId, Guid? ProjectId, object Data);

/// <summary>BEST_POSTING_TIME figures. Views are lifetime views <see cref="ViewsAfterDays"/> days after publishing.</summary>
/// <param name="DayOfWeek">MONDAY..SUNDAY in <see cref="TimeZone"/>.</param>
public sealed record PostingTimeData(
    string Platform, string DayOfWeek, int Hour, string TimeZone, double ExpectedLift, int SlotPosts,
    double SlotAverageViews, int SamplePosts, double AverageViews, int ViewsAfterDays);

/// <summary>BEST_SERIES figures; <see cref="Signal"/> is "DOUBLE_DOWN" (best series) or "DROP" (worst series, WARNING).</summary>
public sealed record SeriesData(
    string Signal, string Metric, double Value, double RelativeToAverage, double ChannelAverage, int Posts, int ChannelPosts,
    int ViewsAfterDays);

/// <summary>COST_WARNING figures; <see cref="Kind"/> is "BUDGET" (spent ≥ warnAt × limit) or "COST_PER_VIEW".</summary>
public sealed record CostData(
    string Kind, decimal Spent, string Currency, decimal? Budget, double? UsedFraction, double? WarnAt,
    string? TopProvider, decimal? TopProviderCost, string? SuggestedProvider, string? Capability,
    decimal? TopUnitCost, decimal? SuggestedUnitCost, long? Views, decimal? CostPerView, decimal? ChannelCostPerView,
    double? RelativeToAverage);

/// <summary>TREND_IDEA figures; views are lifetime views of the posts carrying the tag.</summary>
/// <param name="ContentType">"image", "video", "music" or "mixed".</param>
/// <param name="Platform">Lower case platform key, or null.</param>
public sealed record TrendData(
    string TrendTopic, string SuggestedPrompt, string ContentType, string? Platform, double TrendScore, int Posts,
    double AverageViews, double ChannelAverageViews, string BestTitle, long BestViews);

/// <summary>The typed figures of a stored recommendation (its <see cref="Recommendation.DataJson"/>), parsed once per instance.</summary>
public static class AdviceJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static readonly ConditionalWeakTable<Recommendation, object> Parsed = [];

    public static string Write(object data) => JsonSerializer.Serialize(data, data.GetType(), Options);

    public static T Read<T>(Recommendation recommendation) where T : class =>
        (T)Parsed.GetValue(recommendation, r => JsonSerializer.Deserialize<T>(r.DataJson, Options)
            ?? throw new InvalidOperationException($"Recommendation {r.Id} has no figures."));
}
