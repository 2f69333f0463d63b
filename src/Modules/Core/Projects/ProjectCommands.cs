namespace MediaCreator.Modules.Core.Projects;

public sealed record CreateProjectCommand(string Name, string? Description, string? MetadataJson, ProjectBudget? Budget);

/// <summary>Null fields are left unchanged.</summary>
public sealed record UpdateProjectCommand(Guid ProjectId, string? Name, string? Description, string? MetadataJson);
