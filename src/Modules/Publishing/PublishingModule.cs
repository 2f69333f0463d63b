using GraphQL;
using MediaCreator.Modules.Core.Analytics;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Modules;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Workflows;
using MediaCreator.Modules.Publishing.Accounts;
using MediaCreator.Modules.Publishing.Analytics;
using MediaCreator.Modules.Publishing.Exports;
using MediaCreator.Modules.Publishing.Platforms.Facebook;
using MediaCreator.Modules.Publishing.Platforms.TikTok;
using MediaCreator.Modules.Publishing.Platforms.YouTube;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Engine;
using MediaCreator.Modules.Publishing.GraphQL;
using MediaCreator.Modules.Publishing.GraphQL.Advisor;
using MediaCreator.Modules.Publishing.GraphQL.Sync;
using MediaCreator.Modules.Publishing.GraphQL.Analytics;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.Modules.Publishing.Sync;
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
        services.AddPlatformAccounts();
        services.AddYouTubePlatform();
        services.AddTikTokPlatform("TikTok");
        services.AddFacebookPlatform("Facebook");
        services.AddOfflinePublishing();
        services.AddPublishingSync();
        services.AddSingleton<IMutationFields, SyncMutations>();
        services.AddSingleton<ISubscriptionFields, MetricsSubscriptions>();
        services.AddSingleton<Core.Jobs.IJobResultView, SyncJobResultView>();
        services.AddPublishingEngine();
        services.AddSingleton<IQueryFields, DashboardQueries>();
        services.AddSingleton<IQueryFields, PublicationQueries>();
        services.AddScoped<DashboardAnalytics>();
        services.AddScoped<FinanceAnalytics>();
        services.AddScoped<SetExchangeRateHandler>();
        services.AddSingleton<IQueryFields, AnalyticsQueries>();
        services.AddSingleton<IMutationFields, ExchangeRateMutations>();
        services.AddSingleton<IMutationFields, ChannelMutations>();
        services.AddSingleton<IMutationFields, EpisodeMutations>();
        services.AddSingleton<IMutationFields, GraphQL.Accounts.AccountMutations>();
        services.AddSingleton<IProjectFields, ProjectEpisodeFields>();
        services.AddAdvisor();
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<PublishingDbContext, ContentChannel>("ContentChannel"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<PublishingDbContext, Series>("Series"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<PublishingDbContext, Episode>("Episode"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<PublishingDbContext, PlatformAccount>("PlatformAccount"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<PublishingDbContext, PublicationRecord>("PublicationRecord"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<PublishingDbContext, PerformanceSnapshot>("PerformanceSnapshot"));
        services.AddSingleton<INodeResolver>(new EntityNodeResolver<PublishingDbContext, RevenueRecord>("RevenueRecord"));
        services.AddGraphQL(graphQL => graphQL.AddGraphTypes(typeof(PublishingModule).Assembly)
            .ConfigureSchema(s => s.RegisterType(typeof(EpisodeEventType))));
        return builder;
    }
}
