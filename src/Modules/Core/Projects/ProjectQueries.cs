using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;

namespace MediaCreator.Modules.Core.Projects;

internal sealed class ProjectQueries : IQueryFields
{
    public void AddTo(ObjectGraphType root)
    {
        var projects = root.Connection<ProjectsConnectionType, Project>("projects",
                c => c.GetArgument("includeArchived", false) ? c.CoreDb().Projects : c.CoreDb().Projects.Where(p => p.ArchivedAt == null), x => x.Id)
            .Filter<ProjectFilterInputType>().Sort<ProjectSortInputType>()
            .Description("Projects visible to the caller.");
        projects.FieldType.Arguments!.Add(new QueryArgument<NonNullGraphType<BooleanGraphType>>
        {
            Name = "includeArchived", DefaultValue = false, Description = "Include archived projects.",
        });
        root.AddById<ProjectType, Project>("project", "Project", "A project by ID (REST `GET /projects/{id}`).", c => c.CoreDb().Projects);
    }
}
