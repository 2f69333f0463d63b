using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Advisor;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Publishing.GraphQL.Advisor;

/// <summary>Root <c>recommendations</c> and <c>ContentChannel.recommendations</c>; both refresh stale advice first.</summary>
internal sealed class AdvisorQueries : IQueryFields
{
    public const int MaxChannelRecommendations = 50;

    public void AddTo(ObjectGraphType root)
    {
        var field = root.Connection<RecommendationsConnectionType, Recommendation>("recommendations", Filtered, x => x.Id)
            .Description("JARVIS advisor recommendations (posting time, best series, cost warnings, trend ideas), oldest first; "
                         + "recomputed from the caller's data when older than a few minutes. Expired ones are left out.");
        field.FieldType.Arguments = new QueryArguments(
        [
            new QueryArgument<IdGraphType> { Name = "channelId" },
            new QueryArgument<IdGraphType> { Name = "seriesId" },
            new QueryArgument<IdGraphType> { Name = "projectId" },
            new QueryArgument<ListGraphType<NonNullGraphType<RecommendationTypeType>>> { Name = "types" },
            new QueryArgument<NonNullGraphType<BooleanGraphType>> { Name = "includeDismissed", DefaultValue = false },
            .. field.FieldType.Arguments!,
        ]);
        var page = field.FieldType.Resolver!;
        field.FieldType.Resolver = new FuncFieldResolver<object?>(async c =>
        {
            await c.RequestServices!.GetRequiredService<RecommendationAdvisor>().EnsureFreshAsync(c.CancellationToken);
            return await page.ResolveAsync(c);
        });
    }

    private static IQueryable<Recommendation> Filtered(IResolveFieldContext c)
    {
        var query = Active(c.Db().Recommendations.AsNoTracking(), DateTime.UtcNow, c.GetArgument("includeDismissed", false),
            c.GetArgument<List<RecommendationType>?>("types"));
        if (c.GetArgument<string?>("channelId") is { } channel)
        {
            var id = GlobalId.DecodeFor("ContentChannel", channel);
            query = query.Where(r => r.ChannelId == id);
        }
        if (c.GetArgument<string?>("seriesId") is { } series)
        {
            var id = GlobalId.DecodeFor("Series", series);
            query = query.Where(r => r.SeriesId == id);
        }
        if (c.GetArgument<string?>("projectId") is { } project)
        {
            var id = GlobalId.DecodeFor("Project", project);
            query = query.Where(r => r.ProjectId == id);
        }
        return query;
    }

    public static IQueryable<Recommendation> Active(IQueryable<Recommendation> query, DateTime now, bool includeDismissed, IReadOnlyCollection<RecommendationType>? types)
    {
        query = query.Where(r => r.ExpiresAt == null || r.ExpiresAt > now);
        if (!includeDismissed) query = query.Where(r => r.DismissedAt == null);
        if (types is { Count: > 0 }) query = query.Where(r => types.Contains(r.Type));
        return query;
    }

    /// <summary>Most severe first, then the most confident, then the newest.</summary>
    public static IEnumerable<Recommendation> Prioritized(IEnumerable<Recommendation> recommendations) =>
        recommendations.OrderByDescending(r => r.Severity).ThenByDescending(r => r.Confidence ?? 0).ThenByDescending(r => r.CreatedAt).ThenBy(r => r.Id);

    /// <summary><c>ContentChannel.recommendations(first, types)</c>: the channel's active recommendations, most severe first.</summary>
    public static void AddChannelField(ObjectGraphType<ContentChannel> channel) =>
        AddTopField(channel, "Active advisor recommendations of this channel, most severe first, then the most confident.", 10, true, c => c.Source.Id);

    /// <summary>
    /// <c>DashboardOverview.recommendations(first)</c>: the active recommendations of the overview's channel (all of the
    /// caller's when it covers every channel), most severe first.
    /// </summary>
    public static void AddOverviewField<TOverview>(ObjectGraphType<TOverview> overview, Func<TOverview, Guid?> channelId) =>
        AddTopField(overview, "Active advisor recommendations of the overview's channel (of every channel and the caller's projects when it covers all), "
            + "most severe first, then the most confident.", 5, false, c => channelId(c.Source));

    private static void AddTopField<TSource>(ObjectGraphType<TSource> type, string description, int defaultFirst, bool withTypes,
        Func<IResolveFieldContext<TSource>, Guid?> channelId)
    {
        var field = type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecommendationInterfaceType>>>>("recommendations")
            .Description(description)
            .Argument<NonNullGraphType<IntGraphType>>("first", a => a.DefaultValue = defaultFirst);
        if (withTypes) field.Argument<ListGraphType<NonNullGraphType<RecommendationTypeType>>>("types");
        field.ResolveAsync(async c =>
        {
            var first = c.GetArgument("first", defaultFirst);
            if (first is < 0 or > MaxChannelRecommendations)
                throw new ExecutionError($"'first' must be between 0 and {MaxChannelRecommendations}.") { Code = "INVALID_ARGUMENT" };
            await c.RequestServices!.GetRequiredService<RecommendationAdvisor>().EnsureFreshAsync(c.CancellationToken);
            var query = Active(c.Db().Recommendations.AsNoTracking(), DateTime.UtcNow, false, withTypes ? c.GetArgument<List<RecommendationType>?>("types") : null);
            if (channelId(c) is { } channel) query = query.Where(r => r.ChannelId == channel);
            return Prioritized(await query.ToListAsync(c.CancellationToken)).Take(first).ToList();
        });
    }
}
