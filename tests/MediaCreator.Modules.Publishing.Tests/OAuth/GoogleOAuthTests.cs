using System.Web;
using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Platforms.OAuth;
using MediaCreator.Modules.Publishing.Platforms.YouTube;
using MediaCreator.Modules.Publishing.Tests.YouTube;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Publishing.Tests.OAuth;

public sealed class GoogleOAuthTests : GoogleOAuthFixture
{
    private static readonly Uri Redirect = new("https://mediacreator.example/oauth/youtube/callback");

    private void TokenEndpointAnswers(int status, string body) =>
        _fake.Server.Given(Request.Create().WithPath("/token").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private Dictionary<string, string> TokenForm()
    {
        var form = HttpUtility.ParseQueryString(FakeYouTube.Body(Assert.Single(_fake.Requests("/token", "POST"))));
        return form.AllKeys.ToDictionary(k => k!, k => form[k]!);
    }

    [Fact]
    public void AuthorizationUrl_AsksForOfflineConsentWithPkceS256AndTheState()
    {
        var verifier = Pkce.CreateVerifier();
        var state = OAuthState.Create();

        var url = OAuth().BuildAuthorizationUrl(Redirect, state, Pkce.ChallengeS256(verifier));

        Assert.Equal(_fake.Url + "/o/oauth2/v2/auth", url.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("client-1.apps.googleusercontent.com", query["client_id"]);
        Assert.Equal(Redirect.ToString(), query["redirect_uri"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(state, query["state"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(Pkce.ChallengeS256(verifier), query["code_challenge"]);
        Assert.Equal("offline", query["access_type"]);
        Assert.Equal("consent", query["prompt"]);
        Assert.Contains("https://www.googleapis.com/auth/youtube.upload", query["scope"]!.Split(' '));
        Assert.Contains("https://www.googleapis.com/auth/yt-analytics-monetary.readonly", query["scope"]!.Split(' '));
    }

    [Fact]
    public async Task ExchangeCode_PostsTheGrantWithTheVerifier_AndReadsTheTokens()
    {
        TokenEndpointAnswers(200, """
            {"access_token":"ya29.a0AfH6","expires_in":3599,"refresh_token":"1//0gRefresh",
             "scope":"https://www.googleapis.com/auth/youtube.upload https://www.googleapis.com/auth/youtube.readonly","token_type":"Bearer"}
            """);
        var before = DateTimeOffset.UtcNow;

        var tokens = await OAuth().ExchangeCodeAsync("4/0AcodeXYZ", Redirect, "verifier-123", CancellationToken.None);

        Assert.Equal("ya29.a0AfH6", tokens.AccessToken);
        Assert.Equal("1//0gRefresh", tokens.RefreshToken);
        Assert.InRange(tokens.ExpiresAt, before.AddSeconds(3599), DateTimeOffset.UtcNow.AddSeconds(3599));
        Assert.Equal(["https://www.googleapis.com/auth/youtube.upload", "https://www.googleapis.com/auth/youtube.readonly"], tokens.Scopes);
        Assert.Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = "4/0AcodeXYZ", ["redirect_uri"] = Redirect.ToString(),
            ["code_verifier"] = "verifier-123", ["client_id"] = "client-1.apps.googleusercontent.com", ["client_secret"] = "secret-1",
        }, TokenForm());
    }

    [Fact]
    public async Task Refresh_KeepsTheOldRefreshTokenWhenGoogleSendsNone()
    {
        TokenEndpointAnswers(200, """{"access_token":"ya29.new","expires_in":3599,"scope":"https://www.googleapis.com/auth/youtube.upload","token_type":"Bearer"}""");

        var tokens = await OAuth().RefreshAsync("1//0gRefresh", CancellationToken.None);

        Assert.Equal("ya29.new", tokens.AccessToken);
        Assert.Null(tokens.RefreshToken);
        var form = TokenForm();
        Assert.Equal("refresh_token", form["grant_type"]);
        Assert.Equal("1//0gRefresh", form["refresh_token"]);
        Assert.Equal("secret-1", form["client_secret"]);
    }

    [Fact]
    public async Task Refresh_WithARevokedGrant_IsAuthExpired()
    {
        TokenEndpointAnswers(400, """{"error":"invalid_grant","error_description":"Token has been expired or revoked."}""");

        var error = await Assert.ThrowsAsync<PublishingException>(() => OAuth().RefreshAsync("1//0gRevoked", CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.AuthExpired, error.Code);
        Assert.Contains("Token has been expired or revoked.", error.Message);
        Assert.DoesNotContain("1//0gRevoked", error.Message);
        Assert.Single(_fake.Requests("/token", "POST"));
    }

    [Fact]
    public async Task WrongClientSecret_IsNotConfigured()
    {
        TokenEndpointAnswers(401, """{"error":"invalid_client","error_description":"Unauthorized"}""");

        var error = await Assert.ThrowsAsync<PublishingException>(() => OAuth().ExchangeCodeAsync("code", Redirect, "v", CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.NotConfigured, error.Code);
    }

    [Fact]
    public async Task TokenEndpointOutage_IsRetried()
    {
        _fake.Server.Given(Request.Create().WithPath("/token").UsingPost()).InScenario("t").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503));
        _fake.Server.Given(Request.Create().WithPath("/token").UsingPost()).InScenario("t").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"access_token":"ya29.x","expires_in":60,"token_type":"Bearer"}"""));

        var tokens = await OAuth().RefreshAsync("1//0g", CancellationToken.None);

        Assert.Equal("ya29.x", tokens.AccessToken);
        Assert.Equal(_fake.Options().Scopes, tokens.Scopes);
        Assert.Equal(2, _fake.Requests("/token", "POST").Count);
    }

    [Fact]
    public async Task MissingClientId_IsNotConfigured_WithoutACall()
    {
        var oauth = OAuth(o => o.ClientId = "");

        var error = Assert.Throws<PublishingException>(() => oauth.BuildAuthorizationUrl(Redirect, "s", "c"));
        var exchange = await Assert.ThrowsAsync<PublishingException>(() => oauth.ExchangeCodeAsync("code", Redirect, "v", CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.NotConfigured, error.Code);
        Assert.Equal(PublishingErrorCodes.NotConfigured, exchange.Code);
        Assert.Empty(_fake.Server.LogEntries);
    }

    [Fact]
    public async Task Account_IsTheChannelListedForMine()
    {
        _fake.Server.Given(Request.Create().WithPath("/youtube/v3/channels").UsingGet().WithParam("mine", "true").WithParam("part", "snippet")
                .WithHeader("Authorization", "Bearer ya29.fresh"))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""
                {"kind":"youtube#channelListResponse","items":[{"kind":"youtube#channel","id":"UC_x5XG1OV2P6uZZ5FSM9Ttw",
                 "snippet":{"title":"Media Creator Lab","customUrl":"@mediacreatorlab","description":""}}]}
                """));

        var account = await OAuth().GetAccountAsync("ya29.fresh", CancellationToken.None);

        Assert.Equal(new PlatformAccountInfo("UC_x5XG1OV2P6uZZ5FSM9Ttw", "Media Creator Lab", "@mediacreatorlab"), account);
    }

    [Fact]
    public async Task Account_OfAGoogleUserWithoutAChannel_IsRejected()
    {
        _fake.Server.Given(Request.Create().WithPath("/youtube/v3/channels").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"kind":"youtube#channelListResponse","pageInfo":{"totalResults":0}}"""));

        var error = await Assert.ThrowsAsync<PublishingException>(() => OAuth().GetAccountAsync("ya29.fresh", CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.Rejected, error.Code);
    }
}
