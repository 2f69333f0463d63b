using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Platforms.YouTube;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Publishing.Tests.YouTube;

public sealed class YouTubeRegistrationTests
{
    [Fact]
    public void AddYouTubePlatform_BindsTheOptionsSection_AndRegistersThePublisherAndOAuth()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["YouTubeOptions:ClientId"] = "id-from-config", ["YouTubeOptions:ClientSecret"] = "secret", ["YouTubeOptions:ChunkSize"] = "1048576",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();

        using var provider = services.AddYouTubePlatform().BuildServiceProvider();

        Assert.Equal("youtube", Assert.IsType<YouTubePublisher>(Assert.Single(provider.GetServices<IPlatformPublisher>())).Platform);
        var oauth = Assert.IsType<GoogleOAuth>(Assert.Single(provider.GetServices<IOAuthPlatform>()));
        var options = provider.GetRequiredService<YouTubeOptions>();
        Assert.Equal(1048576, options.ChunkSize);
        Assert.Equal("https://www.googleapis.com/upload/youtube/v3", options.UploadBaseUrl);
        Assert.Contains("client_id=id-from-config", oauth.BuildAuthorizationUrl(new Uri("https://app/cb"), "s", "c").Query);
    }
}
