using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Engine;

namespace MediaCreator.Modules.Publishing.GraphQL.Engine;

internal sealed class PublicationMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<PlanPublicationPayloadType>>("planPublication")
            .Description("Plans publication of an episode on several accounts, now or scheduled; enqueues `publishing.upload` jobs (REST `POST /publishing/plan`). Emits PUBLICATION_SCHEDULED.")
            .Argument<NonNullGraphType<PlanPublicationInputType>>("input")
            .ResolveAsync(async c => await c.Service<PlanPublicationHandler>().HandleAsync(Command(c.GetArgument<Dictionary<string, object?>>("input")), c.CancellationToken));
        root.Field<NonNullGraphType<CancelPublicationPayloadType>>("cancelPublication")
            .Description("Cancels a SCHEDULED publication and its upload job. Emits PUBLICATION_FAILED with status CANCELLED.")
            .Argument<NonNullGraphType<CancelPublicationInputType>>("input")
            .ResolveAsync(async c => await c.Service<PublicationControlHandler>()
                .CancelAsync(c.GetArgument<Dictionary<string, object?>>("input")["publicationId"] as string, c.CancellationToken));
        root.Field<NonNullGraphType<RetryPublicationPayloadType>>("retryPublication")
            .Description("Re-enqueues the upload of a FAILED or CANCELLED publication, optionally at a new time.")
            .Argument<NonNullGraphType<RetryPublicationInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<PublicationControlHandler>().RetryAsync(input["publicationId"] as string,
                    input.GetValueOrDefault("scheduledTime") as DateTime?, c.CancellationToken);
            });
        root.Field<NonNullGraphType<ApprovePublicationPayloadType>>("approvePublication")
            .Description("Approves a publication planned with `requiresApproval`; enqueues its upload job.")
            .Argument<NonNullGraphType<ApprovePublicationInputType>>("input")
            .ResolveAsync(async c => await c.Service<PublicationControlHandler>()
                .ApproveAsync(c.GetArgument<Dictionary<string, object?>>("input")["publicationId"] as string, c.CancellationToken));
    }

    private static PlanPublicationCommand Command(Dictionary<string, object?> input) => new(
        input["episodeId"] as string,
        [.. ((IEnumerable<object?>)input["targets"]!).Cast<Dictionary<string, object?>>().Select(Target)],
        input.GetValueOrDefault("idempotencyKey") as Guid?,
        input.GetValueOrDefault("requiresApproval") as bool? ?? false);

    public static PlanTarget Target(Dictionary<string, object?> t) => new(
        t["platformAccountId"] as string, t.GetValueOrDefault("assetId") as string, t.GetValueOrDefault("scheduledTime") as DateTime?,
        t.GetValueOrDefault("details") is Dictionary<string, object?> d ? Details(d) : null);

    private static PlanDetails Details(Dictionary<string, object?> d) => new(
        d.GetValueOrDefault("title") as string, d.GetValueOrDefault("description") as string,
        d.GetValueOrDefault("tags") is IEnumerable<object?> tags ? [.. tags.OfType<string>()] : null,
        d.GetValueOrDefault("visibility") as PublicationVisibility?, d.GetValueOrDefault("thumbnailAssetId") as string,
        d.GetValueOrDefault("platformOptions") as JsonElement?);
}
