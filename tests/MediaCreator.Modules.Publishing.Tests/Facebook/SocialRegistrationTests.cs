using MediaCreator.Modules.Publishing.Platforms.Facebook;
using MediaCreator.Modules.Publishing.Platforms.TikTok;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Modules.Publishing.Tests.Facebook;

public sealed class SocialRegistrationTests
{
    [Fact]
    public void BothPlatforms_ResolveAsPublishersAndOAuth_WithOptionsFromConfiguration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TikTok:ClientKey"] = "ck", ["TikTok:ApiBaseUrl"] = "http://localhost:1",
            ["Facebook:AppId"] = "app", ["Facebook:GraphVersion"] = "v20.0",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddTikTokPlatform().AddFacebookPlatform();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(["tiktok", "facebook"], provider.GetServices<IPlatformPublisher>().Select(p => p.Platform));
        Assert.Equal(["tiktok", "facebook"], provider.GetServices<IOAuthPlatform>().Select(p => p.Platform));
        Assert.Equal("ck", provider.GetRequiredService<TikTokOptions>().ClientKey);
        Assert.Equal("v20.0", provider.GetRequiredService<FacebookOptions>().GraphVersion);
        Assert.Equal("https://graph-video.facebook.com", provider.GetRequiredService<FacebookOptions>().VideoBaseUrl);
    }
}
