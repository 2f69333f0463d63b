using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Platforms.Social;
using MediaCreator.Modules.Publishing.Platforms.TikTok;

namespace MediaCreator.Modules.Publishing.Tests.TikTok;

/// <summary>A fake TikTok API server and a <see cref="TikTokOAuth"/> client pointed at it, for the OAuth and revoke tests.</summary>
public abstract class TikTokOAuthFixture : FakeServerFixture
{
    /// <param name="maxRetries">Retries of a retryable token call (null: the options' default).</param>
    private protected TikTokOAuth OAuth(int? maxRetries = null)
    {
        var retry = new PlatformRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(10) };
        if (maxRetries is { } max) retry.MaxRetries = max;
        return new(_http, new TikTokOptions { ApiBaseUrl = _server.Url!, ClientKey = "ck-123", ClientSecret = "cs-secret", Retry = retry });
    }
}
