using MediaCreator.Modules.Core.GraphQL;
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
        EnumField<JobKindType, JobKind>("kind", x => x.Kind);
        StringField("taskName", x => x.TaskName);
        StringField("provider", x => x.Provider);
        EnumField<JobStatusType, JobStatus>("status", x => x.Status);
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
        SortField("createdAt", x => x.CreatedAt);
        SortField("startedAt", x => x.StartedAt);
        SortField("completedAt", x => x.CompletedAt);
        SortField("status", x => x.Status);
        SortField("kind", x => x.Kind);
        SortField("progress", x => x.Progress);
        SortField("provider", x => x.Provider);
        DefaultOrder(x => x.CreatedAt, SortDirection.Descending);
    }
}
