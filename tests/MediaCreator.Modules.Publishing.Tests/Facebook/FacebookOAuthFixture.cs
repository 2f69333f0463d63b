using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Platforms.Social;
using MediaCreator.Modules.Publishing.Platforms.Facebook;

namespace MediaCreator.Modules.Publishing.Tests.Facebook;

/// <summary>A fake Graph API server and a <see cref="FacebookOAuth"/> client pointed at it, for the OAuth and revoke tests.</summary>
public abstract class FacebookOAuthFixture : FakeServerFixture
{
    private protected FacebookOAuth OAuth() => new(_http, new FacebookOptions
    {
        GraphBaseUrl = _server.Url!, AppId = "app-1", AppSecret = "app-secret",
        Retry = new PlatformRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(10) },
    });
}
