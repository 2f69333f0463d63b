using System.Text.Json.Nodes;
using MediaCreator.Modules.Publishing.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing.Accounts;

/// <summary>RSS_FEED, FOLDER and WEBHOOK accounts connect with settings (and the webhook's write-only secret).</summary>
public sealed class OfflineAccountTests : IAsyncLifetime
{
    private AccountsHost _host = null!;
    private readonly Guid _owner = Guid.NewGuid();

    public async Task InitializeAsync() => _host = await AccountsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private Task<JsonNode> ConnectAsync(Guid owner, string platform, object? settings, string? secret = null) =>
        _host.MutateAsync(_host.As(owner), "connectPlatformAccount", new { platform, settings, secret }, "platformAccount { " + AccountsHost.AccountFields + " }");

    [Fact]
    public async Task RssFeed_GetsAGeneratedFeedSlug_AndKeepsItsChannelSettings()
    {
        var payload = await ConnectAsync(_owner, "RSS_FEED", new
        {
            title = "Thai Kitchen Daily", description = "Five-minute recipes", author = "Som", language = "th", category = "Arts",
            @explicit = false, imageUrl = "https://cdn.example/cover.jpg",
        });

        var account = payload["platformAccount"]!;
        Assert.Equal(("RSS_FEED", "Thai Kitchen Daily", "CONNECTED"),
            (account["platform"]!.GetValue<string>(), account["name"]!.GetValue<string>(), account["connectionStatus"]!.GetValue<string>()));
        Assert.Matches("^thai-kitchen-daily-[0-9a-f]{8}$", account["externalId"]!.GetValue<string>());
        var metadata = account["metadata"]!;
        Assert.Equal(("Five-minute recipes", "Som", "th", "Arts", false, "https://cdn.example/cover.jpg"),
            (metadata["description"]!.GetValue<string>(), metadata["author"]!.GetValue<string>(), metadata["language"]!.GetValue<string>(),
             metadata["category"]!.GetValue<string>(), metadata["explicit"]!.GetValue<bool>(), metadata["imageUrl"]!.GetValue<string>()));

        var thai = await ConnectAsync(_owner, "RSS_FEED", new { title = "ครัวไทย" });
        Assert.Matches("^feed-[0-9a-f]{8}$", thai["platformAccount"]!["externalId"]!.GetValue<string>());
        var update = await ConnectAsync(_owner, "RSS_FEED", new { title = "Thai Kitchen Weekly", feedId = account["externalId"]!.GetValue<string>() });
        Assert.Equal(account["id"]!.GetValue<string>(), update["platformAccount"]!["id"]!.GetValue<string>());
        Assert.Equal(2, (await _host.AccountRowsAsync()).Count);

        var invalid = await ConnectAsync(_owner, "RSS_FEED", new { description = "no title" });
        var badImage = await ConnectAsync(_owner, "RSS_FEED", new { title = "T", imageUrl = "not a url" });
        Assert.Equal(("ValidationError", "input.settings.title", "REQUIRED"),
            (AccountsHost.FirstError(invalid), AccountsHost.FirstError(invalid, "field"), AccountsHost.FirstError(invalid, "code")));
        Assert.Equal("input.settings.imageUrl", AccountsHost.FirstError(badImage, "field"));
    }

    [Fact]
    public async Task Folder_IsOneNameUnderTheExportRoot_NeverAPathOut()
    {
        var ok = await ConnectAsync(_owner, "FOLDER", new { folder = "podcast-masters" });
        Assert.Equal(("FOLDER", "podcast-masters"), (ok["platformAccount"]!["platform"]!.GetValue<string>(), ok["platformAccount"]!["externalId"]!.GetValue<string>()));

        foreach (var bad in new[] { "/etc", "../outside", "a/b", "..", "a\\b", "C:\\x" })
        {
            var payload = await ConnectAsync(_owner, "FOLDER", new { folder = bad });
            Assert.Equal(("ValidationError", "input.settings.folder"), (AccountsHost.FirstError(payload), AccountsHost.FirstError(payload, "field")));
        }
        var missing = await ConnectAsync(_owner, "FOLDER", null);
        Assert.Equal("REQUIRED", AccountsHost.FirstError(missing, "code"));
        var taken = await ConnectAsync(Guid.NewGuid(), "FOLDER", new { folder = "podcast-masters" });
        Assert.Equal("TAKEN", AccountsHost.FirstError(taken, "code"));
        var again = await ConnectAsync(_owner, "FOLDER", new { folder = "podcast-masters", name = "Masters" });
        Assert.Equal(ok["platformAccount"]!["id"]!.GetValue<string>(), again["platformAccount"]!["id"]!.GetValue<string>());
        Assert.Single(await _host.AccountRowsAsync());
    }

    [Fact]
    public async Task Webhook_KeepsItsSecretEncrypted_AndNeverReturnsIt()
    {
        const string secret = "whsec-very-secret-signing-key-123";

        var payload = await ConnectAsync(_owner, "WEBHOOK", new { url = "https://hooks.example/mediacreator", name = "Zapier" }, secret);
        var noSecret = await ConnectAsync(_owner, "WEBHOOK", new { url = "https://hooks.example/other" });
        var shortSecret = await ConnectAsync(_owner, "WEBHOOK", new { url = "https://hooks.example/other" }, "short");
        var badUrl = await ConnectAsync(_owner, "WEBHOOK", new { url = "file:///etc/passwd" }, secret);

        var account = payload["platformAccount"]!;
        Assert.Equal(("WEBHOOK", "https://hooks.example/mediacreator", "Zapier"),
            (account["platform"]!.GetValue<string>(), account["externalId"]!.GetValue<string>(), account["name"]!.GetValue<string>()));
        Assert.Equal(("input.secret", "REQUIRED"), (AccountsHost.FirstError(noSecret, "field"), AccountsHost.FirstError(noSecret, "code")));
        Assert.Equal("INVALID_LENGTH", AccountsHost.FirstError(shortSecret, "code"));
        Assert.Equal("input.settings.url", AccountsHost.FirstError(badUrl, "field"));
        var column = Assert.Single(await _host.AuthConfigColumnAsync());
        Assert.DoesNotContain(secret, column);
        Assert.All(_host.Bodies, b => Assert.DoesNotContain(secret, b));
        var row = Assert.Single(await _host.AccountRowsAsync());
        Assert.Equal(secret, _host.Factory.Services.GetRequiredService<PlatformCredentialProtector>().Unprotect(row.ProtectedAuthConfig!).Secret);
        using var scope = _host.Factory.Services.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<IPlatformConnectionFactory>().Connect(row);
        Assert.Equal(secret, await connection.Tokens.GetAccessTokenAsync(CancellationToken.None));
    }
}
