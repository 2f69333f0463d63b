using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Projects;
using GraphQL;
using MediaCreator.Modules.Core.Assets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Workflows;

internal sealed class WorkflowRunType : ObjectGraphType<WorkflowRun>
{
    public WorkflowRunType()
    {
        Name = "WorkflowRun";
        Description = "An execution of a multi-step workflow (table `workflow_runs`).";
        this.ImplementsNode("WorkflowRun", x => x.Id);
        Field<NonNullGraphType<ProjectType>>("project").ResolveAsync(async c => await c.CoreDb().Projects.FirstOrDefaultAsync(p => p.Id == c.Source.ProjectId, c.CancellationToken));
        Field(x => x.Name, nullable: true);
        Field<NonNullGraphType<WorkflowRunStatusType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.Progress).Description("0..1 across all steps.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowStepType>>>>("steps").Description("Step graph with live status (`steps` JSON, typed).").Resolve(c => c.Source.Steps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobType>>>>("jobs")
            .ResolveAsync(async c => await c.CoreDb().Jobs.Where(j => j.WorkflowRunId == c.Source.Id).OrderBy(j => j.CreatedAt).ToListAsync(c.CancellationToken));
        Field<MoneyType>("estimatedCost").Resolve(c => c.Source.EstimatedCost is { } cost ? new Money(cost, c.Source.Currency ?? "USD") : null);
        Field<MoneyType>("totalCost").ResolveAsync(async c => await JobType.TotalCostAsync(
            c.CoreDb().CostRecords.Where(r => c.CoreDb().Jobs.Any(j => j.Id == r.JobId && j.WorkflowRunId == c.Source.Id)), c.CancellationToken));
        Field(x => x.ErrorMessage, nullable: true);
        Field(x => x.PausedReason, nullable: true).Description("Why the run is PAUSED (BUDGET_EXCEEDED); resume it with resumeWorkflowRun.");
        Field<NonNullGraphType<WorkflowFailurePolicyType>>("onStepFailure").Resolve(c => c.Source.OnStepFailure);
        Field("draft", new GraphQLTypeReference("WorkflowDraft")).Description("Draft it was started from, if any.")
            .ResolveAsync(async c => c.Source.DraftId is { } id ? await NodeAsync(c, "WorkflowDraft", id) : null);
        Field("episode", new GraphQLTypeReference("Episode")).Description("The episode the completed run created or updated (EPISODE_READY).")
            .ResolveAsync(async c => c.Source.EpisodeId is { } id ? await NodeAsync(c, "Episode", id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetGraphType>>>>("outputs").Description("Assets made by the run's steps, in step order.")
            .ResolveAsync(async c =>
            {
                var jobs = c.Source.Steps.Where(s => s.JobId is not null).Select(s => s.JobId!.Value).ToList();
                var assets = await c.CoreDb().Assets.AsNoTracking().Where(a => a.SourceJobId != null && jobs.Contains(a.SourceJobId.Value))
                    .ToListAsync(c.CancellationToken);
                return assets.OrderBy(a => jobs.IndexOf(a.SourceJobId!.Value)).ThenBy(a => a.OutputIndex).ToList();
            });
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeScalarType>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<DateTimeScalarType>("completedAt").Resolve(c => c.Source.CompletedAt);
    }

    /// <summary>An entity of another module, through its node resolver (owner-scoped like node(id)).</summary>
    internal static async Task<object?> NodeAsync(IResolveFieldContext c, string typeName, Guid id)
    {
        var resolver = c.RequestServices!.GetServices<INodeResolver>().FirstOrDefault(r => r.TypeName == typeName);
        return resolver is null ? null : await resolver.ResolveAsync(c.RequestServices!, id, c.CancellationToken);
    }
}

internal sealed class WorkflowStepType : ObjectGraphType<WorkflowStepState>
{
    public WorkflowStepType()
    {
        Name = "WorkflowStep";
        Description = "A step of a workflow run; one step = one job.";
        Field(x => x.Key);
        Field(x => x.Name);
        Field<NonNullGraphType<JobKindType>>("kind").Resolve(c => Enum.TryParse<JobKind>(c.Source.Kind, out var k) ? k : JobKind.Generic);
        Field<ModuleType>("module").ResolveAsync(async c => c.Source.ModuleName is { } name
            ? await c.CoreDb().Modules.FirstOrDefaultAsync(m => m.Name == name, c.CancellationToken) : null);
        Field(x => x.Provider, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("dependsOn").Resolve(c => c.Source.DependsOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkflowStepBindingType>>>>("bindings").Resolve(c => c.Source.Bindings);
        Field<NonNullGraphType<WorkflowStepStatusType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.Progress);
        Field<JobType>("job").Description("The job of the latest attempt.")
            .ResolveAsync(async c => c.Source.JobId is { } id ? await c.CoreDb().Jobs.FirstOrDefaultAsync(j => j.Id == id, c.CancellationToken) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobType>>>>("attempts").Description("Every job of the step, one per attempt.")
            .ResolveAsync(async c =>
            {
                var ids = c.Source.JobIds;
                return (await c.CoreDb().Jobs.AsNoTracking().Where(j => ids.Contains(j.Id)).ToListAsync(c.CancellationToken)).OrderBy(j => ids.IndexOf(j.Id)).ToList();
            });
        Field(x => x.TaskName, nullable: true).Description("Worker task of the step's job.");
        Field(x => x.Attempt).Description("Attempts started so far.");
        Field(x => x.MaxAttempts).Description("Attempts allowed (retry policy).");
        Field<JsonScalarType>("jobSpec").Description("The step's JobSpecInput as JSON, before bindings are applied; the dispatched job's typed parameters are on `job.parameters`.")
            .Resolve(c => GraphQL.JsonValues.Read(c.Source.ParametersJson));
        Field<MoneyType>("estimatedCost").Resolve(c => c.Source.EstimatedCost is { } cost ? new Money(cost, c.Source.Currency ?? "USD") : null);
        Field(x => x.ErrorCode, nullable: true);
        Field(x => x.ErrorMessage, nullable: true).Description("Why the step failed, was skipped, or why its last attempt failed while it waits to retry.");
        Field<DateTimeScalarType>("nextAttemptAt").Resolve(c => c.Source.NextAttemptAt);
        Field<DateTimeScalarType>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<DateTimeScalarType>("completedAt").Resolve(c => c.Source.CompletedAt);
    }
}

internal sealed class WorkflowStepBindingType : ObjectGraphType<WorkflowStepBindingState>
{
    public WorkflowStepBindingType()
    {
        Name = "WorkflowStepBinding";
        Description = "Wires an output asset of an upstream step into a field of this step's job input.";
        Field(x => x.TargetField).Description("Path in the job spec, e.g. \"video.sourceAssetIds\".");
        Field(x => x.FromStep);
        Field(x => x.OutputIndex, nullable: true).Description("Index in the upstream job's outputs; null = all outputs.");
    }
}
