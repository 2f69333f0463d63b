using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Api.Tests.Publishing.Accounts;

/// <summary>disconnectPlatformAccount and assignPlatformAccountChannel.</summary>
public sealed class DisconnectAccountTests : IAsyncLifetime
{
    private AccountsHost _host = null!;
    private readonly Guid _owner = Guid.NewGuid();

    public async Task InitializeAsync() => _host = await AccountsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<string> FolderAccountAsync(string folder)
    {
        var payload = await _host.MutateAsync(_host.As(_owner), "connectPlatformAccount", new { platform = "FOLDER", settings = new { folder } }, "platformAccount { id }");
        return payload["platformAccount"]!["id"]!.GetValue<string>();
    }

    private async Task PublicationAsync(string accountId, PublicationStatus status)
    {
        var (_, channel, _, episode) = await DashboardApi.StructureAsync(_host.As(_owner));
        await _host.DbAsync(async db =>
        {
            db.Publications.Add(new PublicationRecord
            {
                OwnerId = _owner, EpisodeId = GlobalId.DecodeFor("Episode", episode), ChannelId = GlobalId.DecodeFor("ContentChannel", channel),
                PlatformAccountId = GlobalId.DecodeFor("PlatformAccount", accountId), Platform = "youtube", Status = status,
            });
            return await db.SaveChangesAsync();
        });
    }

    private Task<System.Text.Json.Nodes.JsonNode> DisconnectAsync(Guid owner, string accountId) =>
        _host.MutateAsync(_host.As(owner), "disconnectPlatformAccount", new { platformAccountId = accountId }, "disconnectedPlatformAccountId");

    [Fact]
    public async Task AnUnusedAccount_IsDeleted()
    {
        var client = _host.As(_owner);
        var account = (await _host.ConnectOAuthAsync(client, "YOUTUBE"))["id"]!.GetValue<string>();

        var payload = await DisconnectAsync(_owner, account);

        Assert.Equal(account, payload["disconnectedPlatformAccountId"]!.GetValue<string>());
        Assert.Empty(await _host.AccountRowsAsync());
        Assert.Empty((await _host.QueryAsync(client, "{ platformAccounts { id } }"))["platformAccounts"]!.AsArray());
    }

    [Fact]
    public async Task AnAccountWithPastPublications_IsKeptRevokedWithoutCredentials()
    {
        var client = _host.As(_owner);
        var account = (await _host.ConnectOAuthAsync(client, "YOUTUBE"))["id"]!.GetValue<string>();
        await PublicationAsync(account, PublicationStatus.Published);

        var payload = await DisconnectAsync(_owner, account);

        Assert.True(payload["errors"] is null, payload.ToJsonString());
        var row = Assert.Single(await _host.AccountRowsAsync());
        Assert.Equal(PlatformConnectionStatus.Revoked, row.ConnectionStatus);
        Assert.Null(row.ProtectedAuthConfig);
        var listed = (await _host.QueryAsync(client, "{ platformAccounts { connectionStatus } }"))["platformAccounts"]![0]!;
        Assert.Equal("REVOKED", listed["connectionStatus"]!.GetValue<string>());
        // Connecting the same account again revives the row.
        var again = await _host.ConnectOAuthAsync(client, "YOUTUBE");
        Assert.Equal((account, "CONNECTED"), (again["id"]!.GetValue<string>(), again["connectionStatus"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ScheduledOrUploadingPublications_BlockTheDisconnect()
    {
        var scheduled = await FolderAccountAsync("scheduled-one");
        var uploading = await FolderAccountAsync("uploading-one");
        await PublicationAsync(scheduled, PublicationStatus.Scheduled);
        await PublicationAsync(uploading, PublicationStatus.Uploading);

        var a = await DisconnectAsync(_owner, scheduled);
        var b = await DisconnectAsync(_owner, uploading);

        Assert.Equal(("InvalidStateError", "SCHEDULED"), (AccountsHost.FirstError(a), AccountsHost.FirstError(a, "currentState")));
        Assert.Equal(("InvalidStateError", "UPLOADING"), (AccountsHost.FirstError(b), AccountsHost.FirstError(b, "currentState")));
        Assert.All(await _host.AccountRowsAsync(), r => Assert.Equal(PlatformConnectionStatus.Connected, r.ConnectionStatus));
    }

    [Fact]
    public async Task UnknownOrAnotherOwnersAccount_IsNotFound()
    {
        var account = await FolderAccountAsync("mine");

        var other = await DisconnectAsync(Guid.NewGuid(), account);
        var unknown = await DisconnectAsync(_owner, GlobalId.Encode("PlatformAccount", Guid.NewGuid()));
        var wrongType = await DisconnectAsync(_owner, GlobalId.Encode("Episode", Guid.NewGuid()));

        Assert.All(new[] { other, unknown, wrongType }, p => Assert.Equal(("NotFoundError", "PlatformAccount"),
            (AccountsHost.FirstError(p), AccountsHost.FirstError(p, "typeName"))));
        Assert.Single(await _host.AccountRowsAsync());
    }

    [Fact]
    public async Task AssignChannel_PutsTheAccountUnderTheChannel_OnlyWithinTheOwner()
    {
        var client = _host.As(_owner);
        var account = await FolderAccountAsync("for-channel");
        var channel = await DashboardApi.CreateAsync(client, "createChannel", new { name = "Cooking" }, "channel");
        var foreignChannel = await DashboardApi.CreateAsync(_host.As(Guid.NewGuid()), "createChannel", new { name = "Theirs" }, "channel");

        var assigned = await _host.MutateAsync(client, "assignPlatformAccountChannel", new { platformAccountId = account, channelId = channel },
            "platformAccount { id channel { id } }");
        var listed = await _host.QueryAsync(client, "query($c: ID!) { channel(id: $c) { platformAccounts { id } } }", new { c = channel });
        var foreign = await _host.MutateAsync(client, "assignPlatformAccountChannel", new { platformAccountId = account, channelId = foreignChannel },
            "platformAccount { id }");
        var hijack = await _host.MutateAsync(_host.As(Guid.NewGuid()), "assignPlatformAccountChannel", new { platformAccountId = account, channelId = (string?)null },
            "platformAccount { id }");
        var cleared = await _host.MutateAsync(client, "assignPlatformAccountChannel", new { platformAccountId = account, channelId = (string?)null },
            "platformAccount { channel { id } }");

        Assert.Equal(channel, assigned["platformAccount"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal(account, listed["channel"]!["platformAccounts"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(("NotFoundError", "ContentChannel"), (AccountsHost.FirstError(foreign), AccountsHost.FirstError(foreign, "typeName")));
        Assert.Equal(("NotFoundError", "PlatformAccount"), (AccountsHost.FirstError(hijack), AccountsHost.FirstError(hijack, "typeName")));
        Assert.Null(cleared["platformAccount"]!["channel"]);
        Assert.Null(Assert.Single(await _host.DbAsync(db => db.PlatformAccounts.IgnoreQueryFilters().AsNoTracking().ToListAsync())).ChannelId);
    }
}
