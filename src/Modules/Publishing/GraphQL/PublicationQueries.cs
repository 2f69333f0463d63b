using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Data;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL;

/// <summary>Accounts and publications: <c>platformAccounts</c>, <c>publications</c>, <c>publication(id)</c>.</summary>
internal sealed class PublicationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlatformAccountType>>>>("platformAccounts")
            .Description("The caller's connected platform accounts (credentials are never exposed).")
            .Argument<PlatformType>("platform")
            .ResolveAsync(async c =>
            {
                var query = c.Db().PlatformAccounts.AsNoTracking();
                if (c.GetArgument<string?>("platform") is { } platform)
                {
                    var key = PlatformNames.ToKey(platform);
                    query = query.Where(a => a.Platform == key);
                }
                return await query.OrderBy(a => a.CreatedAt).ToListAsync(c.CancellationToken);
            });
        root.Connection<PublicationsConnectionType, PublicationRecord>("publications", c => c.Db().Publications.AsNoTracking(), x => x.Id)
            .Filter<PublicationRecordFilterInputType>().Sort<PublicationRecordSortInputType>()
            .Description("Publication records, e.g. `where: { status: { eq: SCHEDULED } }`.");
        root.Field<PublicationRecordType>("publication").Description("A publication record by ID (REST `GET /publishing/publication/{id}`).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.DecodeFor("PublicationRecord", c.GetArgument<string>("id"));
                return await c.Db().Publications.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, c.CancellationToken);
            });
    }
}

/// <summary>List fields of the structure types that point at accounts and publications.</summary>
internal static class PublicationListFields
{
    public static void AddPublications(this ObjectGraphType<Episode> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublicationRecordType>>>>("publications")
            .Description("Publications of the episode (REST `GET /publishing/episode/{episode_id}`).")
            .Argument<PublicationRecordFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<PublicationRecordSortInputType>>>("order")
            .ResolveAsync(async c =>
            {
                var query = c.Db().Publications.AsNoTracking().Where(p => p.EpisodeId == c.Source.Id);
                System.Linq.Expressions.Expression<Func<PublicationRecord, Guid>> key = p => p.Id;
                return await query.FilterAndSort(c, key).ToListAsync(c.CancellationToken);
            });

    public static void AddPlatformAccounts(this ObjectGraphType<ContentChannel> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlatformAccountType>>>>("platformAccounts")
            .Description("Accounts assigned to the channel.")
            .ResolveAsync(async c => await c.Db().PlatformAccounts.AsNoTracking().Where(a => a.ChannelId == c.Source.Id)
                .OrderBy(a => a.CreatedAt).ToListAsync(c.CancellationToken));
}
