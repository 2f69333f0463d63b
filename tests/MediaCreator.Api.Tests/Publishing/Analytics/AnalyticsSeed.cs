using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing.Analytics;

/// <summary>
/// One owner's dashboard with known numbers (the hand computations are in the tests), inside the range
/// 2026-03-01T00:00Z .. 2026-03-04T00:00Z, plus a second channel and a stranger whose data must not count.
/// Channel A: series S1 (E1, E2 on project X), S2 (E3 on project Y); channel B: S3 (E4 on project Z).
/// </summary>
internal sealed class AnalyticsSeed
{
    public static readonly DateTime From = Utc(3, 1), To = Utc(3, 4);

    public required string ChannelA, ChannelB, S1, S2, E1, E2, E3, E4;
    public required Guid P1, P2, P3, P4, P5;

    public static DateTime Utc(int month, int day, int hour = 0, int minute = 0, int second = 0) => new(2026, month, day, hour, minute, second, DateTimeKind.Utc);

    public static async Task<AnalyticsSeed> CreateAsync(AnalyticsHost host, Guid owner)
    {
        var client = host.Client(owner);
        var (x, y, z) = (await DashboardApi.ProjectAsync(client, "X"), await DashboardApi.ProjectAsync(client, "Y"), await DashboardApi.ProjectAsync(client, "Z"));
        var channelA = await DashboardApi.CreateAsync(client, "createChannel", new { name = "A" }, "channel");
        var channelB = await DashboardApi.CreateAsync(client, "createChannel", new { name = "B" }, "channel");
        var s1 = await DashboardApi.CreateAsync(client, "createSeries", new { channelId = channelA, name = "S1" }, "series");
        var s2 = await DashboardApi.CreateAsync(client, "createSeries", new { channelId = channelA, name = "S2" }, "series");
        var s3 = await DashboardApi.CreateAsync(client, "createSeries", new { channelId = channelB, name = "S3" }, "series");
        async Task<string> Episode(string series, string project, string title) =>
            await DashboardApi.CreateAsync(client, "createEpisode", new { seriesId = series, projectId = project, title }, "episode");
        var (e1, e2, e3, e4) = (await Episode(s1, x, "E1"), await Episode(s1, x, "E2"), await Episode(s2, y, "E3"), await Episode(s3, z, "E4"));
        Guid Id(string type, string id) => GlobalId.DecodeFor(type, id);
        var (a, b) = (Id("ContentChannel", channelA), Id("ContentChannel", channelB));

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
        await SetStatusAsync(db, Id("Episode", e1), EpisodeStatus.Published);
        await SetStatusAsync(db, Id("Episode", e2), EpisodeStatus.Ready);
        var youtube = Account(owner, "youtube");
        var tiktok = Account(owner, "tiktok");
        var facebook = Account(owner, "facebook");
        db.PlatformAccounts.AddRange(youtube, tiktok, facebook);
        PublicationRecord Publication(PlatformAccount account, string episode, Guid channel, PublicationStatus status) => new()
        {
            OwnerId = owner, EpisodeId = Id("Episode", episode), ChannelId = channel, PlatformAccountId = account.Id, Platform = account.Platform,
            Status = status, PublishedTime = status == PublicationStatus.Published ? Utc(2, 20, 10) : null,
        };
        var p1 = Publication(youtube, e1, a, PublicationStatus.Published);
        var p2 = Publication(tiktok, e1, a, PublicationStatus.Published);
        var p3 = Publication(youtube, e2, a, PublicationStatus.Published);
        var p4 = Publication(facebook, e3, a, PublicationStatus.Failed);
        var p5 = Publication(youtube, e3, a, PublicationStatus.Scheduled);
        var p6 = Publication(youtube, e4, b, PublicationStatus.Published);
        db.Publications.AddRange(p1, p2, p3, p4, p5, p6);
        db.Snapshots.AddRange(
            Snap(p1, Utc(2, 28, 12), 100, 10, 1, 0, 500, 0.04, 0.1, 1.00m, "USD"),
            Snap(p1, Utc(3, 1, 6), 160, 12, 2, 1, 800, 0.05, 0.2, 1.50m, "USD"),
            Snap(p1, Utc(3, 2, 18), 300, 20, 5, 2, 1500, 0.10, 0.1, 2.50m, "USD"),
            Snap(p1, Utc(3, 4, 1), 999, 99, 99, 99, 9999, 0.9, 0.9, 9.00m, "USD"),
            Snap(p2, Utc(3, 1, 20), 50, 5, 0, 0, 100, null, 0.3, null, null),
            Snap(p2, Utc(3, 3, 9), 80, 9, 1, 3, 160, null, 0.5, null, null),
            Snap(p3, Utc(2, 15), 1000, 100, 10, 5, 4000, 0.02, 0.05, 35.00m, "THB"),
            Snap(p3, Utc(3, 2), 1200, 130, 12, 5, 4600, 0.03, 0.06, 42.00m, "THB"),
            Snap(p4, Utc(3, 3, 23, 59, 59), 40, 4, 4, 4, 40, 0.5, 0.5, null, null),
            Snap(p6, Utc(3, 2, 12), 5000, 0, 0, 0, 0, null, null, null, null));
        db.RevenueRecords.AddRange(
            Revenue(p1, "adsense", 10.00m, "USD", Day(3, 1), Day(3, 1)),
            Revenue(p2, "creator_fund", 5.25m, "USD", Day(3, 3), Day(3, 5)),
            Revenue(p3, "adsense", 350m, "THB", Day(3, 2), Day(3, 2)),
            Revenue(p4, "product_sale", 700m, "THB", Day(2, 27), Day(3, 1)),
            Revenue(p1, "adsense", 99m, "USD", Day(3, 4), Day(3, 4)),
            Revenue(p6, "adsense", 1000m, "THB", Day(3, 2), Day(3, 2)));
        await db.SaveChangesAsync();

        var (px, py, pz) = (Id("Project", x), Id("Project", y), Id("Project", z));
        var (jx, jy, jz) = (await TestData.SeedJobAsync(host.Api, owner, px, j => j.Status = JobStatus.Completed),
            await TestData.SeedJobAsync(host.Api, owner, py, j => j.Status = JobStatus.Completed),
            await TestData.SeedJobAsync(host.Api, owner, pz, j => j.Status = JobStatus.Completed));
        await TestData.WithDbAsync(host.Api, owner, async core =>
        {
            core.CostRecords.AddRange(
                Cost(jx, 4.00m, "USD", Utc(3, 1, 12)), Cost(jx, 70m, "THB", Utc(3, 2)), Cost(jy, 2.50m, "USD", Utc(3, 3)),
                Cost(jx, 100m, "USD", Utc(2, 27)), Cost(jz, 9m, "USD", Utc(3, 2)));
            await core.SaveChangesAsync();
        });
        return new AnalyticsSeed
        {
            ChannelA = channelA, ChannelB = channelB, S1 = s1, S2 = s2, E1 = e1, E2 = e2, E3 = e3, E4 = e4,
            P1 = p1.Id, P2 = p2.Id, P3 = p3.Id, P4 = p4.Id, P5 = p5.Id,
        };

        PerformanceSnapshot Snap(PublicationRecord p, DateTime at, long views, long likes, long comments, long shares, double watch,
            double? ctr, double? engagement, decimal? revenue, string? currency) => new()
        {
            OwnerId = owner, PublicationId = p.Id, ChannelId = p.ChannelId, EpisodeId = p.EpisodeId, Timestamp = at, Views = views, Likes = likes,
            Comments = comments, Shares = shares, WatchTimeSeconds = watch, Ctr = ctr, EngagementRate = engagement, EstimatedRevenue = revenue, Currency = currency,
        };
        RevenueRecord Revenue(PublicationRecord p, string source, decimal amount, string currency, DateOnly start, DateOnly end) => new()
        {
            OwnerId = owner, PublicationId = p.Id, ChannelId = p.ChannelId, Source = source, Amount = amount, Currency = currency, PeriodStart = start, PeriodEnd = end,
        };
        CostRecord Cost(Job job, decimal amount, string currency, DateTime at) => new()
        {
            OwnerId = owner, ProjectId = job.ProjectId, JobId = job.Id, Provider = "p", ModuleName = "m", TotalCost = amount, Currency = currency, CreatedAt = at,
        };
    }

    /// <summary>A stranger's channel with data in the same range and an exchange rate that must never apply to others.</summary>
    public static async Task<string> StrangerAsync(AnalyticsHost host, Guid stranger)
    {
        var client = host.Client(stranger);
        var project = await DashboardApi.ProjectAsync(client, "Theirs");
        var channel = await DashboardApi.CreateAsync(client, "createChannel", new { name = "Theirs" }, "channel");
        var series = await DashboardApi.CreateAsync(client, "createSeries", new { channelId = channel, name = "T" }, "series");
        var episode = await DashboardApi.CreateAsync(client, "createEpisode", new { seriesId = series, projectId = project, title = "T1" }, "episode");
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
        var account = Account(stranger, "youtube");
        var publication = new PublicationRecord
        {
            OwnerId = stranger, EpisodeId = GlobalId.DecodeFor("Episode", episode), ChannelId = GlobalId.DecodeFor("ContentChannel", channel),
            PlatformAccountId = account.Id, Platform = "youtube", Status = PublicationStatus.Published, PublishedTime = Utc(2, 20, 10),
        };
        db.PlatformAccounts.Add(account);
        db.Publications.Add(publication);
        db.Snapshots.Add(new PerformanceSnapshot
        {
            OwnerId = stranger, PublicationId = publication.Id, ChannelId = publication.ChannelId, EpisodeId = publication.EpisodeId,
            Timestamp = Utc(3, 2), Views = 777_777,
        });
        db.RevenueRecords.Add(new RevenueRecord
        {
            OwnerId = stranger, PublicationId = publication.Id, ChannelId = publication.ChannelId, Source = "adsense", Amount = 5555m, Currency = "USD",
            PeriodStart = Day(3, 2), PeriodEnd = Day(3, 2),
        });
        db.ExchangeRates.Add(new ExchangeRate { OwnerId = stranger, BaseCurrency = "USD", QuoteCurrency = "THB", Rate = 1m, EffectiveDate = Day(2, 28), Source = "theirs" });
        await db.SaveChangesAsync();
        return channel;
    }

    private static DateOnly Day(int month, int day) => new(2026, month, day);

    private static PlatformAccount Account(Guid owner, string platform) =>
        new() { OwnerId = owner, Platform = platform, ExternalId = platform + Guid.NewGuid().ToString("N")[..6], Name = platform };

    private static async Task SetStatusAsync(PublishingDbContext db, Guid episode, EpisodeStatus status) =>
        await db.Episodes.IgnoreQueryFilters().Where(e => e.Id == episode).ExecuteUpdateAsync(u => u.SetProperty(e => e.Status, status));
}
