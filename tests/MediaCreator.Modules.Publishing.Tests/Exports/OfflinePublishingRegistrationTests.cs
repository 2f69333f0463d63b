using MediaCreator.Modules.Publishing.Checks;
using MediaCreator.Modules.Publishing.Exports;
using MediaCreator.Modules.Publishing.Feeds;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Tests.Exports;

public sealed class OfflinePublishingRegistrationTests
{
    [Fact]
    public void AddOfflinePublishing_ResolvesThePublishersAndBindsOptions()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Publishing:FolderExportOptions:RootPath"] = "/srv/exports",
            ["Publishing:MediaUrlOptions:PublicBaseUrl"] = "https://cdn.example.com/media/",
            ["Publishing:WebhookOptions:MaxAttempts"] = "6",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddOfflinePublishing();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var platforms = provider.GetServices<IPlatformPublisher>().Select(p => p.Platform).Order();
        Assert.Equal(["folder", "rss_feed", "webhook"], platforms);
        Assert.IsType<FileFeedStore>(provider.GetRequiredService<IFeedStore>());
        Assert.NotNull(provider.GetRequiredService<PrePublishChecker>());
        Assert.Equal("/srv/exports", provider.GetRequiredService<IOptions<FolderExportOptions>>().Value.RootPath);
        Assert.Equal(6, provider.GetRequiredService<IOptions<WebhookOptions>>().Value.MaxAttempts);
        Assert.Equal(new Uri("https://cdn.example.com/media/a%20b.mp3"),
            provider.GetRequiredService<IMediaUrlResolver>().Resolve(Path.Combine(Path.GetFullPath("data/media"), "a b.mp3")));
    }

    [Fact]
    public void AFeedStoreRegisteredFirst_ReplacesTheFileStore()
    {
        var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build()).AddLogging();
        services.AddSingleton<IFeedStore, InMemoryFeedStore>();
        services.AddOfflinePublishing();
        using var provider = services.BuildServiceProvider();
        Assert.IsType<InMemoryFeedStore>(provider.GetRequiredService<IFeedStore>());
    }
}
