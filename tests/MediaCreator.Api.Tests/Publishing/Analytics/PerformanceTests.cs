using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MediaCreator.Api.Tests.Publishing.Analytics.DashboardOverviewTests;

namespace MediaCreator.Api.Tests.Publishing.Analytics;

/// <summary>Episode.performance, range presets and best posting times.</summary>
public sealed class PerformanceTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private AnalyticsHost _host = null!;
    private AnalyticsSeed _seed = null!;
    private GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await AnalyticsHost.CreateAsync();
        _seed = await AnalyticsSeed.CreateAsync(_host, _owner);
        _client = _host.Client(_owner);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task EpisodePerformance_TotalsTimelineAndEveryPublication()
    {
        var data = await _client.DataAsync("""
            query($id: ID!) { episode(id: $id) { performance(range: { custom: { from: "2026-03-01T00:00:00Z", to: "2026-03-04T00:00:00Z" } }) {
              episode { title } range { from } interval totals { views likes watchTimeSeconds averageCtr }
              timeline { timestamp views }
              byPublication { publication { id } totals { views } timeline { views } } } } }
            """, new { id = _seed.E1 });
        var performance = data["episode"]!["performance"]!;

        Assert.Equal(("E1", "DAY"), (performance["episode"]!["title"]!.GetValue<string>(), performance["interval"]!.GetValue<string>()));
        // E1 = P1 (+60, +140) and P2 (+50, +30).
        Assert.Equal((280L, 19L, 1160.0), (L(performance["totals"]!, "views"), L(performance["totals"]!, "likes"), D(performance["totals"]!, "watchTimeSeconds")));
        Assert.Equal(17.0 / 200, D(performance["totals"]!, "averageCtr"), 9);
        Assert.Equal([110L, 140L, 30L], performance["timeline"]!.AsArray().Select(p => L(p!, "views")));
        var byPublication = performance["byPublication"]!.AsArray();
        Assert.Equal([GlobalId.Encode("PublicationRecord", _seed.P1), GlobalId.Encode("PublicationRecord", _seed.P2)],
            byPublication.Select(p => p!["publication"]!["id"]!.GetValue<string>()));
        Assert.Equal([200L, 80L], byPublication.Select(p => L(p!["totals"]!, "views")));
        Assert.Equal([50L, 0L, 30L], byPublication[1]!["timeline"]!.AsArray().Select(p => L(p!, "views")));

        var hourly = await _client.DataAsync("""
            query($id: ID!) { episode(id: $id) { performance(range: { custom: { from: "2026-03-01T05:30:00Z", to: "2026-03-01T08:00:00Z" } }, interval: HOUR) {
              range { from to } timeline { timestamp views } } } }
            """, new { id = _seed.E1 });
        // Buckets 05:00 (clipped to 05:30), 06:00 (P1's snapshot: 160 - 100), 07:00.
        Assert.Equal(["2026-03-01T05:00:00Z 0", "2026-03-01T06:00:00Z 60", "2026-03-01T07:00:00Z 0"],
            hourly["episode"]!["performance"]!["timeline"]!.AsArray().Select(p => $"{p!["timestamp"]} {p["views"]}"));
    }

    [Fact]
    public async Task Presets_ResolveAgainstNow_AndSubtractTheBaselineBeforeTheRange()
    {
        var now = DateTime.UtcNow;
        var episode = GlobalId.DecodeFor("Episode", _seed.E3);
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
            var account = new PlatformAccount { OwnerId = _owner, Platform = "youtube", ExternalId = "recent", Name = "recent" };
            var publication = new PublicationRecord
            {
                OwnerId = _owner, EpisodeId = episode, ChannelId = GlobalId.DecodeFor("ContentChannel", _seed.ChannelA), PlatformAccountId = account.Id,
                Platform = "youtube", Status = PublicationStatus.Published, PublishedTime = now.AddDays(-25),
            };
            db.PlatformAccounts.Add(account);
            db.Publications.Add(publication);
            foreach (var (days, views) in new[] { (-20, 100L), (-10, 150L), (-3, 400L) })
                db.Snapshots.Add(new PerformanceSnapshot
                {
                    OwnerId = _owner, PublicationId = publication.Id, ChannelId = publication.ChannelId, EpisodeId = episode,
                    Timestamp = now.AddDays(days), Views = views,
                });
            await db.SaveChangesAsync();
        }

        var data = await _client.DataAsync("""
            query($id: ID!) { episode(id: $id) {
              d7: performance(range: { preset: LAST_7D }) { range { from to preset } totals { views } timeline { views } }
              d30: performance { range { preset } totals { views } }
              mtd: performance(range: { preset: MONTH_TO_DATE }) { range { from } }
              all: performance(range: { preset: ALL_TIME }, interval: MONTH) { range { preset } totals { views } timeline { timestamp views } } } }
            """, new { id = _seed.E3 });
        var episodeData = data["episode"]!;

        var d7 = episodeData["d7"]!;
        Assert.Equal("LAST_7D", d7["range"]!["preset"]!.GetValue<string>());
        var (from, to) = (DateTime.Parse(d7["range"]!["from"]!.GetValue<string>()).ToUniversalTime(), DateTime.Parse(d7["range"]!["to"]!.GetValue<string>()).ToUniversalTime());
        Assert.Equal(TimeSpan.FromDays(7), to - from);
        Assert.InRange(to, now.AddMinutes(-1), now.AddMinutes(5));
        // 400 at -3 days minus the baseline 150 at -10 days.
        Assert.Equal(250L, L(d7["totals"]!, "views"));
        Assert.InRange(d7["timeline"]!.AsArray().Count, 7, 8);
        Assert.Equal(250L, d7["timeline"]!.AsArray().Sum(p => L(p!, "views")));
        // Default LAST_30D: no snapshot of the new publication before it, so all 400 (P4.s 40 of March 2026 is long before).
        Assert.Equal("LAST_30D", episodeData["d30"]!["range"]!["preset"]!.GetValue<string>());
        Assert.Equal(400L, L(episodeData["d30"]!["totals"]!, "views"));
        Assert.Equal(new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc), DateTime.Parse(episodeData["mtd"]!["range"]!["from"]!.GetValue<string>()).ToUniversalTime());
        // ALL_TIME: P4's 40 (2026-03-03) + 400; its MONTH timeline starts at the first data's month.
        var all = episodeData["all"]!;
        Assert.Equal(440L, L(all["totals"]!, "views"));
        Assert.Equal("2026-03-01T00:00:00Z 40", $"{all["timeline"]![0]!["timestamp"]} {all["timeline"]![0]!["views"]}");
        Assert.Equal(440L, all["timeline"]!.AsArray().Sum(p => L(p!, "views")));
    }

    [Fact]
    public async Task SnapshotsSavedOutOfOrder_EachKeepsItsGainOverThePreviousOne_AndRangesAddUp()
    {
        var episode = GlobalId.DecodeFor("Episode", _seed.E3);
        var account = new PlatformAccount { OwnerId = _owner, Platform = "youtube", ExternalId = "late", Name = "late" };
        var publication = new PublicationRecord
        {
            OwnerId = _owner, EpisodeId = episode, ChannelId = GlobalId.DecodeFor("ContentChannel", _seed.ChannelA), PlatformAccountId = account.Id,
            Platform = "youtube", Status = PublicationStatus.Published, PublishedTime = AnalyticsSeed.Utc(5, 1),
        };
        var saved = false;
        async Task SaveAsync(params (int Day, long Views, decimal? Revenue, string? Currency)[] snapshots)
        {
            await using var scope = _host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
            if (!saved)
            {
                db.PlatformAccounts.Add(account);
                db.Publications.Add(publication);
                saved = true;
            }
            foreach (var (day, views, revenue, currency) in snapshots)
                db.Snapshots.Add(new PerformanceSnapshot
                {
                    OwnerId = _owner, PublicationId = publication.Id, ChannelId = publication.ChannelId, EpisodeId = episode,
                    Timestamp = AnalyticsSeed.Utc(5, day), Views = views, EstimatedRevenue = revenue, Currency = currency,
                });
            await db.SaveChangesAsync();
        }

        await SaveAsync((10, 100, 1m, "USD"), (20, 400, 3m, "USD"));
        // Between the two: the day-20 snapshot's gain shrinks to 150.
        await SaveAsync((15, 250, 2.5m, "USD"));
        // Before all of them (no revenue yet) and after them in another currency (its revenue counts in full).
        await SaveAsync((25, 500, 10m, "THB"), (5, 40, null, null));

        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var stored = scope.ServiceProvider.GetRequiredService<PublishingDbContext>().Snapshots.IgnoreQueryFilters()
                .Where(s => s.PublicationId == publication.Id).OrderBy(s => s.Timestamp).ToList();
            Assert.Equal([40L, 60L, 150L, 150L, 100L], stored.Select(s => s.ViewsGain));
            Assert.Equal([null, 1m, 1.5m, 0.5m, 10m], stored.Select(s => s.RevenueGain));
        }
        var data = await _client.DataAsync("""
            query($id: ID!) { episode(id: $id) {
              mid: performance(range: { custom: { from: "2026-05-12T00:00:00Z", to: "2026-05-22T00:00:00Z" } }) { totals { views estimatedRevenue { amount currency } } }
              may: performance(range: { custom: { from: "2026-05-01T00:00:00Z", to: "2026-06-01T00:00:00Z" } }, interval: WEEK) {
                totals { views estimatedRevenue { amount currency } } timeline { timestamp views } } } }
            """, new { id = _seed.E3 });

        // 400 on day 20 minus 100 on day 10; revenue 3.00 - 1.00 USD.
        Assert.Equal(300L, L(data["episode"]!["mid"]!["totals"]!, "views"));
        Assert.Equal(["USD 2"], Money(data["episode"]!["mid"]!["totals"]!["estimatedRevenue"]!));
        var may = data["episode"]!["may"]!;
        Assert.Equal(500L, L(may["totals"]!, "views"));
        Assert.Equal(["THB 10", "USD 3"], Money(may["totals"]!["estimatedRevenue"]!));
        // Weeks from Monday 2026-04-27 (the range starts on Friday the 1st): days 5 and 10 (40 + 60), 15, 20, 25.
        Assert.Equal(["2026-04-27T00:00:00Z 0", "2026-05-04T00:00:00Z 100", "2026-05-11T00:00:00Z 150", "2026-05-18T00:00:00Z 150", "2026-05-25T00:00:00Z 100"],
            may["timeline"]!.AsArray().Select(p => $"{p!["timestamp"]} {p["views"]}"));
    }

    [Fact]
    public async Task BestPostingTimes_AverageSevenDayViewsPerWeekdayAndHour()
    {
        var channel = await DashboardApi.CreateAsync(_client, "createChannel", new { name = "Timing" }, "channel");
        var series = await DashboardApi.CreateAsync(_client, "createSeries", new { channelId = channel, name = "T" }, "series");
        var project = await DashboardApi.ProjectAsync(_client, "T");
        var episode = GlobalId.DecodeFor("Episode", await DashboardApi.CreateAsync(_client, "createEpisode", new { seriesId = series, projectId = project, title = "T" }, "episode"));
        var channelId = GlobalId.DecodeFor("ContentChannel", channel);
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
            var youtube = new PlatformAccount { OwnerId = _owner, Platform = "youtube", ExternalId = "t-yt", Name = "yt" };
            var tiktok = new PlatformAccount { OwnerId = _owner, Platform = "tiktok", ExternalId = "t-tt", Name = "tt" };
            db.PlatformAccounts.AddRange(youtube, tiktok);
            void Post(PlatformAccount account, DateTime published, params (double Days, long Views)[] snapshots)
            {
                var p = new PublicationRecord
                {
                    OwnerId = _owner, EpisodeId = episode, ChannelId = channelId, PlatformAccountId = account.Id, Platform = account.Platform,
                    Status = PublicationStatus.Published, PublishedTime = published,
                };
                db.Publications.Add(p);
                foreach (var (days, views) in snapshots)
                    db.Snapshots.Add(new PerformanceSnapshot { OwnerId = _owner, PublicationId = p.Id, ChannelId = channelId, EpisodeId = episode, Timestamp = published.AddDays(days), Views = views });
            }
            // Mondays 10:00 UTC: 300 at day 7 (the day-8 snapshot is too late) and 500.
            Post(youtube, AnalyticsSeed.Utc(3, 2, 10), (1, 100), (6, 300), (8, 900));
            Post(youtube, AnalyticsSeed.Utc(3, 9, 10), (2, 500));
            // Wednesdays 18:00: 100, and one without a snapshot in its first 7 days (left out).
            Post(youtube, AnalyticsSeed.Utc(3, 4, 18), (5, 100));
            Post(youtube, AnalyticsSeed.Utc(3, 11, 18), (9, 5000));
            // Friday 08:00 on TikTok: 1000.
            Post(tiktok, AnalyticsSeed.Utc(3, 6, 8), (1, 1000));
            await db.SaveChangesAsync();
        }
        const string Query = """
            query($c: ID, $p: Platform) { bestPostingTimes(channelId: $c, platform: $p, range: { custom: { from: "2026-03-01T00:00:00Z", to: "2026-04-01T00:00:00Z" } }) {
              dayOfWeek hour publications averageViews relativeToAverage } }
            """;

        var youtubeSlots = (await _client.DataAsync(Query, new { c = channel, p = "YOUTUBE" }))["bestPostingTimes"]!.AsArray();
        // Average of the measured 300, 500, 100 = 300: Monday 10h 400 (x4/3), Wednesday 18h 100 (x1/3).
        Assert.Equal(["MONDAY 10 2 400", "WEDNESDAY 18 1 100"], youtubeSlots.Select(s => $"{s!["dayOfWeek"]} {s["hour"]} {s["publications"]} {s["averageViews"]}"));
        Assert.Equal(4.0 / 3, D(youtubeSlots[0]!, "relativeToAverage"), 9);
        Assert.Equal(1.0 / 3, D(youtubeSlots[1]!, "relativeToAverage"), 9);

        var allSlots = (await _client.DataAsync(Query, new { c = channel, p = (string?)null }))["bestPostingTimes"]!.AsArray();
        // Average of 300, 500, 100, 1000 = 475.
        Assert.Equal(["FRIDAY 8", "MONDAY 10", "WEDNESDAY 18"], allSlots.Select(s => $"{s!["dayOfWeek"]} {s["hour"]}"));
        Assert.Equal(1000.0 / 475, D(allSlots[0]!, "relativeToAverage"), 9);

        var stranger = await _host.Client(Guid.NewGuid()).SendAsync(Query, new { c = channel, p = (string?)null });
        Assert.Equal("NOT_FOUND", stranger.FirstErrorCode);
    }
}
