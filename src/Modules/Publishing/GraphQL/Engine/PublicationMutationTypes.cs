using GraphQL.Types;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Publishing.Engine;
using MediaCreator.Modules.Publishing.GraphQL.Accounts;

namespace MediaCreator.Modules.Publishing.GraphQL.Engine;

internal sealed class PublicationDetailsInputType : InputObjectGraphType
{
    public PublicationDetailsInputType()
    {
        Name = "PublicationDetailsInput";
        Description = "Post details sent to the platform.";
        Field<StringGraphType>("title").Description("Defaults to the episode title.");
        Field<StringGraphType>("description").Description("Defaults to the episode description.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("Defaults to the episode's metadata tags.");
        Field<PublicationVisibilityType>("visibility").DefaultValue(Dashboard.PublicationVisibility.Public);
        Field<IdGraphType>("thumbnailAssetId");
        Field<JsonScalarType>("platformOptions").Description(
            "Platform-specific options: `madeForKids` (required, true or false), `containsSyntheticMedia` (default true), `categoryId`, `language`, `short`.");
    }
}

internal sealed class PublicationTargetInputType : InputObjectGraphType
{
    public PublicationTargetInputType()
    {
        Name = "PublicationTargetInput";
        Description = "One platform account to publish to.";
        Field<NonNullGraphType<IdGraphType>>("platformAccountId");
        Field<IdGraphType>("assetId").Description("Defaults to the episode's primary asset.");
        Field<DateTimeScalarType>("scheduledTime").Description("Null publishes immediately.");
        Field<PublicationDetailsInputType>("details");
    }
}

internal sealed class PlanPublicationInputType : InputObjectGraphType
{
    public PlanPublicationInputType()
    {
        Name = "PlanPublicationInput";
        Description = "Input of `planPublication`.";
        Field<NonNullGraphType<IdGraphType>>("episodeId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PublicationTargetInputType>>>>("targets");
        Field<UuidScalarType>("idempotencyKey").Description("The same key again returns the same publications and jobs.");
        Field<BooleanGraphType>("requiresApproval").DefaultValue(false)
            .Description("Hold each publication (SCHEDULED, no job) until `approvePublication`.");
    }
}

internal abstract class PublicationIdInputType : InputObjectGraphType
{
    protected PublicationIdInputType(string name, string description, bool withScheduledTime = false)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<IdGraphType>>("publicationId");
        if (withScheduledTime) Field<DateTimeScalarType>("scheduledTime").Description("When to publish; null publishes now.");
    }
}

internal sealed class CancelPublicationInputType() : PublicationIdInputType("CancelPublicationInput", "Input of `cancelPublication`.") { }

internal sealed class RetryPublicationInputType() : PublicationIdInputType("RetryPublicationInput", "Input of `retryPublication`.", withScheduledTime: true) { }

internal sealed class ApprovePublicationInputType() : PublicationIdInputType("ApprovePublicationInput", "Input of `approvePublication`.") { }

internal sealed class PlanPublicationErrorType() : ErrorUnionType("planPublication", typeof(ValidationErrorType), typeof(NotFoundErrorType),
    typeof(InvalidStateErrorType), typeof(PlatformAuthorizationErrorType), typeof(QuotaExceededErrorType), typeof(UnsupportedMediaErrorType));

internal sealed class CancelPublicationErrorType() : ErrorUnionType("cancelPublication", typeof(NotFoundErrorType), typeof(InvalidStateErrorType));

internal sealed class RetryPublicationErrorType() : ErrorUnionType("retryPublication", typeof(ValidationErrorType), typeof(NotFoundErrorType),
    typeof(InvalidStateErrorType), typeof(PlatformAuthorizationErrorType), typeof(QuotaExceededErrorType));

internal sealed class ApprovePublicationErrorType() : ErrorUnionType("approvePublication", typeof(NotFoundErrorType),
    typeof(InvalidStateErrorType), typeof(PlatformAuthorizationErrorType));

internal sealed class PlanPublicationPayloadType : ObjectGraphType<MutationPayload>
{
    public PlanPublicationPayloadType()
    {
        Name = "PlanPublicationPayload";
        Description = "Payload of `planPublication`.";
        Field<ListGraphType<NonNullGraphType<PublicationRecordType>>>("publications").Resolve(c => (c.Source.Result as PlanPublicationResult)?.Publications);
        Field<ListGraphType<NonNullGraphType<JobType>>>("jobs").Description("One `publishing.upload` job per publication (scheduled ones have `runAfter`); none for publications waiting for approval.")
            .Resolve(c => (c.Source.Result as PlanPublicationResult)?.Jobs);
        Field<ListGraphType<NonNullGraphType<PlanPublicationErrorType>>>("errors").Resolve(c => c.Source.Errors);
    }
}

internal sealed class CancelPublicationPayloadType() : PayloadGraphType<PublicationRecordType, CancelPublicationErrorType>("cancelPublication", "publication");

/// <summary><c>{ publication, job, errors }</c> of retryPublication and approvePublication.</summary>
internal abstract class PublicationJobPayloadType<TErrorUnion> : ObjectGraphType<MutationPayload> where TErrorUnion : ErrorUnionType
{
    protected PublicationJobPayloadType(string mutationName)
    {
        Name = char.ToUpperInvariant(mutationName[0]) + mutationName[1..] + "Payload";
        Description = $"Payload of `{mutationName}`.";
        Field<PublicationRecordType>("publication").Resolve(c => (c.Source.Result as PublicationJobResult)?.Publication);
        Field<JobType>("job").Description("The new `publishing.upload` job.").Resolve(c => (c.Source.Result as PublicationJobResult)?.Job);
        Field<ListGraphType<NonNullGraphType<TErrorUnion>>>("errors").Resolve(c => c.Source.Errors);
    }
}

internal sealed class RetryPublicationPayloadType() : PublicationJobPayloadType<RetryPublicationErrorType>("retryPublication") { }

internal sealed class ApprovePublicationPayloadType() : PublicationJobPayloadType<ApprovePublicationErrorType>("approvePublication") { }
