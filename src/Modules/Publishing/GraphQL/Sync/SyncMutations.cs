using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Accounts;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Publishing.Sync;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL.Sync;

/// <summary>Manual refresh (<c>syncPublicationMetrics</c>, <c>syncPublicationRevenue</c>) and manual revenue entry.</summary>
internal sealed class SyncMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<SyncPublicationMetricsPayloadType>>("syncPublicationMetrics")
            .Description("Triggers metrics sync now (worker `publishing.sync_metrics`; also runs periodically). Emits METRICS_UPDATED.")
            .Argument<NonNullGraphType<SyncPublicationMetricsInputType>>("input")
            .ResolveAsync(async c => await SyncAsync(c, SyncTasks.Metrics));
        root.Field<NonNullGraphType<SyncPublicationRevenuePayloadType>>("syncPublicationRevenue")
            .Description("Triggers revenue sync now (worker `publishing.sync_revenue`; also runs periodically).")
            .Argument<NonNullGraphType<SyncPublicationRevenueInputType>>("input")
            .ResolveAsync(async c => await SyncAsync(c, SyncTasks.Revenue));
        root.Field<NonNullGraphType<RecordRevenuePayloadType>>("recordRevenue")
            .Description("Records revenue a platform does not report (product sales, creator fund...); the same publication, source and period again corrects it.")
            .Argument<NonNullGraphType<RecordRevenueInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var (metadata, badMetadata) = InputRules.Metadata(input);
                if (badMetadata is not null) return MutationPayload.Fail(badMetadata);
                return await c.Service<RevenueEntries>().RecordAsync(new RecordRevenueCommand(input["publicationId"] as string,
                    ((string)input["source"]!).ToLowerInvariant(), (decimal)input["amount"]!, input["currency"] as string,
                    (DateOnly)input["periodStart"]!, (DateOnly)input["periodEnd"]!, metadata), c.CancellationToken);
            });
        root.Field<NonNullGraphType<DeleteRevenueRecordPayloadType>>("deleteRevenueRecord")
            .Description("Deletes a revenue record (e.g. one entered by mistake).")
            .Argument<NonNullGraphType<DeleteRevenueRecordInputType>>("input")
            .ResolveAsync(async c => await c.Service<RevenueEntries>()
                .DeleteAsync(c.GetArgument<Dictionary<string, object?>>("input")["revenueRecordId"] as string, c.CancellationToken));
    }

    private static async Task<MutationPayload> SyncAsync(IResolveFieldContext c, string task)
    {
        var input = c.GetArgument<Dictionary<string, object?>>("input");
        var publication = input.GetValueOrDefault("publicationId") as string;
        var channel = input.GetValueOrDefault("channelId") as string;
        if ((publication is null) == (channel is null))
            return MutationPayload.Fail(new ValidationError("Provide exactly one of publicationId or channelId.", "input", "EXACTLY_ONE_REQUIRED"));
        var db = c.Db();
        SyncInput target;
        if (publication is not null)
        {
            var id = InputRules.Decode("PublicationRecord", publication);
            var record = id is null ? null : await db.Publications.AsNoTracking().Include(p => p.PlatformAccount)
                .FirstOrDefaultAsync(p => p.Id == id, c.CancellationToken);
            if (record is null) return MutationPayload.Fail(NotFoundError.For("PublicationRecord", publication));
            if (record.PlatformAccount is { ConnectionStatus: not PlatformConnectionStatus.Connected } account)
            {
                // Syncing one post of an account that must be reconnected cannot succeed: say so now rather than in the job.
                return MutationPayload.Fail(new PlatformAuthorizationError(
                    $"The {account.Platform} account '{account.Name}' is {account.ConnectionStatus.ToString().ToUpperInvariant()}; connect it again.",
                    account.Platform.ToUpperInvariant(), AccountErrorCodes.AccountNotConnected, GlobalId.Encode("PlatformAccount", account.Id)));
            }
            target = new SyncInput(PublicationId: id);
        }
        else
        {
            var id = InputRules.Decode("ContentChannel", channel);
            if (id is null || !await db.Channels.AnyAsync(x => x.Id == id, c.CancellationToken))
                return MutationPayload.Fail(NotFoundError.For("ContentChannel", channel));
            target = new SyncInput(ChannelId: id);
        }
        if (task == SyncTasks.Revenue)
        {
            var (start, end) = (input.GetValueOrDefault("periodStart") as DateOnly?, input.GetValueOrDefault("periodEnd") as DateOnly?);
            if ((start is null) != (end is null))
                return MutationPayload.Fail(new ValidationError("Give both periodStart and periodEnd, or neither.", start is null ? "input.periodStart" : "input.periodEnd", "REQUIRED"));
            if (start > end) return MutationPayload.Fail(new ValidationError("The period must not end before it starts.", "input.periodEnd", "INVALID_RANGE"));
            target = target with { PeriodStart = start, PeriodEnd = end };
        }
        var field = publication is not null ? "input.publicationId" : "input.channelId";
        return (await c.Service<SyncJobs>().EnqueueAsync(task, target, field, null, c.CancellationToken)).Payload;
    }
}
