using MediaCreator.Modules.Publishing.Platforms.YouTube;
using MediaCreator.Modules.Publishing.Tests.YouTube;

namespace MediaCreator.Modules.Publishing.Tests.OAuth;

/// <summary>A fake Google (<see cref="FakeYouTube"/>) and a <see cref="GoogleOAuth"/> client pointed at it, for the OAuth and revoke tests.</summary>
public abstract class GoogleOAuthFixture : IAsyncLifetime
{
    private protected readonly FakeYouTube _fake = new();
    private protected readonly HttpClient _http = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _http.Dispose();
    }

    private protected GoogleOAuth OAuth(Action<YouTubeOptions>? configure = null)
    {
        var options = _fake.Options();
        configure?.Invoke(options);
        return new GoogleOAuth(_http, options);
    }
}
