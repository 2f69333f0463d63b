using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Core.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Core.Jobs;

public sealed class JobType : ObjectGraphType<Job>
{
    public JobType(IEnumerable<IJobResultView> resultViews)
    {
        Name = "Job";
        Description = "A unit of work executed by a worker. Created QUEUED; follow it with `onJobUpdated` (table `jobs`).";
        this.ImplementsNode("Job", x => x.Id);
        Field<NonNullGraphType<ProjectType>>("project").ResolveAsync(async c => await c.CoreDb().Projects.FirstOrDefaultAsync(p => p.Id == c.Source.ProjectId, c.CancellationToken));
        Field<NonNullGraphType<ModuleType>>("module").Description("Module owning the job (`module_id`).")
            .ResolveAsync(async c => await c.CoreDb().Modules.FirstOrDefaultAsync(m => m.Id == c.Source.ModuleId, c.CancellationToken));
        Field<NonNullGraphType<JobKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.TaskName).Description("Worker task name, e.g. \"image.generate\".");
        Field(x => x.Provider, nullable: true).Description("Provider key used, e.g. \"runway\", \"skia\".");
        Field<NonNullGraphType<JobStatusType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.Progress).Description("Progress from 0 to 1.");
        Field(x => x.Message, nullable: true).Description("Latest human-readable progress message.");
        Field<JobParametersType>("parameters").Description("Typed view of `input_payload`.")
            .ResolveAsync(async c =>
            {
                foreach (var view in c.RequestServices!.GetRequiredService<IEnumerable<IJobParametersView>>())
                {
                    if (view.Read(c.Source) is { } typed) return typed;
                }
                var module = await c.CoreDb().Modules.Where(m => m.Id == c.Source.ModuleId).Select(m => m.Name).FirstOrDefaultAsync(c.CancellationToken);
                return new GenericJobParameters(module ?? "", c.Source.TaskName, JsonScalarType.FromText(c.Source.InputPayloadJson));
            });
        Field<NonNullGraphType<JsonScalarType>>("inputPayload").Description("Raw `input_payload`.").Resolve(c => JsonScalarType.FromText(c.Source.InputPayloadJson));
        Field<JsonScalarType>("outputPayload").Description("Raw `output_payload`.").Resolve(c => JsonValues.Read(c.Source.OutputPayloadJson));
        if (resultViews.Any())
        {
            Field<JobResultType>("result").Description("Typed non-asset result (analysis, stems, tab, subtitles, publication, sync); set when the job completed.")
                .ResolveAsync(async c =>
                {
                    foreach (var view in c.RequestServices!.GetRequiredService<IEnumerable<IJobResultView>>())
                    {
                        if (await view.ReadAsync(c.Source, c.RequestServices!, c.CancellationToken) is { } result) return result;
                    }
                    return null;
                });
        }
        Field<JobFailureType>("failure").Description("Failure details when status is FAILED.").Resolve(c => c.Source.Failure);
        Field(x => x.Attempt);
        Field(x => x.MaxAttempts);
        Field<MoneyType>("estimatedCost").Description("Cost estimated at enqueue time from the provider's cost profile.")
            .Resolve(c => c.Source.EstimatedCost is { } cost ? new Money(cost, c.Source.EstimatedCostCurrency ?? "USD") : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetGraphType>>>>("outputs")
            .Description("Assets produced (progressively for batches, complete on JOB_COMPLETED).")
            .ResolveAsync(async c => await c.CoreDb().Assets.Where(a => a.SourceJobId == c.Source.Id)
                .OrderBy(a => a.OutputIndex).ThenBy(a => a.CreatedAt).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CostRecordType>>>>("costRecords")
            .Description("Costs recorded for this job (one per provider call/attempt).")
            .ResolveAsync(async c => await c.CoreDb().CostRecords.Where(r => r.JobId == c.Source.Id).OrderBy(r => r.CreatedAt).ToListAsync(c.CancellationToken));
        Field<MoneyType>("totalCost").Description("Sum of `costRecords` (in the currency of the first record; null when there are none).")
            .ResolveAsync(async c => await TotalCostAsync(c.CoreDb().CostRecords.Where(r => r.JobId == c.Source.Id), c.CancellationToken));
        Field<WorkflowRunType>("workflowRun").ResolveAsync(async c => c.Source.WorkflowRunId is { } id
            ? await c.CoreDb().WorkflowRuns.FirstOrDefaultAsync(w => w.Id == id, c.CancellationToken) : null);
        Field(x => x.WorkflowStepKey, nullable: true).Description("Step key inside `workflowRun`.");
        Field<JobType>("parentJob").Description("The job that started this one as a step of its own work (e.g. a video's scene images).")
            .ResolveAsync(async c => c.Source.ParentJobId is { } id ? await c.CoreDb().Jobs.FirstOrDefaultAsync(j => j.Id == id, c.CancellationToken) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobType>>>>("childJobs").Description("Jobs this one started as steps of its work, oldest first.")
            .ResolveAsync(async c => await c.CoreDb().Jobs.Where(j => j.ParentJobId == c.Source.Id).OrderBy(j => j.CreatedAt).ToListAsync(c.CancellationToken));
        Field<DateTimeScalarType>("runAfter").Description("The job does not start before this time (scheduled publishing).").Resolve(c => c.Source.RunAfter);
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeScalarType>("startedAt").Resolve(c => c.Source.StartedAt);
        Field<DateTimeScalarType>("completedAt").Resolve(c => c.Source.CompletedAt);
    }

    internal static async Task<Money?> TotalCostAsync(IQueryable<CostRecord> records, CancellationToken ct)
    {
        var sums = await records.GroupBy(r => r.Currency).Select(g => new { g.Key, Total = g.Sum(r => r.TotalCost) }).ToListAsync(ct);
        return sums.Count == 0 ? null : new Money(sums[0].Total, sums[0].Key);
    }
}

internal sealed class JobFailureType : ObjectGraphType<JobFailure>
{
    public JobFailureType()
    {
        Name = "JobFailure";
        Description = "Why a job failed.";
        Field(x => x.Code).Description("Machine-readable code, e.g. PROVIDER_ERROR, TIMEOUT, UNSUPPORTED_MEDIA, PLATFORM_REJECTED.");
        Field(x => x.Message);
        Field(x => x.Retryable);
        Field(x => x.Provider, nullable: true);
    }
}
