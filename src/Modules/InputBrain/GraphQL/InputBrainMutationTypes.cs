using GraphQL.Types;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Workflows;

namespace MediaCreator.Modules.InputBrain.GraphQL;

internal sealed class CreateIdeaInputType : InputObjectGraphType
{
    public CreateIdeaInputType()
    {
        Name = "CreateIdeaInput";
        Description = "Input of `createIdea`.";
        Field<IdGraphType>("projectId").Description("Existing project; when null a project is created automatically.");
        Field<StringGraphType>("projectName").Description("Name for the auto-created project.");
        Field<ContentTypeType>("type").Description("Required unless `sourceRecommendationId` supplies it.");
        Field<StringGraphType>("prompt").Description("Required unless `sourceRecommendationId` supplies it.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("referenceAssetIds").Description("Uploaded reference images/audio/video.");
        Field<IdeaOptionsInputType>("options");
        Field<IdGraphType>("sourceRecommendationId")
            .Description("A TrendIdeaRecommendation: its suggested prompt, content type and platform are the defaults of `prompt`, `type` and `options.targetPlatforms`.");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal sealed class IdeaOptionsInputType : InputObjectGraphType
{
    public IdeaOptionsInputType()
    {
        Name = "IdeaOptionsInput";
        Description = "Options of an idea.";
        Field<StringGraphType>("style");
        Field("aspectRatio", new GraphQLTypeReference("AspectRatio"));
        Field<FloatGraphType>("durationSeconds").Description("3..600.");
        Field<StringGraphType>("language").Description("BCP 47, e.g. en, th (default en).");
        Field<ListGraphType<NonNullGraphType<PlatformType>>>("targetPlatforms");
        Field<IntGraphType>("versionCount").DefaultValue(3).Description("Number of preview versions, 1..6.");
        Field<StringGraphType>("audience").Description("Who it is for, e.g. \"busy parents\".");
        Field<StringGraphType>("tone").Description("e.g. playful, calm, expert.");
        Field<JsonScalarType>("custom");
    }
}

internal sealed class SelectIdeaVersionInputType : InputObjectGraphType
{
    public SelectIdeaVersionInputType()
    {
        Name = "SelectIdeaVersionInput";
        Description = "Input of `selectIdeaVersion`.";
        Field<NonNullGraphType<IdGraphType>>("ideaId");
        Field<NonNullGraphType<IntGraphType>>("versionIndex");
    }
}

internal sealed class GenerateWorkflowDraftInputType : InputObjectGraphType
{
    public GenerateWorkflowDraftInputType()
    {
        Name = "GenerateWorkflowDraftInput";
        Description = "Input of `generateWorkflowDraft`.";
        Field<NonNullGraphType<IdGraphType>>("ideaId");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("publishToAccountIds")
            .Description("Append publishing steps for these platform accounts: each publishes the primary output (as the run's episode) once it is done.");
        Field<StringGraphType>("instructions").Description("Extra guidance for JARVIS, added to the steps' prompts.");
        Field<IdGraphType>("seriesId").Description("Series the finished episode goes into; the owner's default series when null.");
    }
}

internal sealed class UpdateWorkflowDraftInputType : InputObjectGraphType
{
    public UpdateWorkflowDraftInputType()
    {
        Name = "UpdateWorkflowDraftInput";
        Description = "Input of `updateWorkflowDraft`.";
        Field<NonNullGraphType<IdGraphType>>("draftId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowStepInputType>>>>("steps");
        Field<JsonScalarType>("metadata");
        Field<WorkflowEpisodeInputType>("episode").Description("Replace the episode the run will make (title, series, primary step).");
        Field<IntGraphType>("expectedRevision").Description("Refuse the update (ConflictError) when someone changed the draft since this revision.");
    }
}

internal sealed class StartWorkflowDraftInputType : InputObjectGraphType
{
    public StartWorkflowDraftInputType()
    {
        Name = "StartWorkflowDraftInput";
        Description = "Input of `startWorkflowDraft`.";
        Field<NonNullGraphType<IdGraphType>>("draftId");
        Field<UuidScalarType>("idempotencyKey");
        Field("onStepFailure", new GraphQLTypeReference("WorkflowFailurePolicy")).Description("STOP (default) or CONTINUE.");
    }
}

internal sealed class CreateIdeaErrorType() : ErrorUnionType("createIdea",
    typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(BudgetExceededErrorType), typeof(QuotaExceededErrorType), typeof(ProviderUnavailableErrorType));

internal sealed class SelectIdeaVersionErrorType() : ErrorUnionType("selectIdeaVersion",
    typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType));

internal sealed class GenerateWorkflowDraftErrorType() : ErrorUnionType("generateWorkflowDraft",
    typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(ProviderUnavailableErrorType));

internal sealed class UpdateWorkflowDraftErrorType() : ErrorUnionType("updateWorkflowDraft",
    typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(ConflictErrorType), typeof(ProviderUnavailableErrorType));

internal sealed class StartWorkflowDraftErrorType() : ErrorUnionType("startWorkflowDraft",
    typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(InvalidStateErrorType), typeof(BudgetExceededErrorType), typeof(ProviderUnavailableErrorType));

/// <summary>createIdea's result: the idea and its preview jobs.</summary>
internal sealed record CreatedIdea(Persistence.ContentIdeaRecord Idea, IReadOnlyList<Job> Jobs);

internal sealed class CreateIdeaPayloadType : ObjectGraphType<MutationPayload>
{
    public CreateIdeaPayloadType()
    {
        Name = "CreateIdeaPayload";
        Description = "Payload of `createIdea`.";
        Field<ContentIdeaType>("idea").Resolve(c => (c.Source.Result as CreatedIdea)?.Idea);
        Field<ListGraphType<NonNullGraphType<JobType>>>("jobs").Description("Preview generation jobs, one per version (QUEUED).")
            .Resolve(c => (c.Source.Result as CreatedIdea)?.Jobs);
        Field<ListGraphType<NonNullGraphType<CreateIdeaErrorType>>>("errors").Resolve(c => c.Source.Errors);
    }
}

internal sealed class SelectIdeaVersionPayloadType() : PayloadGraphType<ContentIdeaType, SelectIdeaVersionErrorType>("selectIdeaVersion", "idea");

internal sealed class GenerateWorkflowDraftPayloadType() : PayloadGraphType<WorkflowDraftType, GenerateWorkflowDraftErrorType>("generateWorkflowDraft", "workflowDraft");

internal sealed class UpdateWorkflowDraftPayloadType() : PayloadGraphType<WorkflowDraftType, UpdateWorkflowDraftErrorType>("updateWorkflowDraft", "workflowDraft");

/// <summary>startWorkflowDraft's result: the run and the idea, now CONVERTED_TO_WORKFLOW.</summary>
internal sealed record StartedDraft(WorkflowRun Run, Persistence.ContentIdeaRecord Idea);

internal sealed class StartWorkflowDraftPayloadType : ObjectGraphType<MutationPayload>
{
    public StartWorkflowDraftPayloadType()
    {
        Name = "StartWorkflowDraftPayload";
        Description = "Payload of `startWorkflowDraft`.";
        Field("workflowRun", new GraphQLTypeReference("WorkflowRun")).Resolve(c => (c.Source.Result as StartedDraft)?.Run);
        Field<ContentIdeaType>("idea").Description("The idea, now CONVERTED_TO_WORKFLOW.").Resolve(c => (c.Source.Result as StartedDraft)?.Idea);
        Field<ListGraphType<NonNullGraphType<StartWorkflowDraftErrorType>>>("errors").Resolve(c => c.Source.Errors);
    }
}
