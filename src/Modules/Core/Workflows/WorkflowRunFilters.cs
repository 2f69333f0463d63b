using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Data;

namespace MediaCreator.Modules.Core.Workflows;

internal sealed class WorkflowRunFilterInputType : FilterInputType<WorkflowRun>
{
    public WorkflowRunFilterInputType()
    {
        Name = "WorkflowRunFilterInput";
        Description = "Filter for WorkflowRun lists (`where:`).";
        IdField("id", "WorkflowRun", x => x.Id);
        IdField("projectId", "Project", x => x.ProjectId);
        IdField("draftId", "WorkflowDraft", x => x.DraftId);
        StringField("name", x => x.Name);
        EnumField<WorkflowRunStatusType, WorkflowRunStatus>("status", x => x.Status);
        DateTimeField("createdAt", x => x.CreatedAt);
        DateTimeField("completedAt", x => x.CompletedAt);
    }
}

internal sealed class WorkflowRunSortInputType : SortInputType<WorkflowRun>
{
    public WorkflowRunSortInputType()
    {
        Name = "WorkflowRunSortInput";
        Description = "Sort fields for WorkflowRun lists (`order:`).";
        SortField("name", x => x.Name);
        SortField("status", x => x.Status);
        SortField("createdAt", x => x.CreatedAt);
        SortField("completedAt", x => x.CompletedAt);
        DefaultOrder(x => x.CreatedAt, SortDirection.Descending);
    }
}
