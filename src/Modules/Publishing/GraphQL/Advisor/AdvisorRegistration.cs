using GraphQL;
using MediaCreator.Modules.Core.Analytics;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Scheduling;
using MediaCreator.Modules.Publishing.Advisor;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.GraphQL.Advisor;

public static class AdvisorRegistration
{
    /// <summary>
    /// The JARVIS advisor: <see cref="RecommendationAdvisor"/> (options <c>Publishing:Advisor</c>), its narrator, the
    /// <c>advisor-refresh</c> recurring task, <see cref="IRecommendationSource"/> for Input Brain, the GraphQL fields
    /// and <c>node(id)</c> for the four recommendation types.
    /// </summary>
    public static IServiceCollection AddAdvisor(this IServiceCollection services)
    {
        services.AddOptions<AdvisorOptions>().BindConfiguration("Publishing:Advisor");
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AdvisorState>();
        services.AddSingleton<AdvisorNarrator>();
        services.AddScoped<RecommendationAdvisor>();
        services.AddScoped<IRecommendationSource, RecommendationSource>();
        services.AddRecurringTask<AdvisorRefreshTask>("advisor-refresh",
            sp => RecurringSchedule.Every(sp.GetRequiredService<IOptions<AdvisorOptions>>().Value.RecurringInterval));
        services.AddSingleton<IQueryFields, AdvisorQueries>();
        services.AddSingleton<IMutationFields, AdvisorMutations>();
        foreach (var (type, name) in RecommendationTypeNames.ByType)
        {
            services.AddNodeResolver(name, async (sp, id, ct) =>
                await sp.GetRequiredService<PublishingDbContext>().Recommendations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.Type == type, ct));
        }
        services.AddGraphQL(graphQL => graphQL.ConfigureSchema(s =>
        {
            s.RegisterType(typeof(BestPostingTimeRecommendationType));
            s.RegisterType(typeof(BestSeriesRecommendationType));
            s.RegisterType(typeof(CostWarningRecommendationType));
            s.RegisterType(typeof(TrendIdeaRecommendationType));
        }));
        return services;
    }
}
