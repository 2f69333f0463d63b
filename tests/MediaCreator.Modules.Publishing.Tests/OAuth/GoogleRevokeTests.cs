using System.Web;
using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Platforms.YouTube;
using MediaCreator.Modules.Publishing.Tests.YouTube;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Publishing.Tests.OAuth;

/// <summary>GoogleOAuth.RevokeAsync against a fake of https://oauth2.googleapis.com/revoke.</summary>
public sealed class GoogleRevokeTests : GoogleOAuthFixture
{
    private void RevokeAnswers(int status, string body, string path = "/revoke") =>
        _fake.Server.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private WireMock.Logging.ILogEntry RevokeRequest(string path = "/revoke") => Assert.Single(_fake.Requests(path, "POST"));

    [Fact]
    public async Task Revoke_PostsTheRefreshTokenAsAFormBesideTheTokenEndpoint()
    {
        RevokeAnswers(200, "{}");

        await OAuth().RevokeAsync(new OAuthGrant("ya29.access", "1//refresh", DateTimeOffset.UtcNow.AddHours(1)), CancellationToken.None);

        var request = RevokeRequest();
        Assert.Equal(("token", "1//refresh"), (HttpUtility.ParseQueryString(FakeYouTube.Body(request)).AllKeys.Single(), HttpUtility.ParseQueryString(FakeYouTube.Body(request))["token"]));
        Assert.StartsWith("application/x-www-form-urlencoded", FakeYouTube.Header(request, "Content-Type"));
        Assert.DoesNotContain("1//refresh", request.RequestMessage!.Url);
        Assert.DoesNotContain("ya29.access", FakeYouTube.Body(request));
    }

    [Fact]
    public async Task Revoke_WithoutARefreshToken_RevokesTheAccessToken_AtAConfiguredUrl()
    {
        RevokeAnswers(200, "", "/custom/revoke");

        await OAuth(o => o.RevokeUrl = _fake.Url + "/custom/revoke").RevokeAsync(new OAuthGrant("ya29.only", null, null), CancellationToken.None);

        Assert.Equal("ya29.only", HttpUtility.ParseQueryString(FakeYouTube.Body(RevokeRequest("/custom/revoke")))["token"]);
    }

    [Theory]
    [InlineData("""{"error":"invalid_token","error_description":"Token expired or revoked"}""")]
    [InlineData("""{"error":"invalid_grant","error_description":"Bad Request"}""")]
    public async Task AnAlreadyInvalidToken_CountsAsRevoked(string body)
    {
        RevokeAnswers(400, body);

        await OAuth().RevokeAsync(new OAuthGrant("ya29.a", "1//gone", null), CancellationToken.None);

        Assert.Single(_fake.Requests("/revoke", "POST"));
    }

    [Theory]
    [InlineData(400, """{"error":"invalid_request","error_description":"Missing token"}""", PublishingErrorCodes.Rejected, "invalid_request")]
    [InlineData(503, "Service Unavailable", PublishingErrorCodes.Unavailable, "503")]
    [InlineData(429, "{}", PublishingErrorCodes.RateLimited, "429")]
    public async Task OtherAnswers_AreTypedFailures_NotRetried_WithoutTheToken(int status, string body, string code, string mentioned)
    {
        RevokeAnswers(status, body);

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            OAuth().RevokeAsync(new OAuthGrant("ya29.a", "1//secret-refresh", null), CancellationToken.None));

        Assert.Equal(code, error.Code);
        Assert.Contains(mentioned, error.Message);
        Assert.DoesNotContain("1//secret-refresh", error.Message);
        Assert.Single(_fake.Requests("/revoke", "POST"));
    }

    [Fact]
    public async Task AnUnreachableEndpoint_IsUnavailable()
    {
        var closed = _fake.Url;
        _fake.Server.Stop();

        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            OAuth(o => o.TokenUrl = closed + "/token").RevokeAsync(new OAuthGrant("ya29.a", "1//r", null), CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.Unavailable, error.Code);
    }
}
