using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Data;

namespace MediaCreator.Modules.Core.Jobs;

internal sealed class JobQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.AddById<JobType, Job>("job", "Job", "A job by ID (REST `GET /jobs/{id}`).", c => c.CoreDb().Jobs);
        root.Connection<JobType, Job, JobFilterInputType, JobSortInputType>("jobs", "JobsConnection", "JobsEdge", c => c.CoreDb().Jobs)
            .Description("Jobs across the caller's projects, e.g. `where: { status: { eq: RUNNING } }, order: [{ createdAt: DESC }]`.");
    }
}
