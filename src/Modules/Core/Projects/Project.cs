namespace MediaCreator.Modules.Core.Projects;

/// <summary>A workspace grouping assets, jobs, workflow runs, ideas and episodes (table <c>projects</c>).</summary>
public sealed class Project : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? MetadataJson { get; set; }
    public ProjectBudget? Budget { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? UpdatedAt { get; set; }
    public DateTime? ArchivedAt { get; set; }
}
