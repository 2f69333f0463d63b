using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Workflows;
using MediaCreator.Modules.Core.Workflows.Planning;
using MediaCreator.Modules.InputBrain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.InputBrain.GraphQL;

/// <summary>A draft's step as stored, with what planning it today says (null when it no longer plans, e.g. a module was disabled).</summary>
internal sealed record DraftStepView(WorkflowStepSpec Spec, PlannedStep? Planned);

internal static class DraftSteps
{
    public static List<WorkflowStepSpec> Read(WorkflowDraftRecord draft) =>
        JsonSerializer.Deserialize<List<WorkflowStepSpec>>(draft.StepsJson, IdeaJson.Options) ?? [];

    public static async Task<WorkflowPlan> PlanAsync(IResolveFieldContext c, WorkflowDraftRecord draft) =>
        await c.RequestServices!.GetRequiredService<WorkflowPlanner>().PlanAsync(Read(draft), "steps", c.Schema, c.CancellationToken);
}

internal sealed class WorkflowDraftType : ObjectGraphType<WorkflowDraftRecord>
{
    public WorkflowDraftType()
    {
        Name = "WorkflowDraft";
        Description = "Planned steps derived from an idea, editable before start (table `workflow_drafts`).";
        this.ImplementsNode("WorkflowDraft", x => x.Id);
        Field<NonNullGraphType<ContentIdeaType>>("idea")
            .ResolveAsync(async c => await c.Db().Ideas.FirstOrDefaultAsync(i => i.Id == c.Source.IdeaId, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowStepDefinitionType>>>>("steps").Description("In dependency order.")
            .ResolveAsync(async c =>
            {
                var plan = await DraftSteps.PlanAsync(c, c.Source);
                if (plan.IsValid) return plan.Steps.Select(s => new DraftStepView(s.Spec, s)).ToList();
                return DraftSteps.Read(c.Source).Select(s => new DraftStepView(s, plan.Steps.FirstOrDefault(p => p.Spec.Key == s.Key))).ToList();
            });
        Field<JsonScalarType>("metadata").Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        Field<MoneyType>("estimatedCost").Description("Sum of the steps' estimates (see estimateWorkflowCost for the budget check).")
            .ResolveAsync(async c => (await DraftSteps.PlanAsync(c, c.Source)).Total);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("Increments with every update.").Resolve(c => c.Source.Revision);
        Field("runs", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("WorkflowRun")))))
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CoreDbContext>().WorkflowRuns.Where(r => r.DraftId == c.Source.Id)
                .OrderBy(r => r.CreatedAt).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeScalarType>>("updatedAt").Resolve(c => c.Source.UpdatedAt);
    }
}

internal sealed class WorkflowStepDefinitionType : ObjectGraphType<DraftStepView>
{
    public WorkflowStepDefinitionType()
    {
        Name = "WorkflowStepDefinition";
        Description = "A planned workflow step.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Spec.Key);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Spec.Name ?? c.Source.Spec.Key);
        Field("kind", new GraphQLTypeReference("JobKind")).Description("Null when the step no longer plans (see estimateWorkflowCost errors).")
            .Resolve(c => c.Source.Planned?.Kind);
        Field("module", new GraphQLTypeReference("Module")).ResolveAsync(async c => c.Source.Planned is { } p
            ? await c.RequestServices!.GetRequiredService<CoreDbContext>().Modules.FirstOrDefaultAsync(m => m.Name == p.ModuleName, c.CancellationToken) : null);
        Field<StringGraphType>("taskName").Resolve(c => c.Source.Planned?.Target.TaskName);
        Field<StringGraphType>("provider").Resolve(c => c.Source.Planned?.Provider);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("dependsOn").Resolve(c => c.Source.Spec.DependsOn);
        Field("bindings", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("WorkflowStepBinding")))))
            .Resolve(c => c.Source.Spec.Bindings);
        Field<JsonScalarType>("jobSpec").Description("The step's JobSpecInput (send it back in updateWorkflowDraft to keep it).")
            .Resolve(c => JsonValues.Read(c.Source.Spec.JobJson));
        Field<NonNullGraphType<IntGraphType>>("maxAttempts").Resolve(c => c.Source.Spec.MaxAttempts);
        Field<NonNullGraphType<IntGraphType>>("retryDelaySeconds").Resolve(c => c.Source.Spec.RetryDelaySeconds);
        Field<MoneyType>("estimatedCost").Resolve(c => c.Source.Planned?.Estimate);
    }
}
