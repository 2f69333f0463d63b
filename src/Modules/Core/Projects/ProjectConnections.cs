using GraphQL.Types;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Data;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Workflows;

namespace MediaCreator.Modules.Core.Projects;

/// <summary>The project's nested lists; each is a connection restricted to the parent project in SQL.</summary>
internal static class ProjectConnections
{
    public static void AddTo(ObjectGraphType<Project> type)
    {
        type.Connection<AssetGraphType, Asset, AssetFilterInputType, AssetSortInputType>(
            "assets", "AssetsConnection", "AssetsEdge", c => c.CoreDb().Assets.Where(a => a.ProjectId == ((Project)c.Source!).Id));
        type.Connection<JobType, Job, JobFilterInputType, JobSortInputType>(
            "jobs", "JobsConnection", "JobsEdge", c => c.CoreDb().Jobs.Where(j => j.ProjectId == ((Project)c.Source!).Id));
        type.Connection<WorkflowRunType, WorkflowRun, WorkflowRunFilterInputType, WorkflowRunSortInputType>(
            "workflowRuns", "WorkflowRunsConnection", "WorkflowRunsEdge", c => c.CoreDb().WorkflowRuns.Where(w => w.ProjectId == ((Project)c.Source!).Id));
        type.Connection<CostRecordType, CostRecord, CostRecordFilterInputType, CostRecordSortInputType>(
            "costRecords", "CostRecordsConnection", "CostRecordsEdge", c => c.CoreDb().CostRecords.Where(r => r.ProjectId == ((Project)c.Source!).Id));
    }
}
