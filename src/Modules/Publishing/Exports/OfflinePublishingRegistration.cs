using MediaCreator.Modules.Publishing.Checks;
using MediaCreator.Modules.Publishing.Feeds;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediaCreator.Modules.Publishing.Exports;

public static class OfflinePublishingRegistration
{
    /// <summary>
    /// The offline publishers (rss_feed, folder, webhook) as <see cref="IPlatformPublisher"/>s, and the
    /// <see cref="PrePublishChecker"/>. Options bind from <c>Publishing:{class name}</c>. The feed store defaults to
    /// files under <see cref="FileFeedStoreOptions.RootPath"/>; register another <see cref="IFeedStore"/> first to replace it.
    /// </summary>
    public static IServiceCollection AddOfflinePublishing(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<FileFeedStoreOptions>().BindConfiguration($"Publishing:{nameof(FileFeedStoreOptions)}");
        services.AddOptions<MediaUrlOptions>().BindConfiguration($"Publishing:{nameof(MediaUrlOptions)}");
        services.AddOptions<FolderExportOptions>().BindConfiguration($"Publishing:{nameof(FolderExportOptions)}");
        services.AddOptions<WebhookOptions>().BindConfiguration($"Publishing:{nameof(WebhookOptions)}");
        services.TryAddSingleton<IFeedStore, FileFeedStore>();
        services.TryAddSingleton<IMediaUrlResolver, BaseUrlMediaUrlResolver>();
        services.TryAddSingleton<PrePublishChecker>();
        services.TryAddSingleton<RssFeedPublisher>();
        services.TryAddSingleton<FolderExportPublisher>();
        // The publisher owns timeouts per attempt, so the client's own timeout is off.
        services.AddHttpClient<WebhookPublisher>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<IPlatformPublisher>(sp => sp.GetRequiredService<RssFeedPublisher>());
        services.AddSingleton<IPlatformPublisher>(sp => sp.GetRequiredService<FolderExportPublisher>());
        services.AddTransient<IPlatformPublisher>(sp => sp.GetRequiredService<WebhookPublisher>());
        return services;
    }
}
