using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Core.Workflows.Engine;
using MediaCreator.Modules.Core.Workflows.Planning;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Workflows;

/// <summary>A saved draft's steps, for <c>estimateWorkflowCost(draftId)</c> (Input Brain keeps drafts).</summary>
public interface IWorkflowDraftSource
{
    Task<(Guid ProjectId, IReadOnlyList<WorkflowStepSpec> Steps)?> FindAsync(Guid draftId, CancellationToken ct);
}

/// <summary>Reads <c>WorkflowStepInput</c> lists into step specs with the job spec in its JSON input form.</summary>
public static class WorkflowStepInputs
{
    public static List<WorkflowStepSpec> Read(IResolveFieldContext context, object? steps)
    {
        var jobType = context.Schema.AllTypes["JobSpecInput"];
        return [.. (steps as IEnumerable<object?> ?? []).OfType<Dictionary<string, object?>>().Select(step =>
        {
            var retry = step.GetValueOrDefault("retry") as Dictionary<string, object?>;
            return new WorkflowStepSpec
            {
                Key = (string)step["key"]!,
                Name = step.GetValueOrDefault("name") as string,
                DependsOn = [.. (step.GetValueOrDefault("dependsOn") as IEnumerable<object?> ?? []).OfType<string>()],
                Bindings = [.. (step.GetValueOrDefault("bindings") as IEnumerable<object?> ?? []).OfType<Dictionary<string, object?>>()
                    .Select(b => new WorkflowStepBindingState
                    {
                        TargetField = (string)b["targetField"]!, FromStep = (string)b["fromStep"]!,
                        OutputIndex = b.GetValueOrDefault("outputIndex") is { } i ? Convert.ToInt32(i) : null,
                    })],
                JobJson = InputJson.Write(jobType, step["job"])?.ToJsonString() ?? "{}",
                MaxAttempts = retry?.GetValueOrDefault("maxAttempts") is { } max ? Convert.ToInt32(max) : 1,
                RetryDelaySeconds = retry?.GetValueOrDefault("delaySeconds") is { } delay ? Convert.ToInt32(delay) : 5,
            };
        })];
    }

    /// <summary>Reads a <c>WorkflowEpisodeInput</c>; a malformed series/episode id is a ValidationError.</summary>
    public static WorkflowRunOutcome? Outcome(Dictionary<string, object?>? episode, string field, out ValidationError? error)
    {
        error = null;
        if (episode is null) return null;
        Guid? Id(string name, string typeName, out ValidationError? idError)
        {
            idError = null;
            if (episode.GetValueOrDefault(name) is not string value) return null;
            if (GlobalId.TryDecode(value, out var type, out var id) && type == typeName) return id;
            idError = new ValidationError($"'{value}' is not a {typeName} id.", $"{field}.{name}", "INVALID_ID");
            return null;
        }
        var series = Id("seriesId", "Series", out error);
        if (error is not null) return null;
        var existing = Id("episodeId", "Episode", out error);
        if (error is not null) return null;
        var title = ((string)episode["title"]!).Trim();
        if (title.Length is 0 or > 300)
        {
            error = new ValidationError("An episode title needs 1 to 300 characters.", $"{field}.title", "INVALID_LENGTH");
            return null;
        }
        return new WorkflowRunOutcome(episode.GetValueOrDefault("primaryStep") as string,
            new WorkflowEpisodeOutcome(title, episode.GetValueOrDefault("description") as string, series, existing,
                JsonValues.Serialize(episode.GetValueOrDefault("metadata"))));
    }
}

internal sealed class WorkflowEstimateQuery : IQueryFields
{
    public void AddTo(ObjectGraphType root) =>
        root.Field<NonNullGraphType<WorkflowCostEstimateType>>("estimateWorkflowCost")
            .Description("Prices a workflow (steps of a project, or a saved draft) before it starts, with the same checks as runWorkflow, against the project's budget.")
            .Argument<NonNullGraphType<EstimateWorkflowCostInputType>>("input")
            .ResolveAsync(async c => await WorkflowMutations.EstimateAsync(c, c.GetArgument<Dictionary<string, object?>>("input")));
}

internal sealed class WorkflowMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<RunWorkflowPayloadType>>("runWorkflow")
            .Description("Starts an ad-hoc workflow of job steps (REST `POST /workflows/run`). Emits WORKFLOW_STARTED.")
            .Argument<NonNullGraphType<RunWorkflowInputType>>("input")
            .ResolveAsync(async c => (object?)await RunAsync(c, c.GetArgument<Dictionary<string, object?>>("input")));
        root.Field<NonNullGraphType<CancelWorkflowRunPayloadType>>("cancelWorkflowRun")
            .Description("Cancels a running or paused workflow, its running step jobs and its pending steps. Emits WORKFLOW_COMPLETED (status CANCELLED).")
            .Argument<NonNullGraphType<CancelWorkflowRunInputType>>("input")
            .ResolveAsync(async c =>
            {
                var id = (string)c.GetArgument<Dictionary<string, object?>>("input")["workflowRunId"]!;
                return (object?)await c.Service<WorkflowRunService>().CancelAsync(GlobalId.DecodeFor("WorkflowRun", id), id, c.CancellationToken);
            });
        root.Field<NonNullGraphType<ResumeWorkflowRunPayloadType>>("resumeWorkflowRun")
            .Description("Resumes a PAUSED (e.g. after raising the budget), FAILED or CANCELLED run where it stopped; completed steps are kept. Emits WORKFLOW_STARTED.")
            .Argument<NonNullGraphType<ResumeWorkflowRunInputType>>("input")
            .ResolveAsync(async c =>
            {
                var id = (string)c.GetArgument<Dictionary<string, object?>>("input")["workflowRunId"]!;
                return (object?)await c.Service<WorkflowRunService>().ResumeAsync(GlobalId.DecodeFor("WorkflowRun", id), id, c.CancellationToken);
            });
    }

    private static async Task<Project?> ProjectAsync(IResolveFieldContext c, string? globalId) =>
        GlobalId.TryDecode(globalId, out var type, out var id) && type == "Project"
            ? await c.CoreDb().Projects.FirstOrDefaultAsync(p => p.Id == id, c.CancellationToken) : null;

    private static async Task<MutationPayload> RunAsync(IResolveFieldContext c, Dictionary<string, object?> input)
    {
        var projectId = (string)input["projectId"]!;
        if (await ProjectAsync(c, projectId) is not { } project) return MutationPayload.Fail(NotFoundError.For("Project", projectId));
        var outcome = WorkflowStepInputs.Outcome(input.GetValueOrDefault("episode") as Dictionary<string, object?>, "input.episode", out var invalid);
        if (invalid is not null) return MutationPayload.Fail(invalid);
        var steps = WorkflowStepInputs.Read(c, input["steps"]);
        var plan = await c.Service<WorkflowPlanner>().PlanAsync(steps, "input.steps", c.Schema, c.CancellationToken);
        return await c.Service<WorkflowRunService>().StartAsync(new StartWorkflowCommand(project, input.GetValueOrDefault("name") as string, plan,
            input.GetValueOrDefault("onStepFailure") as WorkflowFailurePolicy? ?? WorkflowFailurePolicy.Stop, outcome, null,
            input.GetValueOrDefault("idempotencyKey") as Guid?), c.CancellationToken);
    }

    internal static async Task<WorkflowCostEstimate> EstimateAsync(IResolveFieldContext c, Dictionary<string, object?> input)
    {
        IReadOnlyList<WorkflowStepSpec> steps;
        Project? project;
        if (input.GetValueOrDefault("draftId") is string draftId)
        {
            var found = GlobalId.TryDecode(draftId, out var type, out var id) && type == "WorkflowDraft"
                && c.RequestServices!.GetService(typeof(IWorkflowDraftSource)) is IWorkflowDraftSource drafts
                ? await drafts.FindAsync(id, c.CancellationToken) : null;
            if (found is not { } draft) return Invalid(NotFoundError.For("WorkflowDraft", draftId));
            steps = draft.Steps;
            project = await c.CoreDb().Projects.FirstOrDefaultAsync(p => p.Id == draft.ProjectId, c.CancellationToken);
        }
        else
        {
            var projectId = input.GetValueOrDefault("projectId") as string;
            if (projectId is null || input.GetValueOrDefault("steps") is null)
                return Invalid(new ValidationError("Give projectId and steps, or draftId.", "input", "REQUIRED"));
            project = await ProjectAsync(c, projectId);
            if (project is null) return Invalid(NotFoundError.For("Project", projectId));
            steps = WorkflowStepInputs.Read(c, input["steps"]);
        }
        var plan = await c.Service<WorkflowPlanner>().PlanAsync(steps, "input.steps", c.Schema, c.CancellationToken);
        var costs = plan.Steps.Select(s => new WorkflowStepCost(s.Spec.Key, s.Target.TaskName, s.Provider, s.Estimate)).ToList();
        Money? remaining = null;
        var within = true;
        if (project?.Budget is { } budget)
        {
            var summary = await ProjectCostSummary.ComputeAsync(c.CoreDb(), project, c.Service<TimeProvider>().GetUtcNow().UtcDateTime, c.CancellationToken);
            remaining = new Money(budget.Limit - summary.Spent - summary.Pending, budget.Currency);
            var cost = plan.Totals.FirstOrDefault(t => t.Currency == budget.Currency)?.Amount ?? 0m;
            within = cost <= remaining.Amount;
        }
        return new WorkflowCostEstimate(costs, plan.Total, plan.Totals, project, remaining, within, plan.Errors);
    }

    private static WorkflowCostEstimate Invalid(IMutationError error) => new([], null, [], null, null, false, [error]);
}
