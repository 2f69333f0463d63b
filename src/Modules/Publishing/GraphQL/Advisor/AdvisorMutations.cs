using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Publishing.Advisor;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Publishing.GraphQL.Advisor;

internal sealed class AdvisorMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<DismissRecommendationPayloadType>>("dismissRecommendation")
            .Description("Hides an advisor recommendation: later computations update its figures but keep it dismissed "
                         + "(`recommendations(includeDismissed: true)` still lists it).")
            .Argument<NonNullGraphType<DismissRecommendationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                c.Owner().RequireOwner();
                var globalId = input["recommendationId"] as string;
                var db = c.Db();
                if (RecommendationTypeNames.Decode(globalId) is not { } key
                    || await db.Recommendations.FirstOrDefaultAsync(r => r.Id == key.Id && r.Type == key.Type, c.CancellationToken) is not { } row)
                    return MutationPayload.Fail(NotFoundError.For("Recommendation", globalId));
                row.DismissedAt ??= DateTime.UtcNow;
                await db.SaveChangesAsync(c.CancellationToken);
                return MutationPayload.Ok(row);
            });
        root.Field<NonNullGraphType<RefreshRecommendationsPayloadType>>("refreshRecommendations")
            .Description("Recomputes the caller's recommendations now (they are also recomputed when a query finds them older "
                         + "than a few minutes, and by a recurring task); returns the active ones, of one channel when given.")
            .Argument<NonNullGraphType<RefreshRecommendationsInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                c.Owner().RequireOwner();
                var db = c.Db();
                Guid? channelId = null;
                if (input.GetValueOrDefault("channelId") is string channel)
                {
                    channelId = InputRules.Decode("ContentChannel", channel);
                    if (channelId is null || !await db.Channels.AnyAsync(x => x.Id == channelId, c.CancellationToken))
                        return MutationPayload.Fail(NotFoundError.For("ContentChannel", channel));
                }
                await c.RequestServices!.GetRequiredService<RecommendationAdvisor>().RefreshAsync(force: true, c.CancellationToken);
                var rows = await AdvisorQueries.Active(db.Recommendations.AsNoTracking(), DateTime.UtcNow, false, null)
                    .Where(r => channelId == null || r.ChannelId == channelId).ToListAsync(c.CancellationToken);
                return MutationPayload.Ok(AdvisorQueries.Prioritized(rows).ToList());
            });
    }
}

internal sealed class DismissRecommendationInputType : InputObjectGraphType
{
    public DismissRecommendationInputType()
    {
        Name = "DismissRecommendationInput";
        Description = "Input of `dismissRecommendation`.";
        Field<NonNullGraphType<IdGraphType>>("recommendationId");
    }
}

internal sealed class RefreshRecommendationsInputType : InputObjectGraphType
{
    public RefreshRecommendationsInputType()
    {
        Name = "RefreshRecommendationsInput";
        Description = "Input of `refreshRecommendations`.";
        Field<IdGraphType>("channelId").Description("Only return this channel's recommendations (all are recomputed).");
    }
}

internal sealed class DismissRecommendationErrorType() : ErrorUnionType("dismissRecommendation", typeof(NotFoundErrorType));

internal sealed class RefreshRecommendationsErrorType() : ErrorUnionType("refreshRecommendations", typeof(NotFoundErrorType));

internal sealed class DismissRecommendationPayloadType()
    : PayloadGraphType<RecommendationInterfaceType, DismissRecommendationErrorType>("dismissRecommendation", "recommendation");

internal sealed class RefreshRecommendationsPayloadType()
    : PayloadGraphType<ListGraphType<NonNullGraphType<RecommendationInterfaceType>>, RefreshRecommendationsErrorType>("refreshRecommendations", "recommendations");
