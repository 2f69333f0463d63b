using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Core.Workflows;

namespace MediaCreator.Modules.Core.GraphQL;

internal sealed class ProjectsConnectionType() : ConnectionGraphType<ProjectType>("Projects");

internal sealed class AssetsConnectionType() : ConnectionGraphType<AssetGraphType>("Assets");

internal sealed class JobsConnectionType() : ConnectionGraphType<JobType>("Jobs");

internal sealed class WorkflowRunsConnectionType() : ConnectionGraphType<WorkflowRunType>("WorkflowRuns");

internal sealed class CostRecordsConnectionType() : ConnectionGraphType<CostRecordType>("CostRecords", "cost records");
