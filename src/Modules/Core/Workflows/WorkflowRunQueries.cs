using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Data;

namespace MediaCreator.Modules.Core.Workflows;

internal sealed class WorkflowRunQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.AddById<WorkflowRunType, WorkflowRun>("workflowRun", "WorkflowRun", "A workflow run by ID (REST `GET /workflows/{id}`).", c => c.CoreDb().WorkflowRuns);
        root.Connection<WorkflowRunType, WorkflowRun, WorkflowRunFilterInputType, WorkflowRunSortInputType>(
                "workflowRuns", "WorkflowRunsConnection", "WorkflowRunsEdge", c => c.CoreDb().WorkflowRuns)
            .Description("Workflow runs across the caller's projects.");
    }
}
