using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Workflows;
using MediaCreator.Modules.InputBrain.Drafts;
using MediaCreator.Modules.InputBrain.GraphQL;
using MediaCreator.Modules.InputBrain.Ideas;
using MediaCreator.Modules.InputBrain.Persistence;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.InputBrain;

public static class InputBrainModule
{
    public static IHostApplicationBuilder AddInputBrainModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(new BuiltInModule(
            "input-brain", "Input Brain", ModuleCategory.InputBrain, "1.0.0",
            "Smart prompt intake, AI idea versions ranked by your own dashboard data, previews and workflow drafts."));
        builder.AddModuleDbContext<InputBrainDbContext, SqliteInputBrainDbContext, PostgresInputBrainDbContext>();
        services.AddIdeaEngine();
        services.AddSingleton<InputBrainQueries>();
        services.AddSingleton<IQueryFields>(sp => sp.GetRequiredService<InputBrainQueries>());
        services.AddSingleton<IProjectFields>(sp => sp.GetRequiredService<InputBrainQueries>());
        services.AddSingleton<IMutationFields, InputBrainMutations>();
        services.AddScoped<IWorkflowDraftSource, DraftSource>();
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<InputBrainDbContext, ContentIdeaRecord>("ContentIdea"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<InputBrainDbContext, IdeaVersionRecord>("IdeaVersion"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<InputBrainDbContext, WorkflowDraftRecord>("WorkflowDraft"));
        services.AddGraphQL(graphQL => graphQL.AddGraphTypes(typeof(InputBrainModule).Assembly));
        return builder;
    }
}
