using GraphQL.Types;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Publishing.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Publishing.GraphQL.Sync;

internal sealed class MetricsSyncResultType : ObjectGraphType<SyncOutput>
{
    public MetricsSyncResultType()
    {
        Name = "MetricsSyncResult";
        Description = "Result of `publishing.sync_metrics` / `publishing.sync_revenue`.";
        IsTypeOf = o => o is SyncOutput;
        Field("publications", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("PublicationRecord")))))
            .Description("Publications the job covered (failures included).")
            .ResolveAsync(async c =>
            {
                var ids = c.Source.PublicationIds.ToList();
                var rows = await c.Db().Publications.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(c.CancellationToken);
                return ids.Select(id => rows.FirstOrDefault(p => p.Id == id)).OfType<object>().ToList();
            });
        Field<NonNullGraphType<IntGraphType>>("snapshotsCreated").Resolve(c => c.Source.SnapshotsCreated);
        Field<NonNullGraphType<IntGraphType>>("revenueRecordsCreated").Resolve(c => c.Source.RevenueRecordsCreated);
        Field<NonNullGraphType<IntGraphType>>("revenueRecordsUpdated").Description("Records of a period synced before, updated in place.")
            .Resolve(c => c.Source.RevenueRecordsUpdated);
        Field<NonNullGraphType<DateTimeScalarType>>("syncedAt").Resolve(c => c.Source.SyncedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricsSyncFailureType>>>>("failures")
            .Description("Publications the platform refused (e.g. PLATFORM_AUTH_EXPIRED); the others were synced.")
            .Resolve(c => c.Source.Failures);
    }
}

internal sealed class MetricsSyncFailureType : ObjectGraphType<SyncFailure>
{
    public MetricsSyncFailureType()
    {
        Name = "MetricsSyncFailure";
        Description = "A publication a sync could not fetch, with the platform's reason.";
        Field("publication", new NonNullGraphType(new GraphQLTypeReference("PublicationRecord"))).ResolveAsync(async c =>
            await c.Db().Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == c.Source.PublicationId, c.CancellationToken));
        Field<NonNullGraphType<StringGraphType>>("code").Description("PLATFORM_AUTH_EXPIRED, PLATFORM_REJECTED, PLATFORM_RATE_LIMITED...")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
    }
}

/// <summary><c>Job.result</c> of the sync tasks once completed.</summary>
internal sealed class SyncJobResultView : IJobResultView
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    public IReadOnlyList<Type> GraphTypes { get; } = [typeof(MetricsSyncResultType)];

    public Task<object?> ReadAsync(Job job, IServiceProvider services, CancellationToken ct) =>
        Task.FromResult<object?>(job is { Status: JobStatus.Completed, OutputPayloadJson: { } output } && SyncTasks.IsSync(job.TaskName)
            ? System.Text.Json.JsonSerializer.Deserialize<SyncOutput>(output, Json)
            : null);
}

internal sealed class MetricsEventType : ObjectGraphType<MetricsEvent>
{
    public MetricsEventType()
    {
        Name = "MetricsEvent";
        Description = "METRICS_UPDATED: a new snapshot was stored.";
        DomainEventFields.AddTo(this);
        Field("channel", new NonNullGraphType(new GraphQLTypeReference("ContentChannel"))).ResolveAsync(async c =>
            await c.Db().Channels.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.Source.ChannelId, c.CancellationToken));
        Field("publication", new NonNullGraphType(new GraphQLTypeReference("PublicationRecord"))).ResolveAsync(async c =>
            await c.Db().Publications.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.Source.PublicationId, c.CancellationToken));
        Field("snapshot", new NonNullGraphType(new GraphQLTypeReference("PerformanceSnapshot"))).ResolveAsync(async c =>
            await c.Db().Snapshots.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.Source.SnapshotId, c.CancellationToken));
        Interface<DomainEventInterfaceType>();
        IsTypeOf = o => o is MetricsEvent;
    }
}
