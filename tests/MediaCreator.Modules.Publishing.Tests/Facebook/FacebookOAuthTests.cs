using System.Web;
using MediaCreator.Modules.Publishing.Platforms.Facebook;
using MediaCreator.Modules.Publishing.Platforms;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Publishing.Tests.Facebook;

public sealed class FacebookOAuthTests : FacebookOAuthFixture
{
    private const string Token = "/v19.0/oauth/access_token";

    private List<WireMock.IRequestMessage> Calls(string path) =>
        _server.LogEntries.Select(e => e.RequestMessage!).Where(m => m.Path == path).ToList();

    private void GivenLongLivedExchange()
    {
        _server.Given(Request.Create().WithPath(Token).UsingPost().WithBody(new RegexMatcher("grant_type=fb_exchange_token")))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"access_token":"EAAlong","token_type":"bearer","expires_in":5183944}"""));
        _server.Given(Request.Create().WithPath("/v19.0/me/permissions").UsingGet().WithHeader("Authorization", "Bearer EAAlong"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(
                """{"data":[{"permission":"pages_show_list","status":"granted"},{"permission":"pages_manage_posts","status":"granted"},{"permission":"read_insights","status":"declined"}]}"""));
    }

    [Fact]
    public void AuthorizationUrl_IsTheVersionedDialogWithStateScopesAndChallenge()
    {
        var challenge = MediaCreator.Modules.Publishing.Platforms.OAuth.Pkce.ChallengeS256(MediaCreator.Modules.Publishing.Platforms.OAuth.Pkce.CreateVerifier());
        var url = OAuth().BuildAuthorizationUrl(new Uri("https://app.example/callback/facebook"), "st-1", challenge);

        Assert.StartsWith("https://www.facebook.com/v19.0/dialog/oauth?", url.ToString());
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Equal(("app-1", "https://app.example/callback/facebook", "st-1", "code", challenge, "S256"),
            (query["client_id"], query["redirect_uri"], query["state"], query["response_type"], query["code_challenge"], query["code_challenge_method"]));
        Assert.Contains("pages_manage_posts", query["scope"]);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", challenge);
    }

    [Fact]
    public async Task ExchangeCode_GetsAShortLivedToken_ThenTheLongLivedOne_WithTheGrantedScopes()
    {
        _server.Given(Request.Create().WithPath(Token).UsingPost().WithBody(new RegexMatcher("code=code-1")))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"access_token":"EAAshort","token_type":"bearer","expires_in":5400}"""));
        GivenLongLivedExchange();

        var tokens = await OAuth().ExchangeCodeAsync("code-1", new Uri("https://app.example/cb"), "ver-1", CancellationToken.None);

        Assert.Equal(("EAAlong", "EAAlong"), (tokens.AccessToken, tokens.RefreshToken));
        Assert.Equal(["pages_show_list", "pages_manage_posts"], tokens.Scopes);
        Assert.InRange(tokens.ExpiresAt, DateTimeOffset.UtcNow.AddDays(59), DateTimeOffset.UtcNow.AddDays(61));
        var calls = Calls(Token);
        var code = HttpUtility.ParseQueryString(calls[0].Body!);
        Assert.Equal(("app-1", "app-secret", "https://app.example/cb", "ver-1"), (code["client_id"], code["client_secret"], code["redirect_uri"], code["code_verifier"]));
        var exchange = HttpUtility.ParseQueryString(calls[1].Body!);
        Assert.Equal("EAAshort", exchange["fb_exchange_token"]);
        Assert.All(calls, c => Assert.DoesNotContain("app-secret", c.Url));
    }

    [Fact]
    public async Task Refresh_ExchangesTheLongLivedToken_AndAnExpiredOneIsAuthExpired()
    {
        GivenLongLivedExchange();
        Assert.Equal("EAAlong", (await OAuth().RefreshAsync("EAAold", CancellationToken.None)).AccessToken);

        _server.Reset();
        _server.Given(Request.Create().WithPath(Token).UsingPost()).RespondWith(Response.Create().WithStatusCode(400).WithBody(
            """{"error":{"message":"Error validating access token: Session has expired.","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"X1"}}"""));
        var error = await Assert.ThrowsAsync<PublishingException>(() => OAuth().RefreshAsync("EAAold", CancellationToken.None));
        Assert.Equal(PublishingErrorCodes.AuthExpired, error.Code);
    }

    [Fact]
    public async Task Account_IsTheFirstManagedPage_AndPagesFollowPaging()
    {
        _server.Given(Request.Create().WithPath("/v19.0/me/accounts").UsingGet().WithParam("after", "c1")).RespondWith(Response.Create().WithStatusCode(200).WithBody(
            """{"data":[{"id":"page-2","name":"Second","access_token":"PAGE2","tasks":["ANALYZE"]}],"paging":{"cursors":{"before":"c1","after":"c2"}}}"""));
        _server.Given(Request.Create().WithPath("/v19.0/me/accounts").UsingGet().WithParam("limit", "100"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(
                $$$"""{"data":[{"id":"page-1","name":"Bangkok Bites","username":"bkkbites","access_token":"PAGE1","tasks":["CREATE_CONTENT","ANALYZE"]}],"paging":{"cursors":{"after":"c1"},"next":"{{{_server.Url}}}/v19.0/me/accounts?after=c1"}}"""));

        var oauth = OAuth();
        var account = await oauth.GetAccountAsync("EAAlong", CancellationToken.None);
        var pages = await oauth.GetPagesAsync("EAAlong", CancellationToken.None);

        Assert.Equal(new PlatformAccountInfo("page-1", "Bangkok Bites", "bkkbites"), account);
        Assert.Equal(["page-1", "page-2"], pages.Select(p => p.Id));
        Assert.Equal("PAGE2", await oauth.GetPageTokenAsync("EAAlong", "page-2", CancellationToken.None));
        Assert.All(Calls("/v19.0/me/accounts"), c => Assert.Equal("Bearer EAAlong", c.Headers!["Authorization"].Single()));
    }
}
