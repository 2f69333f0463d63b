using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Jobs.Queue;

namespace MediaCreator.Modules.Publishing.Sync;

/// <summary>The two sync tasks. No cost profile: platform APIs are not billed per call.</summary>
internal static class SyncTasks
{
    public const string Metrics = "publishing.sync_metrics";
    public const string Revenue = "publishing.sync_revenue";

    private const string InputSchema = """
        {"type":"object","properties":{"publicationId":{"type":"string","format":"uuid"},"channelId":{"type":"string","format":"uuid"},
         "periodStart":{"type":"string","format":"date"},"periodEnd":{"type":"string","format":"date"}},"additionalProperties":false}
        """;

    public static readonly JobTaskDefinition MetricsTask = new(Metrics, "publishing", JobQueues.Publishing, JobKind.PublishingSyncMetrics,
        "Fetches lifetime metrics of published posts into performance snapshots (METRICS_UPDATED per snapshot).", "platforms",
        InputSchemaJson: InputSchema);

    public static readonly JobTaskDefinition RevenueTask = new(Revenue, "publishing", JobQueues.Publishing, JobKind.PublishingSyncRevenue,
        "Fetches the revenue platforms report for published posts into revenue records (one per publication, source and period).", "platforms",
        InputSchemaJson: InputSchema);

    public static bool IsSync(string taskName) => taskName is Metrics or Revenue;
}

/// <summary>
/// What to sync: one publication, one channel, or (neither) every published post of the job's owner. A revenue sync
/// without a period takes the calendar months of <see cref="RevenuePeriods.Default"/>.
/// </summary>
public sealed record SyncInput(Guid? PublicationId = null, Guid? ChannelId = null, DateOnly? PeriodStart = null, DateOnly? PeriodEnd = null);

/// <summary>The job's output payload, shown as <c>MetricsSyncResult</c>.</summary>
public sealed record SyncOutput(
    IReadOnlyList<Guid> PublicationIds, int SnapshotsCreated, int RevenueRecordsCreated, int RevenueRecordsUpdated, DateTime SyncedAt,
    IReadOnlyList<SyncFailure> Failures);

/// <param name="Code">The platform error code, e.g. PLATFORM_AUTH_EXPIRED, PLATFORM_REJECTED.</param>
public sealed record SyncFailure(Guid PublicationId, string Code, string Message);
