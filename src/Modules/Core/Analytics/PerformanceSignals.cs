namespace MediaCreator.Modules.Core.Analytics;

/// <summary>
/// How the owner's published content performed, read from the dashboard's data (Dashboard &amp; Publishing keeps it).
/// Input Brain ranks new ideas by it; the advisor explains its recommendations with it.
/// </summary>
public interface IPerformanceSignals
{
    /// <summary>One row per publication of the owner published at or after <paramref name="since"/>, with its latest metrics.</summary>
    Task<IReadOnlyList<ContentPerformance>> ReadAsync(Guid ownerId, DateTime since, CancellationToken ct);
}

/// <summary>One published post of an episode and its latest metrics; money in <see cref="Currency"/>.</summary>
/// <param name="ContentType">"image", "video", "music" or "mixed" when known (the idea's type), else null.</param>
/// <param name="Platform">"youtube", "tiktok", "facebook", ... lower case.</param>
public sealed record ContentPerformance(
    Guid EpisodeId, string Title, string? Description, string? SeriesName, string? ChannelName, string? Platform,
    string? ContentType, string? AspectRatio, double? DurationSeconds, IReadOnlyList<string> Tags, DateTime? PublishedAt,
    long Views, long Likes, long Comments, long Shares, double WatchTimeSeconds, double? Ctr, double? EngagementRate,
    decimal Revenue, string Currency);
