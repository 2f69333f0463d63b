using System.Net;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing.Accounts;

/// <summary>beginPlatformAccountConnection(settings: { pageId }) keeps the Page choice for the redirect flow's callback.</summary>
public sealed class FacebookPageChoiceTests : IAsyncLifetime
{
    private const string ReturnUrl = "https://app.example/settings/accounts";
    private AccountsHost _host = null!;
    private readonly Guid _owner = Guid.NewGuid();
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await AccountsHost.StartAsync(new FakePlatforms(facebookPages: 2));
        _browser = _host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _host.DisposeAsync();
    }

    private string Callback => new Uri(_host.Factory.Server.BaseAddress, "/connect/facebook/callback").ToString();

    private async Task<Dictionary<string, string?>> CallbackAsync(string state)
    {
        using var response = await _browser.GetAsync($"/connect/facebook/callback?code=good-fb&state={Uri.EscapeDataString(state)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return AccountsHost.Query(response.Headers.Location!.ToString());
    }

    private async Task<PlatformCredentials> StoredCredentialsAsync()
    {
        using var scope = _host.Factory.Services.CreateScope();
        var protector = scope.ServiceProvider.GetRequiredService<PlatformCredentialProtector>();
        return protector.Unprotect(Assert.Single(await _host.AccountRowsAsync()).ProtectedAuthConfig!);
    }

    [Fact]
    public async Task BeginWithAPageId_ThenTheCallback_ConnectsThatPage()
    {
        var (_, state) = await _host.BeginAsync(_host.As(_owner), "FACEBOOK", Callback, ReturnUrl, settings: new { pageId = "page-2" });
        var stored = Assert.Single(await _host.DbAsync(db => db.OAuthStates.IgnoreQueryFilters().AsNoTracking().ToListAsync()));
        Assert.Contains("page-2", stored.SettingsJson);

        var query = await CallbackAsync(state);

        Assert.Equal("connected", query["status"]);
        var row = Assert.Single(await _host.AccountRowsAsync());
        Assert.Equal(("page-2", "Second Kitchen", _owner), (row.ExternalId, row.Name, row.OwnerId));
        Assert.Equal(GlobalId.Encode("PlatformAccount", row.Id), query["platformAccountId"]);
        var credentials = await StoredCredentialsAsync();
        Assert.Equal((FakePlatforms.Page2Token, FakePlatforms.FacebookLongLived), (credentials.AccessToken, credentials.UserAccessToken));
    }

    [Fact]
    public async Task WithoutAPageId_TheCallbackSaysAPageMustBeChosen_AndAnUnknownPageIsNotFound()
    {
        var (_, unchosen) = await _host.BeginAsync(_host.As(_owner), "FACEBOOK", Callback, ReturnUrl);
        var (_, unknown) = await _host.BeginAsync(_host.As(_owner), "FACEBOOK", Callback, ReturnUrl, settings: new { pageId = "page-9" });

        var notChosen = await CallbackAsync(unchosen);
        var notManaged = await CallbackAsync(unknown);

        Assert.Equal(("error", "REQUIRED"), (notChosen["status"], notChosen["code"]));
        Assert.Equal(("error", "NOT_FOUND"), (notManaged["status"], notManaged["code"]));
        Assert.Empty(await _host.AccountRowsAsync());
    }

    [Fact]
    public async Task ConnectWithoutSettings_UsesThePageChosenAtBegin_AndExplicitSettingsWin()
    {
        var client = _host.As(_owner);
        var (_, state) = await _host.BeginAsync(client, "FACEBOOK", settings: new { pageId = "page-2" });
        var fromBegin = await _host.ConnectAsync(client, "FACEBOOK", "good-fb", state);
        var (_, second) = await _host.BeginAsync(client, "FACEBOOK", settings: new { pageId = "page-2" });
        var overridden = await _host.ConnectAsync(client, "FACEBOOK", "good-fb", second, settings: new { pageId = "page-1" });

        Assert.Equal("page-2", fromBegin["platformAccount"]!["externalId"]!.GetValue<string>());
        Assert.Equal("page-1", overridden["platformAccount"]!["externalId"]!.GetValue<string>());
    }

    [Fact]
    public async Task SettingsThatDoNotApply_AreValidationErrors_AndNoStateIsKept()
    {
        var client = _host.As(_owner);

        var youtube = await _host.MutateAsync(client, "beginPlatformAccountConnection",
            new { platform = "YOUTUBE", redirectUri = AccountsHost.Redirect, settings = new { pageId = "page-1" } }, "authorizationUrl state");
        var unknownKey = await _host.MutateAsync(client, "beginPlatformAccountConnection",
            new { platform = "FACEBOOK", redirectUri = AccountsHost.Redirect, settings = new { page = "page-1" } }, "authorizationUrl state");
        var notText = await _host.MutateAsync(client, "beginPlatformAccountConnection",
            new { platform = "FACEBOOK", redirectUri = AccountsHost.Redirect, settings = new { pageId = 42 } }, "authorizationUrl state");
        var offline = await _host.MutateAsync(client, "beginPlatformAccountConnection",
            new { platform = "RSS_FEED", redirectUri = AccountsHost.Redirect, settings = new { pageId = "page-1" } }, "authorizationUrl state");

        Assert.Equal(("ValidationError", "input.settings.pageId", "INVALID_FORMAT"),
            (AccountsHost.FirstError(youtube), AccountsHost.FirstError(youtube, "field"), AccountsHost.FirstError(youtube, "code")));
        Assert.Equal("input.settings.page", AccountsHost.FirstError(unknownKey, "field"));
        Assert.Equal("input.settings.pageId", AccountsHost.FirstError(notText, "field"));
        Assert.Equal("input.settings.pageId", AccountsHost.FirstError(offline, "field"));
        Assert.All(new[] { youtube, unknownKey, notText, offline }, p => Assert.Null(p["authorizationUrl"]));
        Assert.Empty(await _host.DbAsync(db => db.OAuthStates.IgnoreQueryFilters().AsNoTracking().ToListAsync()));
    }
}
