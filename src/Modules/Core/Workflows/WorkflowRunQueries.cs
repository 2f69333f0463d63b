using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;

namespace MediaCreator.Modules.Core.Workflows;

internal sealed class WorkflowRunQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.AddById<WorkflowRunType, WorkflowRun>("workflowRun", "WorkflowRun", "A workflow run by ID (REST `GET /workflows/{id}`).", c => c.CoreDb().WorkflowRuns);
        root.Connection<WorkflowRunsConnectionType, WorkflowRun>("workflowRuns", c => c.CoreDb().WorkflowRuns, x => x.Id)
            .Filter<WorkflowRunFilterInputType>().Sort<WorkflowRunSortInputType>()
            .Description("Workflow runs across the caller's projects.");
    }
}
