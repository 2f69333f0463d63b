using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Scalars;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;

namespace MediaCreator.Modules.Core.Projects;

internal sealed class ProjectType : ObjectGraphType<Project>
{
    public ProjectType(IEnumerable<IProjectFields> moduleFields)
    {
        Name = "Project";
        Description = "A workspace grouping assets, jobs, workflow runs, ideas and episodes; carries the cost budget (table `projects`).";
        this.ImplementsNode("Project", x => x.Id);
        Field(x => x.Name);
        Field(x => x.Description, nullable: true);
        Field<NonNullGraphType<UuidScalarType>>("ownerId").Description("Auth user that owns the project (`owner_id`).").Resolve(c => c.Source.OwnerId);
        Field<JsonScalarType>("metadata").Description("Free-form client metadata.").Resolve(c => JsonValues.Read(c.Source.MetadataJson));
        Field<ProjectBudgetType>("budget").Description("Spending limit for the project's jobs; null means unlimited.").Resolve(c => c.Source.Budget);
        Field<NonNullGraphType<ProjectCostSummaryType>>("costSummary")
            .Description("Aggregated cost of the project's jobs against its budget.")
            .ResolveAsync(async c => await ProjectCostSummary.ComputeAsync(c.CoreDb(), c.Source, DateTime.UtcNow, c.CancellationToken));
        Field<NonNullGraphType<DateTimeScalarType>>("createdAt").Resolve(c => c.Source.CreatedAt);
        Field<DateTimeScalarType>("updatedAt").Resolve(c => c.Source.UpdatedAt);
        Field<DateTimeScalarType>("archivedAt").Description("When the project was archived; archived projects are hidden from `projects` unless asked for.").Resolve(c => c.Source.ArchivedAt);
        ProjectConnections.AddTo(this);
        foreach (var fields in moduleFields) fields.AddTo(this);
    }
}
