using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Projects;

/// <summary>Project use cases; every lookup goes through the owner-filtered DbContext.</summary>
public sealed class ProjectHandler(CoreDbContext db, OwnerContext owner, TimeProvider clock)
{
    public async Task<MutationPayload> CreateAsync(CreateProjectCommand command, CancellationToken ct)
    {
        var errors = ProjectValidation.Name(command.Name, required: true)
            .Concat(ProjectValidation.Description(command.Description))
            .Concat(ProjectValidation.Budget(command.Budget)).ToArray();
        if (errors.Length > 0) return MutationPayload.Fail(errors);
        var project = new Project
        {
            OwnerId = owner.RequireOwner(), Name = command.Name.Trim(), Description = command.Description,
            MetadataJson = command.MetadataJson, Budget = command.Budget, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        return MutationPayload.Ok(project);
    }

    public async Task<MutationPayload> UpdateAsync(UpdateProjectCommand command, string globalId, CancellationToken ct)
    {
        var errors = ProjectValidation.Name(command.Name, required: false).Concat(ProjectValidation.Description(command.Description)).ToArray();
        if (errors.Length > 0) return MutationPayload.Fail(errors);
        var project = await FindAsync(command.ProjectId, ct);
        if (project is null) return MutationPayload.Fail(NotFoundError.For("Project", globalId));
        if (command.Name is not null) project.Name = command.Name.Trim();
        if (command.Description is not null) project.Description = command.Description;
        if (command.MetadataJson is not null) project.MetadataJson = command.MetadataJson;
        project.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return MutationPayload.Ok(project);
    }

    public async Task<MutationPayload> SetBudgetAsync(Guid projectId, string globalId, ProjectBudget? budget, CancellationToken ct)
    {
        var errors = ProjectValidation.Budget(budget).ToArray();
        if (errors.Length > 0) return MutationPayload.Fail(errors);
        var project = await FindAsync(projectId, ct);
        if (project is null) return MutationPayload.Fail(NotFoundError.For("Project", globalId));
        project.Budget = budget;
        project.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return MutationPayload.Ok(project);
    }

    public async Task<MutationPayload> ArchiveAsync(Guid projectId, string globalId, bool archived, CancellationToken ct)
    {
        var project = await FindAsync(projectId, ct);
        if (project is null) return MutationPayload.Fail(NotFoundError.For("Project", globalId));
        var now = clock.GetUtcNow().UtcDateTime;
        project.ArchivedAt = archived ? project.ArchivedAt ?? now : null;
        project.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        return MutationPayload.Ok(project);
    }

    private Task<Project?> FindAsync(Guid id, CancellationToken ct) => db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct);
}
