using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL;

internal sealed class DashboardQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Connection<ChannelsConnectionType, ContentChannel>("channels", c => c.Db().Channels.AsNoTracking(), x => x.Id)
            .Filter<ContentChannelFilterInputType>().Sort<ContentChannelSortInputType>()
            .Description("Content channels of the caller (REST `GET /dashboard/channels`).");
        ById<ContentChannelType, ContentChannel>(root, "channel", "ContentChannel", "A content channel by ID.", c => c.Db().Channels);
        ById<SeriesType, Series>(root, "series", "Series", "A series by ID.", c => c.Db().Series);
        root.Connection<EpisodesConnectionType, Episode>("episodes", c => c.Db().Episodes.AsNoTracking(), x => x.Id)
            .Filter<EpisodeFilterInputType>().Sort<EpisodeSortInputType>()
            .Description("Episodes across the caller's channels.");
        ById<EpisodeType, Episode>(root, "episode", "Episode", "An episode by ID (REST `GET /dashboard/episodes/{id}`).", c => c.Db().Episodes);
    }

    private static void ById<TGraphType, TEntity>(ObjectGraphType root, string name, string typeName, string description,
        Func<IResolveFieldContext, IQueryable<TEntity>> set) where TGraphType : IGraphType where TEntity : class =>
        root.Field<TGraphType>(name).Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.DecodeFor(typeName, c.GetArgument<string>("id"));
                return await set(c).AsNoTracking().FirstOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id, c.CancellationToken);
            });
}
