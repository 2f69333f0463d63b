using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.GraphQL.Analytics;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL;

internal sealed class EpisodeStatusType : EnumerationGraphType<EpisodeStatus>
{
    public EpisodeStatusType()
    {
        Name = "EpisodeStatus";
        Description = "Episode lifecycle (`episodes.status`).";
    }
}

internal sealed class ContentChannelType : ObjectGraphType<ContentChannel>
{
    public ContentChannelType()
    {
        Name = "ContentChannel";
        Description = "A brand/channel grouping series across platforms (table `content_channels`).";
        this.ImplementsNode("ContentChannel", x => x.Id);
        Field<NonNullGraphType<UuidScalarType>>("ownerId").Resolve(c => c.Source.OwnerId);
        Field(x => x.Name);
        Field(x => x.Description, nullable: true);
        Field<JsonScalarType>("metadata").Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        this.Connection<SeriesConnectionType, Series>("series", c => c.Db().Series.Where(s => s.ChannelId == ((ContentChannel)c.Source!).Id), x => x.Id)
            .Filter<SeriesFilterInputType>().Sort<SeriesSortInputType>();
        this.Connection<EpisodesConnectionType, Episode>("episodes", c => c.Db().Episodes.Where(e => e.Series!.ChannelId == ((ContentChannel)c.Source!).Id), x => x.Id)
            .Filter<EpisodeFilterInputType>().Sort<EpisodeSortInputType>();
        this.AddPlatformAccounts();
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Advisor.AdvisorQueries.AddChannelField(this);
        this.AddAnalytics();
    }
}

internal sealed class SeriesType : ObjectGraphType<Series>
{
    public SeriesType()
    {
        Name = "Series";
        Description = "A series of episodes in a channel (table `series`).";
        this.ImplementsNode("Series", x => x.Id);
        Field<NonNullGraphType<ContentChannelType>>("channel").ResolveAsync(async c =>
            await c.Db().Channels.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.Source.ChannelId, c.CancellationToken));
        Field(x => x.Name);
        Field(x => x.Description, nullable: true);
        Field<JsonScalarType>("metadata").Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        this.Connection<EpisodesConnectionType, Episode>("episodes", c => c.Db().Episodes.Where(e => e.SeriesId == ((Series)c.Source!).Id), x => x.Id)
            .Filter<EpisodeFilterInputType>().Sort<EpisodeSortInputType>();
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        this.AddAnalytics();
    }
}

internal sealed class EpisodeType : ObjectGraphType<Episode>
{
    public EpisodeType()
    {
        Name = "Episode";
        Description = "A publishable piece of content built from a project's asset (table `episodes`).";
        this.ImplementsNode("Episode", x => x.Id);
        Field<NonNullGraphType<SeriesType>>("series").ResolveAsync(async c =>
            await c.Db().Series.AsNoTracking().FirstOrDefaultAsync(x => x.Id == c.Source.SeriesId, c.CancellationToken));
        Field("project", new NonNullGraphType(new GraphQLTypeReference("Project"))).ResolveAsync(async c =>
            await c.CoreDb().Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == c.Source.ProjectId, c.CancellationToken));
        Field("primaryAsset", new GraphQLTypeReference("Asset")).ResolveAsync(async c =>
            c.Source.PrimaryAssetId is { } id ? await CoreRows.AssetAsync(c, id) : null);
        Field(x => x.Title);
        Field(x => x.Description, nullable: true);
        Field<NonNullGraphType<EpisodeStatusType>>("status").Resolve(c => c.Source.Status);
        Field<JsonScalarType>("metadata").Description("Free-form JSON; workflow runs write `contentType`, `tags`, idea and version here.")
            .Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        this.AddPublications();
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        this.AddAnalytics();
    }
}

internal sealed class ChannelsConnectionType() : ConnectionGraphType<ContentChannelType>("Channels", "content channels");

internal sealed class SeriesConnectionType() : ConnectionGraphType<SeriesType>("Series", "series");

internal sealed class EpisodesConnectionType() : ConnectionGraphType<EpisodeType>("Episodes", "episodes");

internal static class PublishingResolveContext
{
    public static PublishingDbContext Db(this global::GraphQL.IResolveFieldContext context) => context.Service<PublishingDbContext>();
}
