using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Tests.Feeds;

/// <summary>Tokens that rotate through a list on refresh and count the refreshes.</summary>
internal sealed class TestTokens(params string[] tokens) : IPlatformTokenSource
{
    private int _index;

    public int Refreshes { get; private set; }

    public Task<string> GetAccessTokenAsync(CancellationToken ct) => Task.FromResult(tokens[_index]);

    public Task<string> RefreshAsync(CancellationToken ct)
    {
        Refreshes++;
        _index = Math.Min(_index + 1, tokens.Length - 1);
        return Task.FromResult(tokens[_index]);
    }
}
