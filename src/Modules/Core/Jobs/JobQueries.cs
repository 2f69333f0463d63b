using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;

namespace MediaCreator.Modules.Core.Jobs;

internal sealed class JobQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.AddById<JobType, Job>("job", "Job", "A job by ID (REST `GET /jobs/{id}`).", c => c.CoreDb().Jobs);
        root.Connection<JobsConnectionType, Job>("jobs", c => c.CoreDb().Jobs, x => x.Id)
            .Filter<JobFilterInputType>().Sort<JobSortInputType>()
            .Description("Jobs across the caller's projects, e.g. `where: { status: { eq: RUNNING } }, order: [{ createdAt: DESC }]`.");
    }
}
