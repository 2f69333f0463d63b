using MediaCreator.Modules.Publishing.Platforms.OAuth;

namespace MediaCreator.Modules.Publishing.Tests.OAuth;

public sealed class PkceAndStateTests
{
    [Fact]
    public void ChallengeS256_MatchesTheRfc7636Example()
    {
        // RFC 7636 appendix B.
        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.ChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    }

    [Fact]
    public void Verifier_Is43UnreservedCharacters_AndFreshEachTime()
    {
        var verifier = Pkce.CreateVerifier();

        Assert.Equal(43, verifier.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", verifier);
        Assert.NotEqual(verifier, Pkce.CreateVerifier());
    }

    [Fact]
    public void State_IsUnguessable_AndMatchesOnlyItself()
    {
        var state = OAuthState.Create();

        Assert.Matches("^[A-Za-z0-9_-]{43}$", state);
        Assert.NotEqual(state, OAuthState.Create());
        Assert.True(OAuthState.Matches(state, state));
        Assert.False(OAuthState.Matches(state, state[..^1] + (state[^1] == 'a' ? 'b' : 'a')));
        Assert.False(OAuthState.Matches(state, null));
        Assert.False(OAuthState.Matches("", ""));
    }
}
