using System.Text.Json;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Transport.Host;

namespace MediaCreator.Api.Tests.Publishing;

/// <summary>updateEpisode(status: READY) reaches onProjectEvent subscribers as an EpisodeEvent, through Core's outbox.</summary>
public sealed class EpisodeReadyEventTests : IAsyncLifetime
{
    private const string Subscription = """
        subscription($p: ID!) { onProjectEvent(projectId: $p, types: [EPISODE_READY]) {
          __typename type eventId project { id } ... on EpisodeEvent { episode { id title status series { name } } } } }
        """;

    private readonly Guid _owner = Guid.NewGuid();
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.StartKestrelAsync("Production");
        _client = GraphQLClient.AsUser(_factory, _owner);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task UpdateEpisodeToReady_DeliversEpisodeEventOverWebSocket()
    {
        var (project, _, _, episode) = await DashboardApi.StructureAsync(_client);
        await using var ws = await WsTestClient.ConnectAckedAsync(_factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(_owner) });
        await ws.SendAsync(new { type = "subscribe", id = "1", payload = new { query = Subscription, variables = new { p = project } } });

        var next = await ReceiveWhileTogglingAsync(ws, episode);

        var payload = next.GetProperty("payload").GetProperty("data").GetProperty("onProjectEvent");
        Assert.Equal("EpisodeEvent", payload.GetProperty("__typename").GetString());
        Assert.Equal("EPISODE_READY", payload.GetProperty("type").GetString());
        Assert.Equal(project, payload.GetProperty("project").GetProperty("id").GetString());
        var delivered = payload.GetProperty("episode");
        Assert.Equal(episode, delivered.GetProperty("id").GetString());
        Assert.Equal("Quick meals", delivered.GetProperty("series").GetProperty("name").GetString());
    }

    [Fact]
    public async Task UpdateWithoutReadyTransition_WritesNoEvent()
    {
        var (_, _, _, episode) = await DashboardApi.StructureAsync(_client);

        await DashboardApi.MutateAsync(_client, "updateEpisode", new { episodeId = episode, title = "renamed" }, "episode { id }");
        await DashboardApi.MutateAsync(_client, "updateEpisode", new { episodeId = episode, status = "READY" }, "episode { id }");
        await DashboardApi.MutateAsync(_client, "updateEpisode", new { episodeId = episode, status = "READY", title = "again" }, "episode { id }");

        var events = 0;
        await TestData.WithDbAsync(_factory, _owner, async db => events = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.OutboxMessages, m => m.EventType != null && m.EventType.StartsWith("MediaCreator.Modules.Core.Events.EpisodeEvent")));
        Assert.Equal(1, events);
    }

    /// <summary>Subscribing completes asynchronously on the server, so the episode is moved DRAFT → READY until an event arrives.</summary>
    private async Task<JsonElement> ReceiveWhileTogglingAsync(WsTestClient ws, string episode)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var toggling = Task.Run(async () =>
        {
            while (!cts.IsCancellationRequested)
            {
                await DashboardApi.MutateAsync(_client, "updateEpisode", new { episodeId = episode, status = "DRAFT" }, "episode { id }");
                await DashboardApi.MutateAsync(_client, "updateEpisode", new { episodeId = episode, status = "READY" }, "episode { id }");
                try
                {
                    await Task.Delay(300, cts.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
        try
        {
            var message = await ws.ReceiveAsync(TimeSpan.FromSeconds(15));
            Assert.Equal("next", message.GetProperty("type").GetString());
            return message;
        }
        finally
        {
            await cts.CancelAsync();
            await toggling;
        }
    }
}
