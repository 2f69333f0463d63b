using MediaCreator.Modules.Core.GraphQL.Data;

namespace MediaCreator.Modules.Core.Jobs;

internal sealed class JobFilterInputType : FilterInputType<Job>
{
    public JobFilterInputType()
    {
        Name = "JobFilterInput";
        Description = "Filter for Job lists (`where:`).";
        IdField("id", "Job", x => x.Id);
        IdField("projectId", "Project", x => x.ProjectId);
        IdField("moduleId", "Module", x => x.ModuleId);
        IdField("workflowRunId", "WorkflowRun", x => x.WorkflowRunId);
        EnumField("kind", x => x.Kind, "JobKind");
        StringField("taskName", x => x.TaskName);
        StringField("provider", x => x.Provider);
        EnumField("status", x => x.Status, "JobStatus");
        FloatField("progress", x => x.Progress);
        DateTimeField("createdAt", x => x.CreatedAt);
        DateTimeField("startedAt", x => x.StartedAt);
        DateTimeField("completedAt", x => x.CompletedAt);
    }
}

internal sealed class JobSortInputType : SortInputType<Job>
{
    public JobSortInputType()
    {
        Name = "JobSortInput";
        Description = "Sort fields for Job lists (`order:`).";
        Field("createdAt", x => x.CreatedAt);
        Field("startedAt", x => x.StartedAt);
        Field("completedAt", x => x.CompletedAt);
        Field("status", x => x.Status);
        Field("kind", x => x.Kind);
        Field("progress", x => x.Progress);
        Field("provider", x => x.Provider);
    }
}
