using MediaCreator.Modules.Core.GraphQL.Data;

namespace MediaCreator.Modules.Core.Projects;

internal sealed class ProjectFilterInputType : FilterInputType<Project>
{
    public ProjectFilterInputType()
    {
        Name = "ProjectFilterInput";
        Description = "Filter for Project lists (`where:`).";
        IdField("id", "Project", x => x.Id);
        StringField("name", x => x.Name);
        UuidField("ownerId", x => x.OwnerId);
        DateTimeField("createdAt", x => x.CreatedAt);
        DateTimeField("updatedAt", x => x.UpdatedAt);
        DateTimeField("archivedAt", x => x.ArchivedAt);
    }
}

internal sealed class ProjectSortInputType : SortInputType<Project>
{
    public ProjectSortInputType()
    {
        Name = "ProjectSortInput";
        Description = "Sort fields for Project lists (`order:`).";
        SortField("name", x => x.Name);
        SortField("createdAt", x => x.CreatedAt);
        SortField("updatedAt", x => x.UpdatedAt);
        DefaultOrder(x => x.CreatedAt, SortDirection.Descending);
    }
}
