using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Workflows;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Events;

/// <summary>
/// Owner-scoped subscriptions. Subscribing checks that the caller can see the entity (else NOT_FOUND, the same
/// answer as for an id that does not exist), and only events of the caller's owner are delivered.
/// </summary>
internal sealed class EventSubscriptions : ISubscriptionFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<JobEventType>>("onJobUpdated")
            .Description("Updates of one job: JOB_CREATED, JOB_PROGRESS (status, progress 0..1, message), JOB_COMPLETED (outputs), JOB_FAILED.")
            .Argument<NonNullGraphType<IdGraphType>>("jobId")
            .ResolveStreamAsync(async c =>
            {
                var id = GlobalId.DecodeFor("Job", c.GetArgument<string>("jobId"));
                await EventStreams.RequireVisibleAsync(c, "Job", c.CoreDb().Jobs.AnyAsync(j => j.Id == id, c.CancellationToken));
                return EventStreams.Stream(c, EventTopics.Job(id), _ => true);
            });
        root.Field<NonNullGraphType<DomainEventInterfaceType>>("onProjectEvent")
            .Description("All job, asset, workflow, episode and publication events of a project; optionally filtered by type.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId")
            .Argument<ListGraphType<NonNullGraphType<EventTypeType>>>("types")
            .ResolveStreamAsync(async c =>
            {
                var id = GlobalId.DecodeFor("Project", c.GetArgument<string>("projectId"));
                await EventStreams.RequireVisibleAsync(c, "Project", c.CoreDb().Projects.AnyAsync(p => p.Id == id, c.CancellationToken));
                var types = c.GetArgument<List<EventType>?>("types");
                return EventStreams.Stream(c, EventTopics.Project(id), e => types is null || types.Count == 0 || types.Contains(e.Type));
            });
        root.Field<NonNullGraphType<WorkflowRunEventType>>("onWorkflowRunUpdated")
            .Description("A workflow run's lifecycle and step updates (WORKFLOW_STARTED, JOB_* of step jobs with `step`, WORKFLOW_COMPLETED).")
            .Argument<NonNullGraphType<IdGraphType>>("workflowRunId")
            .ResolveStreamAsync(async c =>
            {
                var id = GlobalId.DecodeFor("WorkflowRun", c.GetArgument<string>("workflowRunId"));
                await EventStreams.RequireVisibleAsync(c, "WorkflowRun", c.CoreDb().WorkflowRuns.AnyAsync(w => w.Id == id, c.CancellationToken));
                // Step jobs' JOB_* events come as WorkflowRunEvents naming their step (progress of children stays on the job).
                return EventStreams.Stream(c, EventTopics.WorkflowRun(id), e => e is WorkflowRunEvent || e is JobEvent { WorkflowStepKey: not null, ParentJobId: null },
                    e => e is JobEvent job ? new WorkflowRunEvent(job.Type, job.OwnerId, job.ProjectId, id, WorkflowRunStatus.Running, job.WorkflowStepKey, job.JobId)
                    {
                        EventId = job.EventId, OccurredAt = job.OccurredAt,
                    } : e);
            });
    }
}

/// <summary>Building blocks of owner-scoped subscription fields, for every module's <see cref="ISubscriptionFields"/>.</summary>
public static class EventStreams
{
    /// <summary>Throws NOT_FOUND (the answer for an id that does not exist) unless the caller can see the entity.</summary>
    public static async Task RequireVisibleAsync(IResolveFieldContext context, string typeName, Task<bool> visible)
    {
        if (!await visible)
        {
            throw new ExecutionError($"{typeName} '{context.Arguments!.Values.First().Value}' was not found.") { Code = "NOT_FOUND" };
        }
    }

    /// <summary>The events of <paramref name="topic"/> that belong to the caller and pass <paramref name="accept"/>, optionally mapped.</summary>
    public static IObservable<object?> Stream(IResolveFieldContext context, string topic, Func<DomainEvent, bool> accept,
        Func<DomainEvent, object?>? map = null)
    {
        var owner = context.Owner().RequireOwner();
        return new FilteredObservable(context.Service<IEventBus>().Subscribe(topic), e => e.OwnerId == owner && accept(e), map);
    }
}
