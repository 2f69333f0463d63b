using MediaCreator.Modules.Publishing.Platforms.OAuth;
using MediaCreator.Modules.Publishing.Platforms.TikTok;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing.Accounts;

/// <summary>beginPlatformAccountConnection / connectPlatformAccount against fake Google, TikTok and Facebook OAuth servers.</summary>
public sealed class OAuthConnectionTests : IAsyncLifetime
{
    private AccountsHost _host = null!;
    private readonly Guid _owner = Guid.NewGuid();

    public async Task InitializeAsync() => _host = await AccountsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Begin_ReturnsTheConsentUrlWithClientRedirectStateAndPkceChallenge_AndStoresOnlyTheStateHash()
    {
        var client = _host.As(_owner);

        var (url, state) = await _host.BeginAsync(client, "YOUTUBE");

        Assert.StartsWith(_host.Fake.Url + "/o/oauth2/v2/auth?", url);
        var query = AccountsHost.Query(url);
        Assert.Equal("yt-client.apps.googleusercontent.com", query["client_id"]);
        Assert.Equal(AccountsHost.Redirect, query["redirect_uri"]);
        Assert.Equal(state, query["state"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", query["code_challenge"]);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", state);
        var row = Assert.Single(await _host.DbAsync(db => db.OAuthStates.IgnoreQueryFilters().AsNoTracking().ToListAsync()));
        Assert.Equal((_owner, "youtube", AccountsHost.Redirect), (row.OwnerId, row.Platform, row.RedirectUri));
        Assert.NotEqual(state, row.StateHash);
        Assert.Equal(64, row.StateHash.Length);
        Assert.DoesNotContain(row.ProtectedCodeVerifier!, url);
        Assert.InRange(row.ExpiresAt - row.CreatedAt, TimeSpan.FromMinutes(9.9), TimeSpan.FromMinutes(10.1));
        Assert.Null(row.ConsumedAt);
    }

    [Fact]
    public async Task Connect_ExchangesTheCodeWithTheVerifierOfTheChallenge_AndStoresTheAccountWithEncryptedTokens()
    {
        var client = _host.As(_owner);
        var (url, state) = await _host.BeginAsync(client, "YOUTUBE");

        var payload = await _host.ConnectAsync(client, "YOUTUBE", "good-code-1", state);

        Assert.True(payload["errors"] is null, payload.ToJsonString());
        var account = payload["platformAccount"]!;
        Assert.Equal(("YOUTUBE", "UC_channel_1", "Media Creator Lab", "@mediacreatorlab", "CONNECTED"),
            (account["platform"]!.GetValue<string>(), account["externalId"]!.GetValue<string>(), account["name"]!.GetValue<string>(),
             account["handle"]!.GetValue<string>(), account["connectionStatus"]!.GetValue<string>()));
        Assert.Contains("https://www.googleapis.com/auth/youtube.upload", account["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        // The token request carried the verifier whose S256 challenge went out in the consent URL.
        var form = _host.Fake.Forms("/token").Single();
        Assert.Equal(("authorization_code", "good-code-1", AccountsHost.Redirect), (form["grant_type"], form["code"], form["redirect_uri"]));
        Assert.Equal(AccountsHost.Query(url)["code_challenge"], Pkce.ChallengeS256(form["code_verifier"]!));
        var row = Assert.Single(await _host.AccountRowsAsync());
        Assert.Equal((_owner, "youtube"), (row.OwnerId, row.Platform));
        var column = Assert.Single(await _host.AuthConfigColumnAsync());
        Assert.DoesNotContain(FakePlatforms.YouTubeAccess, column);
        Assert.DoesNotContain(FakePlatforms.YouTubeRefresh, column);
        Assert.DoesNotContain("REFRESH", column);
        // The state is used: a replay is refused.
        var replay = await _host.ConnectAsync(client, "YOUTUBE", "good-code-1", state);
        Assert.Equal(("PlatformAuthorizationError", "STATE_USED"), (AccountsHost.FirstError(replay), AccountsHost.FirstError(replay, "code")));
        Assert.Single(await _host.AccountRowsAsync());
        var listed = await _host.QueryAsync(client, $"{{ platformAccounts {{ {AccountsHost.AccountFields} }} }}");
        Assert.Single(listed["platformAccounts"]!.AsArray());
        Assert.All(_host.Bodies, body => Assert.All(FakePlatforms.Secrets, secret => Assert.DoesNotContain(secret, body)));
    }

    [Fact]
    public async Task Reconnecting_TheSameAccount_UpdatesItsRow_AndAnotherOwnerGetsItsOwn()
    {
        var client = _host.As(_owner);
        var first = await _host.ConnectOAuthAsync(client, "YOUTUBE");
        await _host.DbAsync(async db =>
        {
            var row = await db.PlatformAccounts.IgnoreQueryFilters().SingleAsync();
            row.ConnectionStatus = Modules.Publishing.Dashboard.PlatformConnectionStatus.Expired;
            row.ConnectionError = "refresh refused";
            row.ProtectedAuthConfig = "stale";
            return await db.SaveChangesAsync();
        });

        var second = await _host.ConnectOAuthAsync(client, "YOUTUBE");
        var other = await _host.ConnectOAuthAsync(_host.As(Guid.NewGuid()), "YOUTUBE");

        Assert.Equal(first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>());
        Assert.Equal("CONNECTED", second["connectionStatus"]!.GetValue<string>());
        Assert.Null(second["connectionError"]);
        Assert.NotEqual(first["id"]!.GetValue<string>(), other["id"]!.GetValue<string>());
        var rows = await _host.AccountRowsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal(1, rows.Count(r => r.OwnerId == _owner));
        Assert.NotEqual("stale", rows.Single(r => r.OwnerId == _owner).ProtectedAuthConfig);
        Assert.NotNull(rows.Single(r => r.OwnerId == _owner).UpdatedAt);
    }

    [Fact]
    public async Task WrongExpiredOtherOwnersOrMismatchedStates_AndRefusedCodes_ArePlatformAuthorizationErrors()
    {
        var client = _host.As(_owner);
        var (_, expired) = await _host.BeginAsync(client, "YOUTUBE");
        await _host.DbAsync(db => db.OAuthStates.IgnoreQueryFilters().ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        var (_, ofOther) = await _host.BeginAsync(_host.As(Guid.NewGuid()), "YOUTUBE");
        var (_, youTubeState) = await _host.BeginAsync(client, "YOUTUBE");
        var (_, refusedState) = await _host.BeginAsync(client, "YOUTUBE");

        var cases = new (string Expected, Task<System.Text.Json.Nodes.JsonNode> Call)[]
        {
            ("STATE_INVALID", _host.ConnectAsync(client, "YOUTUBE", "good-code", OAuthState.Create())),
            ("STATE_EXPIRED", _host.ConnectAsync(client, "YOUTUBE", "good-code", expired)),
            ("STATE_INVALID", _host.ConnectAsync(client, "YOUTUBE", "good-code", ofOther)),
            ("STATE_INVALID", _host.ConnectAsync(client, "TIKTOK", "good-code", youTubeState)),
            ("REDIRECT_URI_MISMATCH", _host.ConnectAsync(client, "YOUTUBE", "good-code", youTubeState, "https://evil.example/cb")),
            ("PLATFORM_AUTH_EXPIRED", _host.ConnectAsync(client, "YOUTUBE", "bad-code", refusedState)),
        };
        foreach (var (expected, call) in cases)
        {
            var payload = await call;
            Assert.Equal("PlatformAuthorizationError", AccountsHost.FirstError(payload));
            Assert.Equal(expected, AccountsHost.FirstError(payload, "code"));
            Assert.Null(payload["platformAccount"]);
        }
        Assert.Empty(await _host.AccountRowsAsync());
        var missing = await _host.MutateAsync(client, "connectPlatformAccount", new { platform = "YOUTUBE", redirectUri = AccountsHost.Redirect },
            "platformAccount { id }");
        Assert.Equal(("ValidationError", "REQUIRED"), (AccountsHost.FirstError(missing), AccountsHost.FirstError(missing, "code")));
    }

    [Fact]
    public async Task ConcurrentConnects_WithOneState_ExchangeTheCodeOnce()
    {
        var (_, state) = await _host.BeginAsync(_host.As(_owner), "YOUTUBE");

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _host.ConnectAsync(_host.As(_owner), "YOUTUBE", "good-race", state)));

        Assert.Single(results, r => r["errors"] is null);
        Assert.All(results.Where(r => r["errors"] is not null), r => Assert.Equal("STATE_USED", AccountsHost.FirstError(r, "code")));
        Assert.Single(_host.Fake.Forms("/token"));
        Assert.Single(await _host.AccountRowsAsync());
    }

    [Fact]
    public async Task Begin_DropsTheCallersLongExpiredStates_NotAnotherOwners()
    {
        var other = Guid.NewGuid();
        await _host.BeginAsync(_host.As(_owner), "YOUTUBE");
        await _host.BeginAsync(_host.As(other), "YOUTUBE");
        await _host.DbAsync(db => db.OAuthStates.IgnoreQueryFilters().ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, DateTime.UtcNow.AddDays(-2))));

        await _host.BeginAsync(_host.As(_owner), "TIKTOK");

        var rows = await _host.DbAsync(db => db.OAuthStates.IgnoreQueryFilters().AsNoTracking().ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Single(rows, r => r.OwnerId == other);
        Assert.Equal("tiktok", rows.Single(r => r.OwnerId == _owner).Platform);
    }

    [Fact]
    public async Task TikTok_UsesItsHexChallengeAndClientKey_AndConnectsTheUser()
    {
        var client = _host.As(_owner);
        var (url, state) = await _host.BeginAsync(client, "TIKTOK");
        Assert.StartsWith(_host.Fake.Url + "/v2/auth/authorize/?", url);
        var query = AccountsHost.Query(url);
        Assert.Equal(("tt-client-key", state, "S256"), (query["client_key"], query["state"], query["code_challenge_method"]));

        var account = (await _host.ConnectAsync(client, "TIKTOK", "good-tt", state))["platformAccount"]!;

        Assert.Equal(("open-1", "Bangkok Bites", "bkkbites"),
            (account["externalId"]!.GetValue<string>(), account["name"]!.GetValue<string>(), account["handle"]!.GetValue<string>()));
        var form = _host.Fake.Forms("/v2/oauth/token/").Single();
        Assert.Equal(query["code_challenge"], TikTokPkce.Challenge(form["code_verifier"]!));
        Assert.All(await _host.AuthConfigColumnAsync(), c => Assert.DoesNotContain(FakePlatforms.TikTokAccess, c));
    }

    [Fact]
    public async Task Facebook_StoresThePageToken_OfTheOnlyPage()
    {
        var client = _host.As(_owner);

        var account = await _host.ConnectOAuthAsync(client, "FACEBOOK");

        Assert.Equal(("page-1", "Bangkok Bites"), (account["externalId"]!.GetValue<string>(), account["name"]!.GetValue<string>()));
        var credentials = await _host.DbAsync(async db =>
        {
            using var scope = _host.Factory.Services.CreateScope();
            var protector = scope.ServiceProvider.GetRequiredService<Modules.Publishing.Accounts.PlatformCredentialProtector>();
            return protector.Unprotect((await db.PlatformAccounts.IgnoreQueryFilters().SingleAsync()).ProtectedAuthConfig!);
        });
        Assert.Equal(FakePlatforms.Page1Token, credentials.AccessToken);
        Assert.DoesNotContain(FakePlatforms.Page1Token, Assert.Single(await _host.AuthConfigColumnAsync()));
    }

    [Fact]
    public async Task Facebook_WithSeveralPages_ListsThemUntilSettingsPickOne()
    {
        await _host.DisposeAsync();
        _host = await AccountsHost.StartAsync(new FakePlatforms(facebookPages: 2));
        var client = _host.As(_owner);

        var (_, state) = await _host.BeginAsync(client, "FACEBOOK");
        var unpicked = await _host.ConnectAsync(client, "FACEBOOK", "good-fb", state);
        var picked = await _host.ConnectOAuthAsync(client, "FACEBOOK", settings: new { pageId = "page-2" });

        Assert.Equal(("ValidationError", "REQUIRED", "input.settings.pageId"),
            (AccountsHost.FirstError(unpicked), AccountsHost.FirstError(unpicked, "code"), AccountsHost.FirstError(unpicked, "field")));
        Assert.Contains("page-1 (Bangkok Bites)", AccountsHost.FirstError(unpicked, "message"));
        Assert.Contains("page-2 (Second Kitchen)", AccountsHost.FirstError(unpicked, "message"));
        Assert.Equal("page-2", picked["externalId"]!.GetValue<string>());
        Assert.Single(await _host.AccountRowsAsync());
    }

    [Fact]
    public async Task UnconfiguredPlatform_IsProviderUnavailable_AndOfflinePlatformsNeedNoConsent()
    {
        await _host.DisposeAsync();
        _host = await AccountsHost.StartAsync(configured: false);
        var client = _host.As(_owner);

        var youtube = await _host.MutateAsync(client, "beginPlatformAccountConnection", new { platform = "YOUTUBE", redirectUri = AccountsHost.Redirect },
            "authorizationUrl state");
        var rss = await _host.MutateAsync(client, "beginPlatformAccountConnection", new { platform = "RSS_FEED", redirectUri = AccountsHost.Redirect },
            "authorizationUrl state");
        var badRedirect = await _host.MutateAsync(client, "beginPlatformAccountConnection", new { platform = "TIKTOK", redirectUri = "ftp://x.example/cb" },
            "authorizationUrl state");

        Assert.Equal("ProviderUnavailableError", AccountsHost.FirstError(youtube));
        Assert.Contains("client id and secret", AccountsHost.FirstError(youtube, "message"));
        Assert.Null(youtube["authorizationUrl"]);
        Assert.True(rss["errors"] is null);
        Assert.Null(rss["authorizationUrl"]);
        Assert.Null(rss["state"]);
        Assert.Equal(("ValidationError", "input.redirectUri"), (AccountsHost.FirstError(badRedirect), AccountsHost.FirstError(badRedirect, "field")));
        Assert.Empty(await _host.DbAsync(db => db.OAuthStates.IgnoreQueryFilters().ToListAsync()));
    }

    [Fact]
    public async Task Begin_WithAChannel_AssignsTheConnectedAccountToIt()
    {
        var client = _host.As(_owner);
        var channel = await DashboardApi.CreateAsync(client, "createChannel", new { name = "Cooking" }, "channel");
        var (_, state) = await _host.BeginAsync(client, "YOUTUBE", channelId: channel);

        var account = (await _host.ConnectAsync(client, "YOUTUBE", "good-code", state))["platformAccount"]!;
        var listed = await _host.QueryAsync(client, "query($c: ID!) { channel(id: $c) { platformAccounts { id } } }", new { c = channel });

        Assert.Equal(channel, account["channel"]!["id"]!.GetValue<string>());
        Assert.Equal(account["id"]!.GetValue<string>(), listed["channel"]!["platformAccounts"]![0]!["id"]!.GetValue<string>());
        var foreignChannel = await DashboardApi.CreateAsync(_host.As(Guid.NewGuid()), "createChannel", new { name = "Theirs" }, "channel");
        var foreign = await _host.MutateAsync(client, "beginPlatformAccountConnection",
            new { platform = "YOUTUBE", redirectUri = AccountsHost.Redirect, channelId = foreignChannel }, "state");
        Assert.Equal(("ValidationError", "input.channelId", "NOT_FOUND"),
            (AccountsHost.FirstError(foreign), AccountsHost.FirstError(foreign, "field"), AccountsHost.FirstError(foreign, "code")));
    }
}
