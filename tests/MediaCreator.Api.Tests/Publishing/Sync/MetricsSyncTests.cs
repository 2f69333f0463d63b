using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Transport.Host;
using MediaCreator.Modules.Publishing.Accounts;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing.Sync;

/// <summary><c>syncPublicationMetrics</c> through GraphQL against fake YouTube, TikTok and Facebook APIs.</summary>
public sealed class MetricsSyncTests : IAsyncLifetime
{
    private const string Latest = """
        query($id: ID!) { publication(id: $id) { platform latestSnapshot { views likes comments shares watchTimeSeconds ctr engagementRate
          estimatedRevenue { amount currency } } snapshots { totalCount } } }
        """;

    private readonly Guid _owner = Guid.NewGuid();
    private readonly FakePlatforms _fakes = new();
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;
    private SyncWorld _world = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.StartKestrelAsync("Production", _fakes.Settings());
        _client = GraphQLClient.AsUser(_factory, _owner);
        _world = await SyncWorld.CreateAsync(_factory, _client, _owner);
        _fakes.YouTubeVideo("yt-1");
        _fakes.TikTokVideo("tt-1");
        _fakes.FacebookVideo("fb-1");
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _fakes.Dispose();
    }

    [Fact]
    public async Task SyncChannel_StoresASnapshotPerPublicationWithTheFakesNumbers()
    {
        var job = await SyncWorld.SyncAsync(_client, "syncPublicationMetrics", new { channelId = _world.Channel });

        var result = job["result"]!;
        Assert.True(result["failures"]!.AsArray().Count == 0, result.ToJsonString());
        Assert.Equal("MetricsSyncResult", result["__typename"]!.GetValue<string>());
        Assert.Equal((3, 0), (result["snapshotsCreated"]!.GetValue<int>(), result["revenueRecordsCreated"]!.GetValue<int>()));
        Assert.Empty(result["failures"]!.AsArray());
        Assert.Equal(["FACEBOOK", "TIKTOK", "YOUTUBE"], result["publications"]!.AsArray().Select(p => p!["platform"]!.GetValue<string>()).Order());

        var youTube = await LatestAsync(_world.YouTube);
        Assert.Equal((12345L, 678L, 90L, 42L, 90_000.0), Counters(youTube));
        Assert.Equal((678 + 90 + 42) / 12345.0, youTube["engagementRate"]!.GetValue<double>(), 9);
        Assert.Equal((12.3456m, "USD"), (youTube["estimatedRevenue"]!["amount"]!.GetValue<decimal>(), youTube["estimatedRevenue"]!["currency"]!.GetValue<string>()));
        var tikTok = await LatestAsync(_world.TikTok);
        Assert.Equal((1500L, 120L, 9L, 4L, 0.0), Counters(tikTok));
        Assert.Equal(133 / 1500.0, tikTok["engagementRate"]!.GetValue<double>(), 9);
        Assert.Null(tikTok["estimatedRevenue"]);
        var facebook = await LatestAsync(_world.Facebook);
        Assert.Equal((1200L, 85L, 12L, 7L, 3600.0), Counters(facebook));
        Assert.Equal(104 / 1200.0, facebook["engagementRate"]!.GetValue<double>(), 9);
        Assert.Equal((19.75m, "THB"), (facebook["estimatedRevenue"]!["amount"]!.GetValue<decimal>(), facebook["estimatedRevenue"]!["currency"]!.GetValue<string>()));

        await SyncWorld.WithDbAsync(_factory, _owner, async (db, _) =>
        {
            var snapshots = await db.Snapshots.ToListAsync();
            Assert.Equal(3, snapshots.Count);
            Assert.All(snapshots, s => Assert.Equal((SyncWorld.Id(_world.Channel), SyncWorld.Id(_world.Episode)), (s.ChannelId, s.EpisodeId)));
        });
    }

    [Fact]
    public async Task ReSync_AddsANewSnapshot_WithTheNewLifetimeCounters()
    {
        await SyncWorld.SyncAsync(_client, "syncPublicationMetrics", new { publicationId = SyncWorld.Gid(_world.YouTube) });
        _fakes.Server.ResetMappings();
        _fakes.YouTubeVideo("yt-1", views: 20000);

        var job = await SyncWorld.SyncAsync(_client, "syncPublicationMetrics", new { publicationId = SyncWorld.Gid(_world.YouTube) });

        Assert.Equal(1, job["result"]!["snapshotsCreated"]!.GetValue<int>());
        var publication = (await _client.DataAsync(Latest, new { id = SyncWorld.Gid(_world.YouTube) }))["publication"]!;
        Assert.Equal(2, publication["snapshots"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(20000L, publication["latestSnapshot"]!["views"]!.GetValue<long>());
        await SyncWorld.WithDbAsync(_factory, _owner, async (db, _) =>
            Assert.Equal([12345L, 20000L], await db.Snapshots.OrderBy(s => s.Timestamp).Select(s => s.Views).ToListAsync()));
    }

    [Fact]
    public async Task MetricsUpdated_ReachesOnMetricsUpdatedOfTheChannel_WithTheSnapshotsNumbers()
    {
        const string subscription = """
            subscription($c: ID!) { onMetricsUpdated(channelId: $c) { __typename type eventId project { id } channel { id }
              publication { id platform } snapshot { id views likes comments shares } } }
            """;
        await using var ws = await WsTestClient.ConnectAckedAsync(_factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(_owner) });
        await ws.SendAsync(new { type = "subscribe", id = "1", payload = new { query = subscription, variables = new { c = _world.Channel } } });

        var next = await ReceiveWhileSyncingAsync(ws);

        Assert.Equal("next", next.GetProperty("type").GetString());
        var payload = next.GetProperty("payload").GetProperty("data").GetProperty("onMetricsUpdated");
        Assert.Equal(("MetricsEvent", "METRICS_UPDATED"), (payload.GetProperty("__typename").GetString(), payload.GetProperty("type").GetString()));
        Assert.Equal(_world.Channel, payload.GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal(_world.Project, payload.GetProperty("project").GetProperty("id").GetString());
        var snapshot = payload.GetProperty("snapshot");
        var expected = payload.GetProperty("publication").GetProperty("platform").GetString() switch
        {
            "YOUTUBE" => (12345L, 678L, 90L, 42L),
            "TIKTOK" => (1500L, 120L, 9L, 4L),
            _ => (1200L, 85L, 12L, 7L),
        };
        Assert.Equal(expected, (Long(snapshot, "views"), Long(snapshot, "likes"), Long(snapshot, "comments"), Long(snapshot, "shares")));
        await SyncWorld.WithDbAsync(_factory, _owner, async (db, _) =>
            Assert.True(await db.Snapshots.AnyAsync(s => s.Views == expected.Item1)));
    }

    [Fact]
    public async Task ExpiredYouTubeToken_IsRefreshed_StoredEncrypted_AndTheSyncSucceeds()
    {
        var expired = await SyncWorld.PublishAsync(_factory, _owner, _world.Channel, _world.Episode, "youtube", "yt-2",
            new PlatformCredentials("yt-old", "yt-refresh-2", DateTimeOffset.UtcNow.AddHours(1)));
        _fakes.YouTubeVideo("yt-2", views: 777);
        _fakes.YouTubeRefreshes("yt-refresh-2");

        var job = await SyncWorld.SyncAsync(_client, "syncPublicationMetrics", new { publicationId = SyncWorld.Gid(expired) });

        Assert.Equal(1, job["result"]!["snapshotsCreated"]!.GetValue<int>());
        Assert.Equal(777L, (await LatestAsync(expired))["views"]!.GetValue<long>());
        Assert.Equal(1, _fakes.Calls("/token"));
        await SyncWorld.WithDbAsync(_factory, _owner, async (db, services) =>
        {
            var publication = await db.Publications.SingleAsync(p => p.Id == expired);
            var account = await db.PlatformAccounts.SingleAsync(a => a.Id == publication.PlatformAccountId);
            Assert.DoesNotContain(FakePlatforms.YouTubeToken, account.ProtectedAuthConfig!);
            var stored = services.GetRequiredService<PlatformCredentialProtector>().Unprotect(account.ProtectedAuthConfig!);
            Assert.Equal((FakePlatforms.YouTubeToken, "yt-refresh-2"), (stored.AccessToken, stored.RefreshToken));
            Assert.Equal(PlatformConnectionStatus.Connected, account.ConnectionStatus);
        });
    }

    [Fact]
    public async Task OneFailingPublication_IsListedInFailures_WhileTheOthersAreSynced()
    {
        // A TikTok account whose token TikTok refuses and that has no refresh token: AUTH_EXPIRED, account marked EXPIRED.
        var failing = await SyncWorld.PublishAsync(_factory, _owner, _world.Channel, _world.Episode, "tiktok", "tt-2",
            new PlatformCredentials("tt-revoked", null, null));
        _fakes.TikTokRejects("tt-revoked");

        var job = await SyncWorld.SyncAsync(_client, "syncPublicationMetrics", new { channelId = _world.Channel });

        var result = job["result"]!;
        Assert.Equal(3, result["snapshotsCreated"]!.GetValue<int>());
        Assert.Equal(4, result["publications"]!.AsArray().Count);
        var failure = Assert.Single(result["failures"]!.AsArray())!;
        Assert.Equal((SyncWorld.Gid(failing), "PLATFORM_AUTH_EXPIRED"), (failure["publication"]!["id"]!.GetValue<string>(), failure["code"]!.GetValue<string>()));
        Assert.False(string.IsNullOrWhiteSpace(failure["message"]!.GetValue<string>()));
        await SyncWorld.WithDbAsync(_factory, _owner, async (db, _) =>
        {
            Assert.False(await db.Snapshots.AnyAsync(s => s.PublicationId == failing));
            var account = await db.PlatformAccounts.SingleAsync(a => a.Id == db.Publications.Single(p => p.Id == failing).PlatformAccountId);
            Assert.Equal(PlatformConnectionStatus.Expired, account.ConnectionStatus);
        });
    }

    [Fact]
    public async Task RateLimitedPublication_RetriesTheJob_WithoutDuplicateSnapshots_ThenListsItOnTheLastAttempt()
    {
        var limited = await SyncWorld.PublishAsync(_factory, _owner, _world.Channel, _world.Episode, "tiktok", "tt-4",
            new PlatformCredentials("tt-limited", "tt-refresh", DateTimeOffset.UtcNow.AddHours(1)));
        _fakes.TikTokRateLimits("tt-limited");

        var job = await SyncWorld.SyncAsync(_client, "syncPublicationMetrics", new { channelId = _world.Channel });

        var attempts = (await _client.DataAsync("query($id: ID!) { job(id: $id) { attempt maxAttempts } }", new { id = job["id"]!.GetValue<string>() }))["job"]!;
        Assert.Equal(attempts["maxAttempts"]!.GetValue<int>(), attempts["attempt"]!.GetValue<int>());
        var result = job["result"]!;
        Assert.Equal(3, result["snapshotsCreated"]!.GetValue<int>());
        var failure = Assert.Single(result["failures"]!.AsArray())!;
        Assert.Equal((SyncWorld.Gid(limited), "PLATFORM_RATE_LIMITED"), (failure["publication"]!["id"]!.GetValue<string>(), failure["code"]!.GetValue<string>()));
        await SyncWorld.WithDbAsync(_factory, _owner, async (db, _) =>
        {
            Assert.Equal(3, await db.Snapshots.CountAsync());
            Assert.Equal(3, await db.Snapshots.Select(s => s.PublicationId).Distinct().CountAsync());
        });
    }

    [Fact]
    public async Task EveryPublicationFailing_FailsTheJobWithTheFirstReason()
    {
        var failing = await SyncWorld.PublishAsync(_factory, _owner, _world.Channel, _world.Episode, "tiktok", "tt-3",
            new PlatformCredentials("tt-revoked", null, null));
        _fakes.TikTokRejects("tt-revoked");

        var job = await SyncWorld.SyncAsync(_client, "syncPublicationMetrics", new { publicationId = SyncWorld.Gid(failing) }, "FAILED");

        Assert.Equal("PLATFORM_AUTH_EXPIRED", job["failure"]!["code"]!.GetValue<string>());
        Assert.Null(job["result"]);
    }

    [Fact]
    public async Task AnotherOwner_CannotSyncEnterRevenueOrSubscribe_ForYourChannelOrPublication()
    {
        var other = GraphQLClient.AsUser(_factory, Guid.NewGuid());
        var mine = SyncWorld.Gid(_world.YouTube);
        var manual = await DashboardApi.MutateAsync(_client, "recordRevenue", new
        {
            publicationId = mine, source = "PRODUCT_SALE", amount = 5m, currency = "USD", periodStart = "2026-11-01", periodEnd = "2026-11-01",
        }, "revenueRecord { id }");

        var payloads = new[]
        {
            await DashboardApi.MutateAsync(other, "syncPublicationMetrics", new { publicationId = mine }, "job { id }"),
            await DashboardApi.MutateAsync(other, "syncPublicationMetrics", new { channelId = _world.Channel }, "job { id }"),
            await DashboardApi.MutateAsync(other, "syncPublicationRevenue", new { channelId = _world.Channel }, "job { id }"),
            await DashboardApi.MutateAsync(other, "recordRevenue", new
            {
                publicationId = mine, source = "OTHER", amount = 1m, currency = "USD", periodStart = "2026-11-01", periodEnd = "2026-11-01",
            }, "revenueRecord { id }"),
            await SyncWorld.DeleteRevenueAsync(other, manual["revenueRecord"]!["id"]!.GetValue<string>()),
        };

        Assert.All(payloads, p => Assert.Equal("NotFoundError", DashboardApi.FirstErrorType(p)));
        await SyncWorld.WithDbAsync(_factory, _owner, async (db, _) => Assert.Equal(1, await db.RevenueRecords.CountAsync()));
        Assert.Contains("NOT_FOUND", await SubscribeErrorAsync("channelId", _world.Channel));
        Assert.Contains("NOT_FOUND", await SubscribeErrorAsync("publicationId", mine));
        Assert.Contains("INVALID_ARGUMENTS", await SubscribeErrorAsync(null, null, _owner));
    }

    private async Task<string> SubscribeErrorAsync(string? argument, string? id, Guid? caller = null)
    {
        var query = argument is null
            ? "subscription { onMetricsUpdated { eventId } }"
            : $"subscription($id: ID!) {{ onMetricsUpdated({argument}: $id) {{ eventId snapshot {{ views }} }} }}";
        await using var ws = await WsTestClient.ConnectAckedAsync(_factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(caller ?? Guid.NewGuid()) });
        await ws.SendAsync(new { type = "subscribe", id = "1", payload = new { query, variables = new { id } } });
        var messages = await ws.ReceiveOperationAsync("1");
        Assert.DoesNotContain(messages, m => m.GetProperty("type").GetString() == "next" && m.GetProperty("payload").TryGetProperty("data", out var d)
            && d.ValueKind == JsonValueKind.Object && d.TryGetProperty("onMetricsUpdated", out var e) && e.ValueKind == JsonValueKind.Object);
        return JsonSerializer.Serialize(messages.Where(m => m.TryGetProperty("payload", out _)).Select(m => m.GetProperty("payload")).ToList());
    }

    private async Task<JsonNode> LatestAsync(Guid publication) =>
        (await _client.DataAsync(Latest, new { id = SyncWorld.Gid(publication) }))["publication"]!["latestSnapshot"]!;

    private static (long, long, long, long, double) Counters(JsonNode s) =>
        (s["views"]!.GetValue<long>(), s["likes"]!.GetValue<long>(), s["comments"]!.GetValue<long>(), s["shares"]!.GetValue<long>(),
            s["watchTimeSeconds"]!.GetValue<double>());

    private static long Long(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.String
        ? long.Parse(e.GetProperty(name).GetString()!) : e.GetProperty(name).GetInt64();

    /// <summary>Subscribing completes asynchronously on the server, so syncs run until an event arrives.</summary>
    private async Task<JsonElement> ReceiveWhileSyncingAsync(WsTestClient ws)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var syncing = Task.Run(async () =>
        {
            while (!cts.IsCancellationRequested)
            {
                await SyncWorld.SyncAsync(_client, "syncPublicationMetrics", new { channelId = _world.Channel });
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
            return await ws.ReceiveAsync(TimeSpan.FromSeconds(45));
        }
        finally
        {
            await cts.CancelAsync();
            await syncing;
        }
    }
}
