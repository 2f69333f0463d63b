using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Publishing.Accounts;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing.Accounts;

/// <summary>Stored credentials: readable by every instance on the database, refreshed through the connection factory.</summary>
public sealed class StoredCredentialsTests : IAsyncLifetime
{
    private AccountsHost _host = null!;
    private readonly Guid _owner = Guid.NewGuid();

    // A one-second access token: the token source refreshes anything expiring within a minute.
    public async Task InitializeAsync() => _host = await AccountsHost.StartAsync(new FakePlatforms(youTubeExpiresIn: 1), keepDatabase: true);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _host.Factory.Database.DisposeAsync();
    }

    private async Task<string> AccessTokenAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<PublishingDbContext>().PlatformAccounts.IgnoreQueryFilters().AsNoTracking().SingleAsync();
        var connection = scope.ServiceProvider.GetRequiredService<IPlatformConnectionFactory>().Connect(account);
        Assert.Equal("UC_channel_1", connection.AccountExternalId);
        return await connection.Tokens.GetAccessTokenAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ASecondInstanceOnTheSameDatabase_DecryptsTheStoredCredentials()
    {
        await _host.ConnectOAuthAsync(_host.As(_owner), "YOUTUBE");
        var stored = Assert.Single(await _host.AccountRowsAsync()).ProtectedAuthConfig!;

        await using var second = new ApiFactory(_host.Factory.Database, "Production", _host.Fake.Settings(Path.GetTempPath())) { KeepsDatabase = true };
        var credentials = second.Services.GetRequiredService<PlatformCredentialProtector>().Unprotect(stored);

        Assert.Equal((FakePlatforms.YouTubeAccess, FakePlatforms.YouTubeRefresh), (credentials.AccessToken, credentials.RefreshToken));
        var keys = await _host.DbAsync(db => db.DataProtectionKeys.ToListAsync());
        Assert.NotEmpty(keys);
        // The key ring is encrypted at rest (AES-GCM with a secret outside the database): no key material in clear.
        Assert.All(keys, k =>
        {
            Assert.Contains("encryptedKey algorithm=\"AES-256-GCM\"", k.Xml!, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", k.Xml!, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AnExpiringToken_IsRefreshedAtTheTokenEndpoint_AndTheNewOneStored()
    {
        await _host.ConnectOAuthAsync(_host.As(_owner), "YOUTUBE");
        _host.Fake.RefreshesGoogleWith("ya29.REFRESHED-ACCESS");

        var token = await AccessTokenAsync(_host.Factory.Services);

        Assert.Equal("ya29.REFRESHED-ACCESS", token);
        var refresh = _host.Fake.Forms("/token").Single(f => f["grant_type"] == "refresh_token");
        Assert.Equal(FakePlatforms.YouTubeRefresh, refresh["refresh_token"]);
        var row = Assert.Single(await _host.AccountRowsAsync());
        var credentials = _host.Factory.Services.GetRequiredService<PlatformCredentialProtector>().Unprotect(row.ProtectedAuthConfig!);
        Assert.Equal(("ya29.REFRESHED-ACCESS", FakePlatforms.YouTubeRefresh), (credentials.AccessToken, credentials.RefreshToken));
        Assert.DoesNotContain("REFRESHED", row.ProtectedAuthConfig);
        Assert.Equal(PlatformConnectionStatus.Connected, row.ConnectionStatus);
        // The new token is valid for an hour: no second refresh.
        Assert.Equal("ya29.REFRESHED-ACCESS", await AccessTokenAsync(_host.Factory.Services));
        Assert.Single(_host.Fake.Forms("/token"), f => f["grant_type"] == "refresh_token");
    }

    [Fact]
    public async Task ARefusedRefresh_MarksTheAccountExpiredWithTheReason_VisibleThroughGraphQL()
    {
        var client = _host.As(_owner);
        await _host.ConnectOAuthAsync(client, "YOUTUBE");
        _host.Fake.RefusesGoogleRefresh();

        var error = await Assert.ThrowsAsync<PublishingException>(() => AccessTokenAsync(_host.Factory.Services));

        Assert.Equal(PublishingErrorCodes.AuthExpired, error.Code);
        var account = (await _host.QueryAsync(client, "{ platformAccounts { connectionStatus connectionError } }"))["platformAccounts"]![0]!;
        Assert.Equal("EXPIRED", account["connectionStatus"]!.GetValue<string>());
        Assert.Contains("Token has been expired or revoked.", account["connectionError"]!.GetValue<string>());
    }
}
