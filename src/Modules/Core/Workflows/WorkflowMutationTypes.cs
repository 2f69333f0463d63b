using GraphQL.Types;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Projects;

namespace MediaCreator.Modules.Core.Workflows;

internal sealed class WorkflowFailurePolicyType : EnumerationGraphType<WorkflowFailurePolicy>
{
    public WorkflowFailurePolicyType()
    {
        Name = "WorkflowFailurePolicy";
        Description = "What a step that failed after its retries does to the rest of the run.";
    }
}

/// <summary>A workflow step: one job spec plus dependencies (drafts and ad-hoc runs).</summary>
public sealed class WorkflowStepInputType : InputObjectGraphType
{
    public WorkflowStepInputType()
    {
        Name = "WorkflowStepInput";
        Description = "A workflow step: one job spec plus dependencies.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Unique within the workflow (letters, digits, '-', '_').");
        Field<StringGraphType>("name");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("dependsOn");
        Field<ListGraphType<NonNullGraphType<WorkflowStepBindingInputType>>>("bindings");
        Field<NonNullGraphType<JobSpecInputType>>("job");
        Field<WorkflowRetryInputType>("retry").Description("Retry policy of the step (default: one attempt).");
    }
}

internal sealed class WorkflowStepBindingInputType : InputObjectGraphType
{
    public WorkflowStepBindingInputType()
    {
        Name = "WorkflowStepBindingInput";
        Description = "Feeds an upstream step's output asset into this step.";
        Field<NonNullGraphType<StringGraphType>>("targetField").Description("Path in the job spec, e.g. \"video.sourceAssetIds\".");
        Field<NonNullGraphType<StringGraphType>>("fromStep");
        Field<IntGraphType>("outputIndex");
    }
}

internal sealed class WorkflowRetryInputType : InputObjectGraphType
{
    public WorkflowRetryInputType()
    {
        Name = "WorkflowRetryInput";
        Description = "Step retry policy: each attempt is a new job; the delay doubles after every failure.";
        Field<NonNullGraphType<IntGraphType>>("maxAttempts").Description("1..10.");
        Field<IntGraphType>("delaySeconds").DefaultValue(5).Description("0..3600 before the second attempt.");
    }
}

/// <summary>The episode a completed run creates or updates.</summary>
public sealed class WorkflowEpisodeInputType : InputObjectGraphType
{
    public WorkflowEpisodeInputType()
    {
        Name = "WorkflowEpisodeInput";
        Description = "Create (or update) an episode from the run's primary asset when it completes; emits EPISODE_READY.";
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("description");
        Field<IdGraphType>("seriesId").Description("Series of a new episode; the owner's default series when null.");
        Field<IdGraphType>("episodeId").Description("Update this episode instead of creating one.");
        Field<StringGraphType>("primaryStep").Description("Step whose first output is the primary asset; the last step when null.");
        Field<JsonScalarType>("metadata");
    }
}

internal sealed class RunWorkflowInputType : InputObjectGraphType
{
    public RunWorkflowInputType()
    {
        Name = "RunWorkflowInput";
        Description = "Input of `runWorkflow`.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<StringGraphType>("name");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowStepInputType>>>>("steps");
        Field<WorkflowFailurePolicyType>("onStepFailure").DefaultValue(WorkflowFailurePolicy.Stop);
        Field<WorkflowEpisodeInputType>("episode");
        Field<UuidScalarType>("idempotencyKey");
    }
}

internal abstract class WorkflowRunIdInputType : InputObjectGraphType
{
    protected WorkflowRunIdInputType(string mutation)
    {
        Name = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        Description = $"Input of `{mutation}`.";
        Field<NonNullGraphType<IdGraphType>>("workflowRunId");
    }
}

internal sealed class CancelWorkflowRunInputType() : WorkflowRunIdInputType("cancelWorkflowRun");

internal sealed class ResumeWorkflowRunInputType() : WorkflowRunIdInputType("resumeWorkflowRun");

internal sealed class EstimateWorkflowCostInputType : InputObjectGraphType
{
    public EstimateWorkflowCostInputType()
    {
        Name = "EstimateWorkflowCostInput";
        Description = "A workflow to price: `steps` of a project, or a saved draft (`draftId`).";
        Field<IdGraphType>("projectId");
        Field<ListGraphType<NonNullGraphType<WorkflowStepInputType>>>("steps");
        Field<IdGraphType>("draftId");
    }
}

internal sealed class RunWorkflowErrorType() : ErrorUnionType("runWorkflow",
    typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(BudgetExceededErrorType), typeof(ProviderUnavailableErrorType));

internal sealed class CancelWorkflowRunErrorType() : ErrorUnionType("cancelWorkflowRun", typeof(NotFoundErrorType), typeof(InvalidStateErrorType));

internal sealed class ResumeWorkflowRunErrorType() : ErrorUnionType("resumeWorkflowRun", typeof(NotFoundErrorType), typeof(InvalidStateErrorType));

internal sealed class RunWorkflowPayloadType() : PayloadGraphType<WorkflowRunType, RunWorkflowErrorType>("runWorkflow", "workflowRun");

internal sealed class CancelWorkflowRunPayloadType() : PayloadGraphType<WorkflowRunType, CancelWorkflowRunErrorType>("cancelWorkflowRun", "workflowRun");

internal sealed class ResumeWorkflowRunPayloadType() : PayloadGraphType<WorkflowRunType, ResumeWorkflowRunErrorType>("resumeWorkflowRun", "workflowRun");

/// <summary>Price of a workflow before it starts, against the project's budget.</summary>
public sealed record WorkflowCostEstimate(IReadOnlyList<WorkflowStepCost> Steps, Money? Total, IReadOnlyList<Money> Totals, Project? Project,
    Money? Remaining, bool WithinBudget, IReadOnlyList<IMutationError> Errors);

public sealed record WorkflowStepCost(string Key, string TaskName, string Provider, Money? EstimatedCost);

internal sealed class WorkflowCostEstimateType : ObjectGraphType<WorkflowCostEstimate>
{
    public WorkflowCostEstimateType()
    {
        Name = "WorkflowCostEstimate";
        Description = "Estimated cost of a workflow from its providers' cost profiles (per-second and per-output prices times the spec's seconds and outputs).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowStepCostType>>>>("steps").Resolve(c => c.Source.Steps);
        Field<MoneyType>("total").Description("Sum of the steps (the USD total when the providers price in several currencies).").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MoneyType>>>>("totals").Description("Sum per currency.").Resolve(c => c.Source.Totals);
        Field<MoneyType>("remainingBudget").Description("Budget left before this workflow (limit - spent - pending); null without budget.").Resolve(c => c.Source.Remaining);
        Field<NonNullGraphType<BooleanGraphType>>("withinBudget").Resolve(c => c.Source.WithinBudget);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstimateWorkflowCostErrorType>>>>("errors")
            .Description("Why the workflow cannot run as given (same checks as runWorkflow); empty when valid.").Resolve(c => c.Source.Errors);
    }
}

internal sealed class EstimateWorkflowCostErrorType() : ErrorUnionType("estimateWorkflowCost",
    typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ProviderUnavailableErrorType));

internal sealed class WorkflowStepCostType : ObjectGraphType<WorkflowStepCost>
{
    public WorkflowStepCostType()
    {
        Name = "WorkflowStepCost";
        Description = "Estimated cost of one step.";
        Field(x => x.Key);
        Field(x => x.TaskName);
        Field(x => x.Provider);
        Field<MoneyType>("estimatedCost").Resolve(c => c.Source.EstimatedCost);
    }
}
