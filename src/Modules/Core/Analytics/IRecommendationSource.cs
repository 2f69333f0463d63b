namespace MediaCreator.Modules.Core.Analytics;

/// <summary>
/// The advisor's recommendations as other modules see them (Dashboard &amp; Publishing keeps them): Input Brain turns a
/// TREND_IDEA into an idea and links the idea back to it. Lookups are owner-scoped (the caller's own only).
/// </summary>
public interface IRecommendationSource
{
    /// <summary>The caller's TREND_IDEA recommendation <paramref name="id"/>, or null (missing, another owner's, another type).</summary>
    Task<TrendIdeaDefaults?> FindTrendIdeaAsync(Guid id, CancellationToken ct);

    /// <summary>The caller's recommendation <paramref name="id"/> as the GraphQL <c>Recommendation</c> types resolve it, or null.</summary>
    Task<object?> FindAsync(Guid id, CancellationToken ct);
}

/// <summary>What a trend recommendation suggests making.</summary>
/// <param name="ContentType">"image", "video", "music" or "mixed".</param>
/// <param name="Platform">"youtube", "tiktok", "facebook" or "rss_feed"; null when the trend is not tied to one.</param>
public sealed record TrendIdeaDefaults(Guid Id, string TrendTopic, string Prompt, string ContentType, string? Platform);
