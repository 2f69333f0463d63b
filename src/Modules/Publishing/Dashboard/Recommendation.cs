using MediaCreator.Modules.Core;

namespace MediaCreator.Modules.Publishing.Dashboard;

public enum RecommendationType
{
    BestPostingTime, BestSeries, CostWarning, TrendIdea,
}

public enum RecommendationSeverity
{
    Info, Suggestion, Warning, Critical,
}

/// <summary>
/// A JARVIS advisor recommendation (table <c>recommendations</c>), computed from the owner's data; the figures behind
/// it are in <see cref="DataJson"/> (type-specific). Recomputing updates the row with the same <see cref="Fingerprint"/>.
/// </summary>
public sealed class Recommendation : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OwnerId { get; set; }

    public RecommendationType Type { get; set; }

    public RecommendationSeverity Severity { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    /// <summary>0..1.</summary>
    public double? Confidence { get; set; }

    public Guid? ChannelId { get; set; }

    public Guid? SeriesId { get; set; }

    public Guid? ProjectId { get; set; }

    /// <summary>Type-specific figures (platform, day, hour, metric values, spent/budget, trend topic...), JSON.</summary>
    public required string DataJson { get; set; }

    /// <summary>Optional narrative written by the configured chat model.</summary>
    public string? Narrative { get; set; }

    /// <summary>Identifies "the same advice" across recomputations (type + subject), unique per owner.</summary>
    public required string Fingerprint { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime? UpdatedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }

    public DateTime? DismissedAt { get; set; }
}
