using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL.Sync;

/// <summary><c>onMetricsUpdated</c>: METRICS_UPDATED of the caller's publication or channel; anything else is NOT_FOUND.</summary>
internal sealed class MetricsSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<NonNullGraphType<MetricsEventType>>("onMetricsUpdated")
            .Description("METRICS_UPDATED for one publication or all publications of a channel (exactly one argument).")
            .Argument<IdGraphType>("channelId")
            .Argument<IdGraphType>("publicationId")
            .ResolveStreamAsync(async c =>
            {
                var channel = c.GetArgument<string?>("channelId");
                var publication = c.GetArgument<string?>("publicationId");
                if ((channel is null) == (publication is null))
                    throw new ExecutionError("Provide exactly one of channelId or publicationId.") { Code = "INVALID_ARGUMENTS" };
                var db = c.Db();
                if (channel is not null)
                {
                    var id = InputRules.Decode("ContentChannel", channel);
                    if (id is null || !await db.Channels.AnyAsync(x => x.Id == id, c.CancellationToken)) throw NotFound("ContentChannel", channel);
                    return EventStreams.Stream(c, EventTopics.ChannelMetrics(id.Value), e => e is MetricsEvent);
                }
                var publicationId = InputRules.Decode("PublicationRecord", publication);
                if (publicationId is null || !await db.Publications.AnyAsync(x => x.Id == publicationId, c.CancellationToken))
                    throw NotFound("PublicationRecord", publication);
                return EventStreams.Stream(c, EventTopics.PublicationMetrics(publicationId.Value), e => e is MetricsEvent);
            });

    private static ExecutionError NotFound(string typeName, string? id) => new($"{typeName} '{id}' was not found.") { Code = "NOT_FOUND" };
}
