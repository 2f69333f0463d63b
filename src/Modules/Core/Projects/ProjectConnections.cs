using GraphQL.Types;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Workflows;

namespace MediaCreator.Modules.Core.Projects;

/// <summary>The project's nested lists; each is a connection restricted to the parent project in SQL.</summary>
internal static class ProjectConnections
{
    public static void AddTo(ObjectGraphType<Project> type)
    {
        type.Connection<AssetsConnectionType, Asset>("assets", c => c.CoreDb().Assets.Where(a => a.ProjectId == ParentId(c)), x => x.Id)
            .Filter<AssetFilterInputType>().Sort<AssetSortInputType>();
        type.Connection<JobsConnectionType, Job>("jobs", c => c.CoreDb().Jobs.Where(j => j.ProjectId == ParentId(c)), x => x.Id)
            .Filter<JobFilterInputType>().Sort<JobSortInputType>();
        type.Connection<WorkflowRunsConnectionType, WorkflowRun>("workflowRuns", c => c.CoreDb().WorkflowRuns.Where(w => w.ProjectId == ParentId(c)), x => x.Id)
            .Filter<WorkflowRunFilterInputType>().Sort<WorkflowRunSortInputType>();
        type.Connection<CostRecordsConnectionType, CostRecord>("costRecords", c => c.CoreDb().CostRecords.Where(r => r.ProjectId == ParentId(c)), x => x.Id)
            .Filter<CostRecordFilterInputType>().Sort<CostRecordSortInputType>();
    }

    private static Guid ParentId(global::GraphQL.IResolveFieldContext context) => ((Project)context.Source!).Id;
}
