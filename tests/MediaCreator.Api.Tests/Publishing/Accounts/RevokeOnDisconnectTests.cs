using System.Text.Json.Nodes;
using System.Web;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Api.Tests.Publishing.Accounts;

/// <summary>disconnectPlatformAccount revokes the grant at the platform, and never stays connected because a platform failed.</summary>
public sealed class RevokeOnDisconnectTests : IAsyncLifetime
{
    private const string Selection = "disconnectedPlatformAccountId revokedAtPlatform revokeErrorCode revokeError";
    private AccountsHost _host = null!;
    private readonly Guid _owner = Guid.NewGuid();

    public async Task InitializeAsync() => _host = await AccountsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<JsonNode> DisconnectAsync(Guid owner, string accountId) =>
        _host.MutateAsync(_host.As(owner), "disconnectPlatformAccount", new { platformAccountId = accountId }, Selection);

    private async Task<string> ConnectAsync(string platform) => (await _host.ConnectOAuthAsync(_host.As(_owner), platform))["id"]!.GetValue<string>();

    /// <summary>What the platform's revocation endpoint received: the token it was asked to revoke, and the client fields.</summary>
    private (string? Token, string? ClientKey, string? ClientSecret) Received(string platform)
    {
        if (platform == "FACEBOOK")
        {
            var call = Assert.Single(_host.Fake.Requests(FakePlatforms.FacebookPermissions, "DELETE"));
            return (call.Headers!["Authorization"].Single().Replace("Bearer ", ""), null, null);
        }
        var path = platform == "YOUTUBE" ? FakePlatforms.GoogleRevoke : FakePlatforms.TikTokRevoke;
        var form = HttpUtility.ParseQueryString(Assert.Single(_host.Fake.Requests(path, "POST")).Body!);
        return (form["token"], form["client_key"], form["client_secret"]);
    }

    private static void AssertNoSecrets(IEnumerable<string> texts) =>
        Assert.All(texts, text => Assert.All(FakePlatforms.Secrets.Append("tt-client-secret").Append("fb-app-secret"), s => Assert.DoesNotContain(s, text)));

    [Theory]
    [InlineData("YOUTUBE", FakePlatforms.YouTubeRefresh, null)]
    [InlineData("TIKTOK", FakePlatforms.TikTokAccess, "tt-client-key")]
    [InlineData("FACEBOOK", FakePlatforms.FacebookLongLived, null)]
    public async Task Disconnect_RevokesTheDecryptedGrantAtThePlatform_ThenDeletesTheAccount(string platform, string token, string? clientKey)
    {
        var account = await ConnectAsync(platform);

        var payload = await DisconnectAsync(_owner, account);

        Assert.True(payload["errors"] is null, payload.ToJsonString());
        Assert.Equal(account, payload["disconnectedPlatformAccountId"]!.GetValue<string>());
        Assert.True(payload["revokedAtPlatform"]!.GetValue<bool>());
        Assert.Null(payload["revokeErrorCode"]);
        Assert.Null(payload["revokeError"]);
        var received = Received(platform);
        Assert.Equal(token, received.Token);
        Assert.Equal(clientKey, received.ClientKey);
        Assert.Equal(clientKey is null ? null : "tt-client-secret", received.ClientSecret);
        Assert.Empty(await _host.AccountRowsAsync());
        AssertNoSecrets(_host.Bodies);
    }

    [Theory]
    [InlineData("YOUTUBE")]
    [InlineData("TIKTOK")]
    [InlineData("FACEBOOK")]
    public async Task APlatformAnswering503_DoesNotKeepTheOwnerConnected_AndThePayloadSaysWhy(string platform)
    {
        var account = await ConnectAsync(platform);
        await PastPublicationAsync(account);
        _host.Fake.RevocationAnswers(503, """{"error":"backend_error"}""");

        var payload = await DisconnectAsync(_owner, account);

        Assert.True(payload["errors"] is null, payload.ToJsonString());
        Assert.Equal(account, payload["disconnectedPlatformAccountId"]!.GetValue<string>());
        Assert.False(payload["revokedAtPlatform"]!.GetValue<bool>());
        Assert.Equal("PLATFORM_UNAVAILABLE", payload["revokeErrorCode"]!.GetValue<string>());
        Assert.Contains("503", payload["revokeError"]!.GetValue<string>());
        Assert.NotNull(Received(platform).Token);
        var row = Assert.Single(await _host.AccountRowsAsync());
        Assert.Equal(PlatformConnectionStatus.Revoked, row.ConnectionStatus);
        Assert.Null(row.ProtectedAuthConfig);
        Assert.Contains("did not confirm", row.ConnectionError);
        AssertNoSecrets(_host.Bodies);
    }

    [Fact]
    public async Task AnUnreachablePlatform_IsDisconnectedHereAnyway()
    {
        var account = await ConnectAsync("YOUTUBE");
        _host.Fake.Server.Stop();

        var payload = await DisconnectAsync(_owner, account);

        Assert.False(payload["revokedAtPlatform"]!.GetValue<bool>());
        Assert.Equal("PLATFORM_UNAVAILABLE", payload["revokeErrorCode"]!.GetValue<string>());
        Assert.Empty(await _host.AccountRowsAsync());
    }

    [Fact]
    public async Task GoogleSayingTheTokenIsAlreadyInvalid_CountsAsRevoked()
    {
        var account = await ConnectAsync("YOUTUBE");
        _host.Fake.RevocationAnswers(400, """{"error":"invalid_token","error_description":"Token expired or revoked"}""");

        var payload = await DisconnectAsync(_owner, account);

        Assert.True(payload["revokedAtPlatform"]!.GetValue<bool>());
        Assert.Null(payload["revokeError"]);
        Assert.Empty(await _host.AccountRowsAsync());
    }

    [Fact]
    public async Task OfflineAccounts_HaveNothingToRevoke_AndCallNoPlatform()
    {
        var folder = await _host.MutateAsync(_host.As(_owner), "connectPlatformAccount", new { platform = "FOLDER", settings = new { folder = "out" } },
            "platformAccount { id }");

        var payload = await DisconnectAsync(_owner, folder["platformAccount"]!["id"]!.GetValue<string>());

        Assert.True(payload["errors"] is null, payload.ToJsonString());
        Assert.Null(payload["revokedAtPlatform"]);
        Assert.Null(payload["revokeErrorCode"]);
        Assert.Empty(_host.Fake.Server.LogEntries);
        Assert.Empty(await _host.AccountRowsAsync());
    }

    [Fact]
    public async Task AnotherOwner_CannotDisconnect_NorTriggerARevocation()
    {
        var account = await ConnectAsync("TIKTOK");

        var payload = await DisconnectAsync(Guid.NewGuid(), account);

        Assert.Equal("NotFoundError", AccountsHost.FirstError(payload));
        Assert.Null(payload["revokedAtPlatform"]);
        Assert.Empty(_host.Fake.Requests(FakePlatforms.TikTokRevoke, "POST"));
        Assert.Equal(PlatformConnectionStatus.Connected, Assert.Single(await _host.AccountRowsAsync()).ConnectionStatus);
    }

    [Fact]
    public async Task DisconnectingAnAlreadyDisconnectedAccount_SaysThereWasNothingToRevokeWith()
    {
        var account = await ConnectAsync("YOUTUBE");
        await PastPublicationAsync(account);
        await DisconnectAsync(_owner, account);

        var again = await DisconnectAsync(_owner, account);

        Assert.False(again["revokedAtPlatform"]!.GetValue<bool>());
        Assert.Equal("ACCOUNT_NOT_CONNECTED", again["revokeErrorCode"]!.GetValue<string>());
        Assert.Single(_host.Fake.Requests(FakePlatforms.GoogleRevoke, "POST"));
    }

    private async Task PastPublicationAsync(string accountId)
    {
        var (_, channel, _, episode) = await DashboardApi.StructureAsync(_host.As(_owner));
        await _host.DbAsync(async db =>
        {
            db.Publications.Add(new PublicationRecord
            {
                OwnerId = _owner, EpisodeId = GlobalId.DecodeFor("Episode", episode), ChannelId = GlobalId.DecodeFor("ContentChannel", channel),
                PlatformAccountId = GlobalId.DecodeFor("PlatformAccount", accountId), Platform = "youtube", Status = PublicationStatus.Published,
            });
            return await db.SaveChangesAsync();
        });
    }
}
