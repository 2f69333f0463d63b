using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.Extensions.DependencyInjection;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Jobs.Queue.Redis;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.Core;

public static class CoreModule
{
    /// <summary>Core Foundation: persistence, auth, the module registry and Module 1's GraphQL fields.</summary>
    public static IHostApplicationBuilder AddCore(this IHostApplicationBuilder builder)
    {
        builder.AddModuleDbContext<CoreDbContext, SqliteCoreDbContext, PostgresCoreDbContext>();
        builder.Services.AddHostedService<MigrationHostedService>();
        builder.AddMediaCreatorAuth();
        builder.Services.AddSingleton(new BuiltInModule("core", "Core Foundation", ModuleCategory.Core, "0.1.0",
            "Projects, assets, jobs, workflow runs, the module registry and cost control."));
        builder.Services.AddSingleton<IStartupTask, ModuleRegistrySeeder>();
        builder.AddCoreGraphQL();
        builder.AddMessaging();
        builder.AddJobEngine();
        AI.ChatClientRegistration.AddChatModel(builder);
        return builder;
    }
}
