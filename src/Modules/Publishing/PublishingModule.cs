using GraphQL;
using MediaCreator.Modules.Core.Analytics;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Workflows;
using MediaCreator.Modules.Publishing.Analytics;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.GraphQL;
using MediaCreator.Modules.Publishing.GraphQL.Analytics;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.Modules.Publishing.Workflows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MediaCreator.Modules.Publishing;

public static class PublishingModule
{
    /// <summary>
    /// Module 6, structure half: channels, series, episodes (queries, node, mutations, EPISODE_READY), the tables of
    /// publications, snapshots and revenue, the workflow's <see cref="IEpisodeWriter"/> and <see cref="IPerformanceSignals"/>.
    /// </summary>
    public static IHostApplicationBuilder AddPublishingModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(new BuiltInModule(
            "publishing", "Dashboard & Publishing", ModuleCategory.Publishing, "0.1.0",
            "Channels, series, episodes, auto posting, metrics, revenue and the advisor."));
        builder.AddModuleDbContext<PublishingDbContext, SqlitePublishingDbContext, PostgresPublishingDbContext>();
        services.AddScoped<IEpisodeWriter, EpisodeWriter>();
        services.AddScoped<IPerformanceSignals, PerformanceSignals>();
        services.AddScoped<UpdateEpisodeHandler>();
        services.AddSingleton<IQueryFields, DashboardQueries>();
        services.AddScoped<DashboardAnalytics>();
        services.AddScoped<FinanceAnalytics>();
        services.AddScoped<SetExchangeRateHandler>();
        services.AddSingleton<IQueryFields, AnalyticsQueries>();
        services.AddSingleton<IMutationFields, ExchangeRateMutations>();
        services.AddSingleton<IMutationFields, ChannelMutations>();
        services.AddSingleton<IMutationFields, EpisodeMutations>();
        services.AddSingleton<IProjectFields, ProjectEpisodeFields>();
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<PublishingDbContext, ContentChannel>("ContentChannel"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<PublishingDbContext, Series>("Series"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<PublishingDbContext, Episode>("Episode"));
        services.AddGraphQL(graphQL => graphQL.AddGraphTypes(typeof(PublishingModule).Assembly)
            .ConfigureSchema(s => s.RegisterType(typeof(EpisodeEventType))));
        return builder;
    }
}
