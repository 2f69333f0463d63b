using System.Web;
using MediaCreator.Modules.Publishing.Platforms.TikTok;
using MediaCreator.Modules.Publishing.Platforms;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Publishing.Tests.TikTok;

public sealed class TikTokOAuthTests : TikTokOAuthFixture
{
    private string TokenBody() => _server.LogEntries.Last(e => e.RequestMessage!.Path == "/v2/oauth/token/").RequestMessage!.Body!;

    [Fact]
    public void AuthorizationUrl_CarriesClientKeyScopesStateAndS256Challenge()
    {
        var verifier = TikTokPkce.CreateVerifier();
        var url = OAuth().BuildAuthorizationUrl(new Uri("https://app.example/callback/tiktok"), "st-9", TikTokPkce.Challenge(verifier));

        Assert.StartsWith("https://www.tiktok.com/v2/auth/authorize/?", url.ToString());
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("ck-123", query["client_key"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("https://app.example/callback/tiktok", query["redirect_uri"]);
        Assert.Equal("st-9", query["state"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Matches("^[0-9a-f]{64}$", query["code_challenge"]);
        Assert.Contains("video.publish", query["scope"]);
        Assert.Equal(64, verifier.Length);
    }

    [Fact]
    public async Task ExchangeCode_FormPostsTheCodeAndVerifier_AndReadsTheTokens()
    {
        _server.Given(Request.Create().WithPath("/v2/oauth/token/").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody(
            """{"access_token":"act.abc","expires_in":86400,"open_id":"open-1","refresh_expires_in":31536000,"refresh_token":"rft.xyz","scope":"user.info.basic,video.publish","token_type":"Bearer"}"""));

        var tokens = await OAuth().ExchangeCodeAsync("code-1", new Uri("https://app.example/cb"), "verifier-1", CancellationToken.None);

        Assert.Equal("act.abc", tokens.AccessToken);
        Assert.Equal("rft.xyz", tokens.RefreshToken);
        Assert.Equal(["user.info.basic", "video.publish"], tokens.Scopes);
        Assert.InRange(tokens.ExpiresAt, DateTimeOffset.UtcNow.AddHours(23), DateTimeOffset.UtcNow.AddHours(25));
        var form = HttpUtility.ParseQueryString(TokenBody());
        Assert.Equal(("ck-123", "cs-secret", "code-1", "authorization_code", "verifier-1"),
            (form["client_key"], form["client_secret"], form["code"], form["grant_type"], form["code_verifier"]));
        Assert.Equal("application/x-www-form-urlencoded", _server.LogEntries.Single().RequestMessage!.Headers!["Content-Type"].Single());
    }

    [Fact]
    public async Task Refresh_WithARevokedRefreshToken_IsAuthExpired()
    {
        _server.Given(Request.Create().WithPath("/v2/oauth/token/").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody(
            """{"error":"invalid_grant","error_description":"Refresh token is invalid or expired.","log_id":"L1"}"""));

        var error = await Assert.ThrowsAsync<PublishingException>(() => OAuth().RefreshAsync("rft.old", CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.AuthExpired, error.Code);
        Assert.Contains("invalid_grant", error.Message);
        var form = HttpUtility.ParseQueryString(TokenBody());
        Assert.Equal(("refresh_token", "rft.old"), (form["grant_type"], form["refresh_token"]));
    }

    [Fact]
    public async Task Account_IsTheUserInfoOpenIdNameAndUsername()
    {
        _server.Given(Request.Create().WithPath("/v2/user/info/").UsingGet().WithHeader("Authorization", "Bearer act.abc")).RespondWith(Response.Create().WithStatusCode(200).WithBody(
            """{"data":{"user":{"open_id":"open-1","union_id":"u-1","display_name":"Bangkok Bites","username":"bkkbites"}},"error":{"code":"ok","message":"","log_id":"L2"}}"""));

        var account = await OAuth().GetAccountAsync("act.abc", CancellationToken.None);

        Assert.Equal(new PlatformAccountInfo("open-1", "Bangkok Bites", "bkkbites"), account);
    }

    [Fact]
    public void MissingClientSettings_AreNotConfigured()
    {
        var oauth = new TikTokOAuth(_http, new TikTokOptions());
        var error = Assert.Throws<PublishingException>(() => oauth.BuildAuthorizationUrl(new Uri("https://a/b"), "s", "c"));
        Assert.Equal(PublishingErrorCodes.NotConfigured, error.Code);
    }
}
