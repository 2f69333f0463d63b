using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;

namespace MediaCreator.Modules.Core.Projects;

internal sealed class ProjectMutations : IMutationFields
{
    public void AddTo(ObjectGraphType root)
    {
        root.Field<NonNullGraphType<CreateProjectPayloadType>>("createProject")
            .Description("Creates a project, optionally with a budget (REST `POST /projects`).")
            .Argument<NonNullGraphType<CreateProjectInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var command = new CreateProjectCommand((string)input["name"]!, input.GetValueOrDefault("description") as string,
                    JsonValues.Serialize(input.GetValueOrDefault("metadata")), input.GetValueOrDefault("budget") as ProjectBudget);
                return await c.Service<ProjectHandler>().CreateAsync(command, c.CancellationToken);
            });
        root.Field<NonNullGraphType<UpdateProjectPayloadType>>("updateProject")
            .Description("Renames or re-describes a project.")
            .Argument<NonNullGraphType<UpdateProjectInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var globalId = (string)input["projectId"]!;
                var command = new UpdateProjectCommand(GlobalId.DecodeFor("Project", globalId), input.GetValueOrDefault("name") as string,
                    input.GetValueOrDefault("description") as string, JsonValues.Serialize(input.GetValueOrDefault("metadata")));
                return await c.Service<ProjectHandler>().UpdateAsync(command, globalId, c.CancellationToken);
            });
        root.Field<NonNullGraphType<SetProjectBudgetPayloadType>>("setProjectBudget")
            .Description("Sets or clears the per-project cost budget.")
            .Argument<NonNullGraphType<SetProjectBudgetInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var globalId = (string)input["projectId"]!;
                return await c.Service<ProjectHandler>().SetBudgetAsync(GlobalId.DecodeFor("Project", globalId), globalId,
                    input.GetValueOrDefault("budget") as ProjectBudget, c.CancellationToken);
            });
        root.Field<NonNullGraphType<ArchiveProjectPayloadType>>("archiveProject")
            .Description("Archives a project (hidden from `projects` unless `includeArchived`), or restores it with `archived: false`.")
            .Argument<NonNullGraphType<ArchiveProjectInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var globalId = (string)input["projectId"]!;
                return await c.Service<ProjectHandler>().ArchiveAsync(GlobalId.DecodeFor("Project", globalId), globalId,
                    (bool)input["archived"]!, c.CancellationToken);
            });
    }
}
