using System.Text.Json;

namespace MediaCreator.Modules.Publishing.Engine;

/// <param name="IdempotencyKey">The same key again returns what the first call made.</param>
/// <param name="RequiresApproval">Hold every publication, SCHEDULED without a job, until <c>approvePublication</c>.</param>
internal sealed record PlanPublicationCommand(string? EpisodeId, IReadOnlyList<PlanTarget> Targets, Guid? IdempotencyKey, bool RequiresApproval);

/// <param name="ScheduledTime">UTC; null publishes now.</param>
internal sealed record PlanTarget(string? PlatformAccountId, string? AssetId, DateTime? ScheduledTime, PlanDetails? Details);

/// <summary>Post details as given; missing ones default from the episode.</summary>
internal sealed record PlanDetails(string? Title, string? Description, IReadOnlyList<string>? Tags, Dashboard.PublicationVisibility? Visibility,
    string? ThumbnailAssetId, JsonElement? PlatformOptions);
