using MediaCreator.Modules.Publishing.Accounts;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Publishing.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Publishing.GraphQL.Engine;

internal sealed class PublishingJobInputType : InputObjectGraphType
{
    public PublishingJobInputType()
    {
        Name = "PublishingJobInput";
        Description = "Publishing upload as a job/workflow step: one target of `planPublication`.";
        Field<IdGraphType>("episodeId").Description(
            "Required for `createJob`; in a workflow step leave it out to publish the run's own episode (filled in once the step's dependencies are done).");
        Field<NonNullGraphType<IdGraphType>>("platformAccountId");
        Field<IdGraphType>("assetId").Description("Defaults to the episode's primary asset.");
        Field<DateTimeScalarType>("scheduledTime").Description("Null publishes immediately.");
        Field<PublicationDetailsInputType>("details");
    }
}

/// <summary>
/// <c>createJob(spec: { publishing })</c>: plans one publication exactly as <c>planPublication</c> with one target and
/// returns its upload job. Errors outside createJob's union come back as validation errors with a code.
/// </summary>
internal sealed class PublishingJobSpecMember : IJobSpecMember
{
    public string Name => "publishing";

    public Type InputType => typeof(PublishingJobInputType);

    public string Description => "A publication of an episode on one platform account (worker publishing.upload).";

    // A workflow step may leave episodeId out: the workflow engine publishes the run's own episode and fills it in.
    public JobSpecTarget Target(JsonObject spec) => new(PublishUploadTask.TaskName, null, ["platformAccountId"]);

    public async Task<MutationPayload> EnqueueAsync(IResolveFieldContext context, Dictionary<string, object?> input, Dictionary<string, object?> spec)
    {
        const string field = "input.spec.publishing";
        if (spec.GetValueOrDefault("episodeId") is not string episodeId)
            return MutationPayload.Fail(new ValidationError("Give the episode to publish.", field + ".episodeId", "REQUIRED"));
        var projectId = GlobalId.TryDecode(input["projectId"] as string, out var type, out var id) && type == "Project" ? id : (Guid?)null;
        var episode = GlobalId.TryDecode(episodeId, out var episodeType, out var episodeGuid) && episodeType == "Episode"
            ? await context.Db().Episodes.AsNoTracking().FirstOrDefaultAsync(e => e.Id == episodeGuid, context.CancellationToken)
            : null;
        if (episode is not null && episode.ProjectId != projectId)
            return MutationPayload.Fail(new ValidationError("The episode belongs to another project.", field + ".episodeId", "PROJECT_MISMATCH"));
        var target = PublicationMutations.Target(spec);
        var payload = await context.Service<PlanPublicationHandler>().HandleAsync(
            new PlanPublicationCommand(episodeId, [target], input.GetValueOrDefault("idempotencyKey") as Guid?, RequiresApproval: false), context.CancellationToken);
        if (payload.Result is PlanPublicationResult { Jobs.Count: > 0 } result) return MutationPayload.Ok(result.Jobs[0]);
        return MutationPayload.Fail([.. (payload.Errors ?? []).Select(e => e switch
        {
            ValidationError v => v with { Field = v.Field.Replace("input.targets[0]", field, StringComparison.Ordinal) },
            NotFoundError => e,
            PlatformAuthorizationError => new ValidationError(e.Message, field + ".platformAccountId", "PLATFORM_AUTHORIZATION"),
            UnsupportedMediaError => new ValidationError(e.Message, field + ".assetId", "UNSUPPORTED_MEDIA"),
            InvalidStateError s => new ValidationError(e.Message, field + ".episodeId", "INVALID_STATE_" + s.CurrentState),
            _ => new ValidationError(e.Message, field, "REJECTED"),
        })]);
    }
}
