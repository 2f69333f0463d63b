using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Data;
using MediaCreator.Modules.Core.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Projects;

internal sealed class ProjectQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Connection<ProjectType, Project, ProjectFilterInputType, ProjectSortInputType>(
                "projects", "ProjectsConnection", "ProjectsEdge",
                c => c.GetArgument("includeArchived", false) ? c.CoreDb().Projects : c.CoreDb().Projects.Where(p => p.ArchivedAt == null))
            .Description("Projects visible to the caller.")
            .Argument<NonNullGraphType<BooleanGraphType>>("includeArchived", a => a.DefaultValue = false);
        root.Field<ProjectType>("project")
            .Description("A project by ID (REST `GET /projects/{id}`).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.DecodeFor("Project", c.GetArgument<string>("id"));
                return await c.CoreDb().Projects.FirstOrDefaultAsync(p => p.Id == id, c.CancellationToken);
            });
    }
}
