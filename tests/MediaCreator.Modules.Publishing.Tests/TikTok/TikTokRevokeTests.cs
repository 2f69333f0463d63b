using System.Web;
using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Platforms.TikTok;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Publishing.Tests.TikTok;

/// <summary>TikTokOAuth.RevokeAsync against a fake of https://open.tiktokapis.com/v2/oauth/revoke/.</summary>
public sealed class TikTokRevokeTests : TikTokOAuthFixture
{
    private const string Revoke = "/v2/oauth/revoke/";

    private static OAuthGrant Fresh(string access = "act.live") => new(access, "rft.keep", DateTimeOffset.UtcNow.AddHours(1));

    private void RevokeAnswers(int status, string body) =>
        _server.Given(Request.Create().WithPath(Revoke).UsingPost()).RespondWith(Response.Create().WithStatusCode(status).WithBody(body));

    private List<System.Collections.Specialized.NameValueCollection> Forms(string path) =>
        _server.LogEntries.Where(e => e.RequestMessage!.Path == path).Select(e => HttpUtility.ParseQueryString(e.RequestMessage!.Body ?? "")).ToList();

    [Fact]
    public async Task Revoke_FormPostsClientKeySecretAndTheAccessToken()
    {
        RevokeAnswers(200, "{}");

        await OAuth(maxRetries: 1).RevokeAsync(Fresh(), CancellationToken.None);

        var form = Assert.Single(Forms(Revoke));
        Assert.Equal(("ck-123", "cs-secret", "act.live"), (form["client_key"], form["client_secret"], form["token"]));
        Assert.Equal(3, form.Count);
        Assert.Equal("application/x-www-form-urlencoded", _server.LogEntries.Single().RequestMessage!.Headers!["Content-Type"].Single());
        Assert.Empty(Forms("/v2/oauth/token/"));
    }

    [Fact]
    public async Task ALapsedAccessToken_IsRenewedWithTheRefreshToken_ThenThatOneIsRevoked()
    {
        _server.Given(Request.Create().WithPath("/v2/oauth/token/").UsingPost().WithBody(new RegexMatcher("grant_type=refresh_token")))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(
                """{"access_token":"act.renewed","expires_in":86400,"open_id":"open-1","refresh_token":"rft.next","scope":"video.publish","token_type":"Bearer"}"""));
        RevokeAnswers(200, "");

        await OAuth(maxRetries: 1).RevokeAsync(new OAuthGrant("act.old", "rft.keep", DateTimeOffset.UtcNow.AddMinutes(-5)), CancellationToken.None);

        Assert.Equal("rft.keep", Assert.Single(Forms("/v2/oauth/token/"))["refresh_token"]);
        Assert.Equal("act.renewed", Assert.Single(Forms(Revoke))["token"]);
    }

    [Theory]
    [InlineData(200, """{"error":"invalid_grant","error_description":"Token is invalid.","log_id":"L1"}""")]
    [InlineData(401, """{"data":{},"error":{"code":"access_token_invalid","message":"The access token is invalid or not found in the request.","log_id":"L2"}}""")]
    [InlineData(200, """{"data":{},"error":{"code":"ok","message":"","log_id":"L3"}}""")]
    public async Task AnAlreadyInvalidToken_OrAnOkEnvelope_CountsAsRevoked(int status, string body)
    {
        RevokeAnswers(status, body);

        await OAuth(maxRetries: 1).RevokeAsync(Fresh(), CancellationToken.None);

        Assert.Single(Forms(Revoke));
    }

    [Theory]
    [InlineData(200, """{"error":"invalid_client","error_description":"Client key or secret is incorrect.","log_id":"L4"}""", PublishingErrorCodes.NotConfigured)]
    [InlineData(400, """{"error":"invalid_request","error_description":"Missing token.","log_id":"L5"}""", PublishingErrorCodes.Rejected)]
    [InlineData(500, """{"error":{"code":"internal_error","message":"boom"}}""", PublishingErrorCodes.Unavailable)]
    [InlineData(429, "", PublishingErrorCodes.RateLimited)]
    public async Task Failures_AreTyped_SentOnce_AndNeverCarryTheToken(int status, string body, string code)
    {
        RevokeAnswers(status, body);

        var error = await Assert.ThrowsAsync<PublishingException>(() => OAuth(maxRetries: 1).RevokeAsync(Fresh("act.secret-value"), CancellationToken.None));

        Assert.Equal(code, error.Code);
        Assert.DoesNotContain("act.secret-value", error.Message);
        Assert.DoesNotContain("cs-secret", error.Message);
        Assert.Single(Forms(Revoke));
    }
}
