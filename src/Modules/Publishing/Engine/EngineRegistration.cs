using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Publishing.Feeds;
using MediaCreator.Modules.Publishing.GraphQL.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Engine;

public static class EngineRegistration
{
    /// <summary>
    /// The publishing engine: the <c>publishing.upload</c> task, planPublication / cancelPublication /
    /// retryPublication / approvePublication, <c>onPublicationStatusChanged</c>, <c>Job.result</c> for upload jobs,
    /// and feed enclosure URLs pointing at <see cref="FeedEndpoints"/>. Call after <c>AddOfflinePublishing()</c>.
    /// </summary>
    public static IServiceCollection AddPublishingEngine(this IServiceCollection services)
    {
        services.AddScoped<PublicationJobs>();
        services.AddScoped<PlanPublicationHandler>();
        services.AddScoped<PublicationControlHandler>();
        services.AddJobHandler<PublishUploadHandler>(PublishUploadTask.Definition);
        services.AddSingleton<IMutationFields, PublicationMutations>();
        services.AddSingleton<ISubscriptionFields, PublicationSubscriptions>();
        services.AddSingleton<IJobResultView, PublicationJobResultView>();
        services.AddSingleton<IJobSpecMember, PublishingJobSpecMember>();
        services.AddOptions<FeedServingOptions>().BindConfiguration($"Publishing:{nameof(FeedServingOptions)}");
        services.Replace(ServiceDescriptor.Singleton<IMediaUrlResolver>(sp => new FeedMediaUrlResolver(
            new BaseUrlMediaUrlResolver(sp.GetRequiredService<IOptions<MediaUrlOptions>>()), sp.GetRequiredService<IOptions<FeedServingOptions>>())));
        return services;
    }
}
