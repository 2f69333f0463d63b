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
        EnumField("status", x => x.Status, "WorkflowRunStatus");
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
        Field("name", x => x.Name);
        Field("status", x => x.Status);
        Field("createdAt", x => x.CreatedAt);
        Field("completedAt", x => x.CompletedAt);
    }
}
