using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Publishing.Sync;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing.Sync;

/// <summary><c>syncPublicationRevenue</c>, manual revenue entry and the periodic sync's one-job-per-owner-per-slot rule.</summary>
public sealed class RevenueSyncTests : IAsyncLifetime
{
    private const string RevenueSelection = "revenueRecord { id source amount currency periodStart periodEnd origin metadata publication { id } }";

    private readonly Guid _owner = Guid.NewGuid();
    private readonly FakePlatforms _fakes = new();
    private ApiFactory _factory = null!;
    private GraphQLClient _client = null!;
    private SyncWorld _world = null!;

    public async Task InitializeAsync()
    {
        _factory = await ApiFactory.CreateAsync("Production", _fakes.Settings());
        _client = GraphQLClient.AsUser(_factory, _owner);
        _world = await SyncWorld.CreateAsync(_factory, _client, _owner);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _fakes.Dispose();
    }

    [Fact]
    public async Task RevenueSync_CreatesRecordsPerSourceAndPeriod_ThenUpdatesThemWithoutDuplicates()
    {
        _fakes.YouTubeVideo("yt-1", revenue: 12.3456m);
        _fakes.FacebookOctober("fb-1");
        var october = new { channelId = _world.Channel, periodStart = "2026-10-01", periodEnd = "2026-10-31" };

        var first = await SyncWorld.SyncAsync(_client, "syncPublicationRevenue", october);

        // TikTok reports no revenue: only the YouTube and Facebook posts are in scope.
        Assert.Equal(["FACEBOOK", "YOUTUBE"], first["result"]!["publications"]!.AsArray().Select(p => p!["platform"]!.GetValue<string>()).Order());
        Assert.Equal((3, 0, 0), Counts(first));
        Assert.Equal([("adsense", 4m, "THB", "2026-10-02", "2026-10-02"), ("adsense", 10.5m, "THB", "2026-10-01", "2026-10-01"),
            ("adsense", 12.3456m, "USD", "2026-10-01", "2026-10-31")], await RecordsAsync());

        _fakes.Server.ResetMappings();
        _fakes.YouTubeVideo("yt-1", revenue: 20.5m);
        _fakes.FacebookOctober("fb-1");
        var second = await SyncWorld.SyncAsync(_client, "syncPublicationRevenue", october);

        Assert.Equal((0, 3, 0), Counts(second));
        Assert.Equal([("adsense", 4m, "THB", "2026-10-02", "2026-10-02"), ("adsense", 10.5m, "THB", "2026-10-01", "2026-10-01"),
            ("adsense", 20.5m, "USD", "2026-10-01", "2026-10-31")], await RecordsAsync());
        await SyncWorld.WithDbAsync(_factory, _owner, async (db, _) =>
            Assert.All(await db.RevenueRecords.ToListAsync(), r => Assert.Equal(("sync", SyncWorld.Id(_world.Channel)), (r.Origin, r.ChannelId))));
    }

    [Fact]
    public async Task RevenueSync_WithHalfAPeriodOrAReversedOne_IsAValidationError()
    {
        var half = await DashboardApi.MutateAsync(_client, "syncPublicationRevenue", new { channelId = _world.Channel, periodStart = "2026-10-01" }, "job { id }");
        var reversed = await DashboardApi.MutateAsync(_client, "syncPublicationRevenue",
            new { publicationId = SyncWorld.Gid(_world.YouTube), periodStart = "2026-10-31", periodEnd = "2026-10-01" }, "job { id }");
        var both = await DashboardApi.MutateAsync(_client, "syncPublicationMetrics", new { channelId = _world.Channel, publicationId = SyncWorld.Gid(_world.YouTube) }, "job { id }");
        var neither = await DashboardApi.MutateAsync(_client, "syncPublicationMetrics", new { }, "job { id }");

        Assert.Equal(("input.periodEnd", "REQUIRED"), Validation(half));
        Assert.Equal(("input.periodEnd", "INVALID_RANGE"), Validation(reversed));
        Assert.Equal(("input", "EXACTLY_ONE_REQUIRED"), Validation(both));
        Assert.Equal(("input", "EXACTLY_ONE_REQUIRED"), Validation(neither));
        Assert.All(new[] { half, reversed, both, neither }, p => Assert.Null(p["job"]));
    }

    [Fact]
    public async Task RecordRevenue_StoresManualRevenue_AndTheSamePeriodAgainCorrectsIt()
    {
        var input = new
        {
            publicationId = SyncWorld.Gid(_world.TikTok), source = "PRODUCT_SALE", amount = 1500.50m, currency = "THB",
            periodStart = "2026-11-01", periodEnd = "2026-11-30", metadata = new { shop = "line" },
        };

        var created = await DashboardApi.MutateAsync(_client, "recordRevenue", input, RevenueSelection);
        var corrected = await DashboardApi.MutateAsync(_client, "recordRevenue", input with { amount = 1750m }, RevenueSelection);
        var creatorFund = await DashboardApi.MutateAsync(_client, "recordRevenue", input with { source = "CREATOR_FUND", amount = 99m }, RevenueSelection);

        var record = created["revenueRecord"]!;
        Assert.Equal(("PRODUCT_SALE", 1500.50m, "THB", "MANUAL", "line"), (record["source"]!.GetValue<string>(), record["amount"]!.GetValue<decimal>(),
            record["currency"]!.GetValue<string>(), record["origin"]!.GetValue<string>(), record["metadata"]!["shop"]!.GetValue<string>()));
        Assert.Equal(("2026-11-01", "2026-11-30"), (record["periodStart"]!.GetValue<string>(), record["periodEnd"]!.GetValue<string>()));
        Assert.Equal(record["id"]!.GetValue<string>(), corrected["revenueRecord"]!["id"]!.GetValue<string>());
        Assert.Equal(1750m, corrected["revenueRecord"]!["amount"]!.GetValue<decimal>());
        Assert.NotEqual(record["id"]!.GetValue<string>(), creatorFund["revenueRecord"]!["id"]!.GetValue<string>());
        Assert.Equal([("creator_fund", 99m, "THB", "2026-11-01", "2026-11-30"), ("product_sale", 1750m, "THB", "2026-11-01", "2026-11-30")], await RecordsAsync());

        var deleted = await SyncWorld.DeleteRevenueAsync(_client, record["id"]!.GetValue<string>());
        var again = await SyncWorld.DeleteRevenueAsync(_client, record["id"]!.GetValue<string>());

        Assert.Equal(record["id"]!.GetValue<string>(), deleted["deletedRevenueRecordId"]!.GetValue<string>());
        Assert.Equal("NotFoundError", DashboardApi.FirstErrorType(again));
        Assert.Equal([("creator_fund", 99m, "THB", "2026-11-01", "2026-11-30")], await RecordsAsync());
    }

    [Fact]
    public async Task RecordRevenue_RejectsNegativeAmountsBadCurrenciesAndReversedPeriods()
    {
        var valid = new
        {
            publicationId = SyncWorld.Gid(_world.TikTok), source = "OTHER", amount = 1m, currency = "USD", periodStart = "2026-11-01", periodEnd = "2026-11-01",
        };

        var negative = await DashboardApi.MutateAsync(_client, "recordRevenue", valid with { amount = -0.01m }, RevenueSelection);
        var lower = await DashboardApi.MutateAsync(_client, "recordRevenue", valid with { currency = "usd" }, RevenueSelection);
        var reversed = await DashboardApi.MutateAsync(_client, "recordRevenue", valid with { periodStart = "2026-11-02" }, RevenueSelection);

        Assert.Equal(("input.amount", "OUT_OF_RANGE"), Validation(negative));
        Assert.Equal(("input.currency", "INVALID_FORMAT"), Validation(lower));
        Assert.Equal(("input.periodEnd", "INVALID_RANGE"), Validation(reversed));
        Assert.Empty(await RecordsAsync());
    }

    [Fact]
    public async Task PeriodicSync_EnqueuesOneJobPerOwnerPerSlot_HoweverOftenAndFromHowManyHostsItRuns()
    {
        var other = Guid.NewGuid();
        var otherClient = GraphQLClient.AsUser(_factory, other);
        var otherWorld = await SyncWorld.CreateAsync(_factory, otherClient, other, withPublications: false);
        await SyncWorld.PublishAsync(_factory, other, otherWorld.Channel, otherWorld.Episode, "youtube", "yt-9",
            new Modules.Publishing.Accounts.PlatformCredentials(FakePlatforms.YouTubeToken, null, DateTimeOffset.UtcNow.AddHours(1)));
        var idle = Guid.NewGuid();
        await SyncWorld.CreateAsync(_factory, GraphQLClient.AsUser(_factory, idle), idle, withPublications: false);
        await using var second = new ApiFactory(_factory.Database, "Production", _fakes.Settings()) { KeepsDatabase = true };
        _ = second.Services;

        var first = await _factory.Services.GetRequiredService<PeriodicMetricsSync>().RunAsync(CancellationToken.None);
        var again = await _factory.Services.GetRequiredService<PeriodicMetricsSync>().RunAsync(CancellationToken.None);
        var concurrent = await Task.WhenAll(
            _factory.Services.GetRequiredService<PeriodicMetricsSync>().RunAsync(CancellationToken.None),
            second.Services.GetRequiredService<PeriodicMetricsSync>().RunAsync(CancellationToken.None),
            second.Services.GetRequiredService<PeriodicRevenueSync>().RunAsync(CancellationToken.None),
            _factory.Services.GetRequiredService<PeriodicRevenueSync>().RunAsync(CancellationToken.None));

        Assert.Equal((2, 0), (first, again));
        Assert.Equal(2, concurrent[2] + concurrent[3]);
        Assert.Equal(0, concurrent[0] + concurrent[1]);
        Assert.Equal((1, 1), await JobCountsAsync(_owner));
        Assert.Equal((1, 1), await JobCountsAsync(other));
        Assert.Equal((0, 0), await JobCountsAsync(idle));
    }

    private async Task<(int Metrics, int Revenue)> JobCountsAsync(Guid owner)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(owner, [ApiKeyScopes.Full]);
        var jobs = scope.ServiceProvider.GetRequiredService<CoreDbContext>().Jobs;
        return (await jobs.CountAsync(j => j.TaskName == "publishing.sync_metrics"), await jobs.CountAsync(j => j.TaskName == "publishing.sync_revenue"));
    }

    private async Task<List<(string, decimal, string, string, string)>> RecordsAsync()
    {
        var records = new List<(string, decimal, string, string, string)>();
        await SyncWorld.WithDbAsync(_factory, _owner, async (db, _) => records = (await db.RevenueRecords.ToListAsync())
            .Select(r => (r.Source, r.Amount, r.Currency, r.PeriodStart.ToString("yyyy-MM-dd"), r.PeriodEnd.ToString("yyyy-MM-dd")))
            .OrderBy(r => r.Item1).ThenBy(r => r.Item2).ToList());
        return records;
    }

    private static (int, int, int) Counts(System.Text.Json.Nodes.JsonNode job)
    {
        var result = job["result"]!;
        return (result["revenueRecordsCreated"]!.GetValue<int>(), result["revenueRecordsUpdated"]!.GetValue<int>(), result["snapshotsCreated"]!.GetValue<int>());
    }

    private static (string, string) Validation(System.Text.Json.Nodes.JsonNode payload)
    {
        var error = payload["errors"]![0]!;
        Assert.Equal("ValidationError", error["__typename"]!.GetValue<string>());
        return (error["field"]!.GetValue<string>(), error["code"]!.GetValue<string>());
    }
}
