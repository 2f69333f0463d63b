using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL.Engine;

/// <summary><c>onPublicationStatusChanged(publicationId | episodeId | channelId)</c>, owner-scoped.</summary>
internal sealed class PublicationSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<NonNullGraphType<PublicationEventType>>("onPublicationStatusChanged")
            .Description("Every publication status change for a publication, episode or channel (exactly one argument); see PublicationEvent for the event types.")
            .Argument<IdGraphType>("publicationId")
            .Argument<IdGraphType>("episodeId")
            .Argument<IdGraphType>("channelId")
            .ResolveStreamAsync(async c =>
            {
                var given = new[] { "publicationId", "episodeId", "channelId" }.Where(n => c.GetArgument<string?>(n) is not null).ToList();
                if (given.Count != 1)
                    throw new ExecutionError("Give exactly one of publicationId, episodeId, channelId.") { Code = "INVALID_ARGUMENTS" };
                var db = c.Db();
                switch (given[0])
                {
                    case "publicationId":
                    {
                        var id = GlobalId.DecodeFor("PublicationRecord", c.GetArgument<string>("publicationId"));
                        await EventStreams.RequireVisibleAsync(c, "PublicationRecord", db.Publications.AnyAsync(p => p.Id == id, c.CancellationToken));
                        return Stream(c, EventTopics.Publication(id));
                    }
                    case "episodeId":
                    {
                        var id = GlobalId.DecodeFor("Episode", c.GetArgument<string>("episodeId"));
                        await EventStreams.RequireVisibleAsync(c, "Episode", db.Episodes.AnyAsync(e => e.Id == id, c.CancellationToken));
                        return Stream(c, EventTopics.EpisodePublications(id));
                    }
                    default:
                    {
                        var id = GlobalId.DecodeFor("ContentChannel", c.GetArgument<string>("channelId"));
                        await EventStreams.RequireVisibleAsync(c, "ContentChannel", db.Channels.AnyAsync(x => x.Id == id, c.CancellationToken));
                        return Stream(c, EventTopics.ChannelPublications(id));
                    }
                }
            });

    private static IObservable<object?> Stream(IResolveFieldContext c, string topic) =>
        EventStreams.Stream(c, topic, e => e is PublicationEvent);
}
