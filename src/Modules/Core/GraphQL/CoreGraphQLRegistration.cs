using GraphQL;
using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.Events;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Core.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.Core.GraphQL;

internal static class CoreGraphQLRegistration
{
    public static IHostApplicationBuilder AddCoreGraphQL(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ProjectHandler>();
        services.AddScoped<RegisterModuleHandler>();
        builder.AddAssets();

        services.AddSingleton<IQueryFields, ProjectQueries>();
        services.AddSingleton<IQueryFields, AssetQueries>();
        services.AddSingleton<IQueryFields, JobQueries>();
        services.AddSingleton<IQueryFields, WorkflowRunQueries>();
        services.AddSingleton<IQueryFields, WorkflowEstimateQuery>();
        services.AddSingleton<IMutationFields, WorkflowMutations>();
        services.AddSingleton<IQueryFields, ModuleQueries>();
        services.AddSingleton<IQueryFields, ApiKeyQueries>();
        services.AddSingleton<IMutationFields, ProjectMutations>();
        services.AddSingleton<IMutationFields, RegisterModuleMutation>();
        services.AddSingleton<IMutationFields, ApiKeyMutations>();
        services.AddSingleton<ISubscriptionFields, EventSubscriptions>();
        services.AddSingleton<IEventBus, InProcessEventBus>();

        services.AddSingleton<INodeResolver>(new EntityNodeResolver<Persistence.CoreDbContext, Project>("Project"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<Persistence.CoreDbContext, Asset>("Asset"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<Persistence.CoreDbContext, Job>("Job"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<Persistence.CoreDbContext, WorkflowRun>("WorkflowRun"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<Persistence.CoreDbContext, ModuleRecord>("Module"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<Persistence.CoreDbContext, CostRecord>("CostRecord"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<Persistence.CoreDbContext, ApiKey>("ApiKey"));

        services.AddGraphQLConventions();
        services.AddGraphQL(b => b.AddValidationRule<ScopeValidationRule>());
        return builder;
    }
}
