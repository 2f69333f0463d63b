using MediaCreator.Modules.Publishing.Platforms;
using MediaCreator.Modules.Publishing.Platforms.Facebook;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Publishing.Tests.Facebook;

/// <summary>FacebookOAuth.RevokeAsync: DELETE /{version}/me/permissions with the user access token.</summary>
public sealed class FacebookRevokeTests : FacebookOAuthFixture
{
    private const string Permissions = "/v19.0/me/permissions";

    private static OAuthGrant PageGrant(string user = "EAA-user-long") => new("EAA-page", null, null, user);

    private void DeleteAnswers(int status, string body) =>
        _server.Given(Request.Create().WithPath(Permissions).UsingDelete()).RespondWith(Response.Create().WithStatusCode(status).WithBody(body));

    private List<WireMock.IRequestMessage> Calls() => _server.LogEntries.Select(e => e.RequestMessage!).Where(m => m.Path == Permissions).ToList();

    [Fact]
    public async Task Revoke_DeletesTheUsersPermissions_WithTheUserTokenInTheHeader()
    {
        DeleteAnswers(200, """{"success":true}""");

        await OAuth().RevokeAsync(PageGrant(), CancellationToken.None);

        var call = Assert.Single(Calls());
        Assert.Equal("DELETE", call.Method);
        Assert.Equal("Bearer EAA-user-long", call.Headers!["Authorization"].Single());
        Assert.DoesNotContain("EAA", call.Url);
    }

    [Theory]
    [InlineData(400, """{"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"T1"}}""")]
    [InlineData(200, "true")]
    public async Task AnExpiredToken_OrAPlainTrue_CountsAsRevoked(int status, string body)
    {
        DeleteAnswers(status, body);

        await OAuth().RevokeAsync(PageGrant(), CancellationToken.None);

        Assert.Single(Calls());
    }

    [Theory]
    [InlineData(400, """{"error":{"message":"(#200) Permissions error","type":"OAuthException","code":200,"fbtrace_id":"T2"}}""", PublishingErrorCodes.Rejected)]
    [InlineData(200, """{"success":false}""", PublishingErrorCodes.Rejected)]
    [InlineData(400, """{"error":{"message":"Application request limit reached","type":"OAuthException","code":4,"fbtrace_id":"T3"}}""", PublishingErrorCodes.RateLimited)]
    [InlineData(503, "", PublishingErrorCodes.Unavailable)]
    public async Task Failures_AreTyped_AndSentOnce(int status, string body, string code)
    {
        DeleteAnswers(status, body);

        var error = await Assert.ThrowsAsync<PublishingException>(() => OAuth().RevokeAsync(PageGrant(), CancellationToken.None));

        Assert.Equal(code, error.Code);
        Assert.DoesNotContain("EAA-user-long", error.Message);
        Assert.Single(Calls());
    }

    [Fact]
    public async Task APageKeptWithoutItsUserToken_CannotBeRevokedFromHere()
    {
        var error = await Assert.ThrowsAsync<PublishingException>(() =>
            OAuth().RevokeAsync(new OAuthGrant("EAA-page", null, null), CancellationToken.None));

        Assert.Equal(PublishingErrorCodes.Unsupported, error.Code);
        Assert.Empty(_server.LogEntries);
    }
}
