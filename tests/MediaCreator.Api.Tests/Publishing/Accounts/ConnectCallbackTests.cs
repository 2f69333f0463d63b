using System.Net;
using MediaCreator.Modules.Core.GraphQL.Relay;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Api.Tests.Publishing.Accounts;

/// <summary>GET /connect/{platform}/callback: the browser arrives by redirect, without a bearer token.</summary>
public sealed class ConnectCallbackTests : IAsyncLifetime
{
    private const string ReturnUrl = "https://app.example/settings/accounts?tab=platforms";
    private AccountsHost _host = null!;
    private readonly Guid _owner = Guid.NewGuid();
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await AccountsHost.StartAsync();
        _browser = _host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _host.DisposeAsync();
    }

    private string Callback(string platform) => new Uri(_host.Factory.Server.BaseAddress, $"/connect/{platform}/callback").ToString();

    [Fact]
    public async Task Callback_CompletesTheConnectionAsTheStatesOwner_AndRedirectsToTheReturnUrl()
    {
        var client = _host.As(_owner);
        var (url, state) = await _host.BeginAsync(client, "YOUTUBE", Callback("youtube"), ReturnUrl);
        Assert.Equal(Callback("youtube"), AccountsHost.Query(url)["redirect_uri"]);

        using var response = await _browser.GetAsync($"/connect/youtube/callback?code=good-cb&state={Uri.EscapeDataString(state)}&scope=x");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("https://app.example/settings/accounts?tab=platforms&", location);
        var query = AccountsHost.Query(location);
        Assert.Equal("connected", query["status"]);
        var row = Assert.Single(await _host.AccountRowsAsync());
        Assert.Equal(GlobalId.Encode("PlatformAccount", row.Id), query["platformAccountId"]);
        Assert.Equal(_owner, row.OwnerId);
        Assert.Equal(Callback("youtube"), _host.Fake.Forms("/token").Single()["redirect_uri"]);
        var listed = await _host.QueryAsync(client, "{ platformAccounts { id externalId } }");
        Assert.Equal(query["platformAccountId"], listed["platformAccounts"]![0]!["id"]!.GetValue<string>());
        Assert.All(FakePlatforms.Secrets, s => Assert.DoesNotContain(s, location));

        using var replay = await _browser.GetAsync($"/connect/youtube/callback?code=good-cb&state={Uri.EscapeDataString(state)}");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Equal(("error", "STATE_USED"), (AccountsHost.Query(replay.Headers.Location!.ToString())["status"],
            AccountsHost.Query(replay.Headers.Location!.ToString())["code"]));
    }

    [Fact]
    public async Task DeniedConsent_RedirectsWithTheErrorCode_AndUsesUpTheState()
    {
        var (_, state) = await _host.BeginAsync(_host.As(_owner), "TIKTOK", Callback("tiktok"), ReturnUrl);

        using var response = await _browser.GetAsync($"/connect/tiktok/callback?error=access_denied&error_description=User+cancelled&state={Uri.EscapeDataString(state)}");

        var query = AccountsHost.Query(response.Headers.Location!.ToString());
        Assert.Equal(("error", "ACCESS_DENIED"), (query["status"], query["code"]));
        Assert.Empty(await _host.AccountRowsAsync());
        Assert.NotNull(Assert.Single(await _host.DbAsync(db => db.OAuthStates.IgnoreQueryFilters().AsNoTracking().ToListAsync())).ConsumedAt);
    }

    [Fact]
    public async Task WithoutAReturnUrl_ASmallPageSaysWhatHappened()
    {
        var (_, state) = await _host.BeginAsync(_host.As(_owner), "YOUTUBE", Callback("youtube"));

        using var ok = await _browser.GetAsync($"/connect/youtube/callback?code=good-page&state={Uri.EscapeDataString(state)}");
        using var unknown = await _browser.GetAsync("/connect/youtube/callback?code=good-page&state=forged");
        using var refused = await _browser.GetAsync($"/connect/youtube/callback?code=bad&state={Uri.EscapeDataString((await _host.BeginAsync(_host.As(_owner), "YOUTUBE", Callback("youtube"))).State)}");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("text/html", ok.Content.Headers.ContentType!.MediaType);
        var page = await ok.Content.ReadAsStringAsync();
        Assert.Contains("Media Creator Lab", page);
        Assert.Contains("connected", page);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("PLATFORM_AUTH_EXPIRED", await refused.Content.ReadAsStringAsync());
        foreach (var body in new[] { page, await unknown.Content.ReadAsStringAsync(), await refused.Content.ReadAsStringAsync() })
            Assert.All(FakePlatforms.Secrets, s => Assert.DoesNotContain(s, body));
    }
}
