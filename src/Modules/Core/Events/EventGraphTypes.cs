using GraphQL.Types;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Core.Workflows;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Events;

internal sealed class EventTypeType : EnumerationGraphType<EventType>
{
    public EventTypeType() => Description = "Domain event types of the spec, plus JOB_PROGRESS (throttled).";
}

/// <summary>The <c>DomainEvent</c> interface; modules' event types implement it.</summary>
public sealed class DomainEventInterfaceType : InterfaceGraphType<DomainEvent>
{
    public DomainEventInterfaceType()
    {
        Name = "DomainEvent";
        Description = "An event pushed to subscribers; entities are re-read when the event is resolved, so they are current.";
        Field<NonNullGraphType<UuidScalarType>>("eventId").Description("Unique event id; use to de-duplicate.");
        Field<NonNullGraphType<EventTypeType>>("type");
        Field<NonNullGraphType<DateTimeScalarType>>("occurredAt");
        Field<ProjectType>("project");
    }
}

/// <summary>The <c>DomainEvent</c> fields, for modules' event types.</summary>
public static class DomainEventFields
{
    public static void AddTo<T>(ObjectGraphType<T> type) where T : DomainEvent
    {
        type.Field<NonNullGraphType<UuidScalarType>>("eventId").Description("Unique event id; use to de-duplicate.").Resolve(c => c.Source.EventId);
        type.Field<NonNullGraphType<EventTypeType>>("type").Resolve(c => c.Source.Type);
        type.Field<NonNullGraphType<DateTimeScalarType>>("occurredAt").Resolve(c => c.Source.OccurredAt);
        type.Field<ProjectType>("project").ResolveAsync(async c => c.Source.ProjectId is { } id
            ? await c.CoreDb().Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, c.CancellationToken) : null);
    }
}

internal sealed class JobEventType : ObjectGraphType<JobEvent>
{
    public JobEventType()
    {
        Name = "JobEvent";
        Description = "JOB_CREATED, JOB_PROGRESS, JOB_COMPLETED, JOB_FAILED (also for CANCELLED; check `status`).";
        DomainEventFields.AddTo(this);
        Field<NonNullGraphType<JobType>>("job").ResolveAsync(async c =>
            await c.CoreDb().Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == c.Source.JobId, c.CancellationToken));
        Field<NonNullGraphType<JobStatusType>>("status").Resolve(c => c.Source.Status);
        Field(x => x.Progress).Description("0..1.");
        Field(x => x.Message, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetGraphType>>>>("outputs").Description("Outputs available so far.")
            .ResolveAsync(async c => await c.CoreDb().Assets.AsNoTracking().Where(a => a.SourceJobId == c.Source.JobId)
                .OrderBy(a => a.CreatedAt).ToListAsync(c.CancellationToken));
        Interface<DomainEventInterfaceType>();
        IsTypeOf = o => o is JobEvent;
    }
}

internal sealed class AssetEventType : ObjectGraphType<AssetEvent>
{
    public AssetEventType()
    {
        Name = "AssetEvent";
        Description = "ASSET_CREATED.";
        DomainEventFields.AddTo(this);
        Field<NonNullGraphType<AssetGraphType>>("asset").ResolveAsync(async c =>
            await c.CoreDb().Assets.AsNoTracking().FirstOrDefaultAsync(a => a.Id == c.Source.AssetId, c.CancellationToken));
        Interface<DomainEventInterfaceType>();
        IsTypeOf = o => o is AssetEvent;
    }
}

internal sealed class WorkflowRunEventType : ObjectGraphType<WorkflowRunEvent>
{
    public WorkflowRunEventType()
    {
        Name = "WorkflowRunEvent";
        Description = "WORKFLOW_STARTED, WORKFLOW_COMPLETED (terminal; check run status), and JOB_* of step jobs.";
        DomainEventFields.AddTo(this);
        Field<NonNullGraphType<WorkflowRunType>>("workflowRun").ResolveAsync(async c =>
            await c.CoreDb().WorkflowRuns.AsNoTracking().FirstOrDefaultAsync(w => w.Id == c.Source.WorkflowRunId, c.CancellationToken));
        Field<WorkflowStepType>("step").Description("Step that changed (JOB_* events).").ResolveAsync(async c =>
        {
            if (c.Source.StepKey is null) return null;
            var run = await c.CoreDb().WorkflowRuns.AsNoTracking().FirstOrDefaultAsync(w => w.Id == c.Source.WorkflowRunId, c.CancellationToken);
            return run?.Steps.FirstOrDefault(s => s.Key == c.Source.StepKey);
        });
        Field<JobType>("job").ResolveAsync(async c => c.Source.JobId is { } id
            ? await c.CoreDb().Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, c.CancellationToken) : null);
        Interface<DomainEventInterfaceType>();
        IsTypeOf = o => o is WorkflowRunEvent;
    }
}
