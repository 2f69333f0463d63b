using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Tests.YouTube;

/// <summary>An account whose token is "token-1" until refreshed, then "token-2", "token-3"…</summary>
internal sealed class CountingTokens(bool refreshFails = false) : IPlatformTokenSource
{
    private int _generation = 1;

    public int Refreshes { get; private set; }

    public Task<string> GetAccessTokenAsync(CancellationToken ct) => Task.FromResult($"token-{_generation}");

    public Task<string> RefreshAsync(CancellationToken ct)
    {
        Refreshes++;
        if (refreshFails) throw new PublishingException(PublishingErrorCodes.AuthExpired, "refresh token revoked");
        return Task.FromResult($"token-{++_generation}");
    }
}
