using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;

namespace MediaCreator.Api.Tests.Publishing.Analytics;

/// <summary>
/// dashboardOverview / ContentChannel.overview over the seeded range 2026-03-01..03-04 (see <see cref="AnalyticsSeed"/>).
/// Per publication the range gain is "latest snapshot before the end minus latest before the start":
/// P1 (E1 youtube) 300-100 = 200 views (03-01: +60, 03-02: +140), P2 (E1 tiktok, no baseline) 80 (03-01: +50, 03-03: +30),
/// P3 (E2 youtube) 1200-1000 = 200 (03-02), P4 (E3 facebook) 40 (03-03); P1's 03-04 snapshot is outside.
/// </summary>
public sealed class DashboardOverviewTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid(), _stranger = Guid.NewGuid();
    private AnalyticsHost _host = null!;
    private AnalyticsSeed _seed = null!;
    private string _strangerChannel = null!;
    private GraphQLClient _client = null!;

    private static readonly object Range = new { custom = new { from = "2026-03-01T00:00:00Z", to = "2026-03-04T00:00:00Z" } };

    private const string Totals = "views likes comments shares watchTimeSeconds averageCtr averageEngagementRate estimatedRevenue { amount currency }";

    public async Task InitializeAsync()
    {
        _host = await AnalyticsHost.CreateAsync();
        _seed = await AnalyticsSeed.CreateAsync(_host, _owner);
        _strangerChannel = await AnalyticsSeed.StrangerAsync(_host, _stranger);
        _client = _host.Client(_owner);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonNode> OverviewAsync(string? channel, string selection, object? range = null) =>
        (await _client.DataAsync($$"""query($c: ID, $r: DateRangeInput!) { dashboardOverview(channelId: $c, range: $r) { {{selection}} } }""",
            new { c = channel, r = range ?? Range }))["dashboardOverview"]!;

    [Fact]
    public async Task Overview_ChannelRange_TotalsAreSnapshotDifferencesSummed()
    {
        var overview = await OverviewAsync(_seed.ChannelA, $"channel {{ name }} range {{ from to preset }} totals {{ {Totals} }}");

        Assert.Equal("A", overview["channel"]!["name"]!.GetValue<string>());
        Assert.Equal("2026-03-01T00:00:00Z", overview["range"]!["from"]!.GetValue<string>());
        Assert.Equal("2026-03-04T00:00:00Z", overview["range"]!["to"]!.GetValue<string>());
        Assert.Null(overview["range"]!["preset"]);
        var totals = overview["totals"]!;
        // views 60+140 + 50+30 + 200 + 40; likes 2+8 + 5+4 + 30 + 4; comments 1+3 + 0+1 + 2 + 4; shares 1+1 + 0+3 + 0 + 4;
        // watch 300+700 + 100+60 + 600 + 40.
        Assert.Equal((520L, 53L, 11L, 9L, 1800.0), (L(totals, "views"), L(totals, "likes"), L(totals, "comments"), L(totals, "shares"), D(totals, "watchTimeSeconds")));
        // CTR weighted by views gained: (.05*60 + .10*140 + .03*200 + .5*40) / (60+140+200+40) = 43/440 (P2 has no CTR).
        Assert.Equal(43.0 / 440, D(totals, "averageCtr"), 9);
        // Engagement: (.2*60 + .1*140 + .3*50 + .5*30 + .06*200 + .5*40) / 520 = 88/520.
        Assert.Equal(88.0 / 520, D(totals, "averageEngagementRate"), 9);
        // Estimated revenue per currency: P1 2.50-1.00 USD, P3 42-35 THB.
        Assert.Equal(["THB 7", "USD 1.5"], Money(totals["estimatedRevenue"]!));
    }

    [Fact]
    public async Task Overview_EverythingInOneRequest_EqualsEachFieldAskedAlone()
    {
        // Asked together, totals, rankings and several timelines (one interval through a variable) are announced by the
        // overview and loaded at once (PostgreSQL: concurrently); each must equal the same field asked on its own.
        const string Point = "timestamp views likes ctr engagementRate estimatedRevenue { amount currency }";
        var fields = new Dictionary<string, string>
        {
            ["totals"] = $"totals {{ {Totals} }}",
            ["days"] = $"days: timeline(interval: DAY) {{ {Point} }}",
            ["weeks"] = $"weeks: timeline(interval: $w) {{ {Point} }}",
            ["hours"] = $"hours: timeline(interval: HOUR) {{ {Point} }}",
            ["months"] = $"months: timeline(interval: MONTH) {{ {Point} }}",
            ["byPlatform"] = "byPlatform { platform publicationCount totals { views } }",
            ["topEpisodes"] = "topEpisodes(first: 3) { rank value episode { title } }",
            ["topSeries"] = "topSeries(first: 3, metric: ESTIMATED_REVENUE) { rank value }",
        };
        async Task<JsonNode> AskAsync(string selection) => (await _client.DataAsync(
            selection.Contains("$w", StringComparison.Ordinal)
                ? $$"""query($c: ID, $r: DateRangeInput!, $w: TimeInterval!) { dashboardOverview(channelId: $c, range: $r) { {{selection}} } }"""
                : $$"""query($c: ID, $r: DateRangeInput!) { dashboardOverview(channelId: $c, range: $r) { {{selection}} } }""",
            new { c = _seed.ChannelA, r = Range, w = "WEEK" }))["dashboardOverview"]!;

        var together = await AskAsync(string.Join("\n", fields.Values));

        foreach (var (name, selection) in fields)
            Assert.Equal((await AskAsync(selection))[name]!.ToJsonString(), together[name]!.ToJsonString());
        Assert.Equal(520L, L(together["totals"]!, "views"));
        Assert.Equal(520L, together["hours"]!.AsArray().Sum(p => L(p!, "views")));
        Assert.Equal([520L], together["months"]!.AsArray().Select(p => L(p!, "views")));
    }

    [Fact]
    public async Task Overview_DayTimeline_BucketsAddUpToTheTotals()
    {
        var timeline = (await OverviewAsync(_seed.ChannelA, "timeline(interval: DAY) { timestamp views likes comments shares watchTimeSeconds ctr engagementRate estimatedRevenue { amount currency } }"))
            ["timeline"]!.AsArray();

        Assert.Equal(["2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z", "2026-03-03T00:00:00Z"], timeline.Select(p => p!["timestamp"]!.GetValue<string>()));
        // 03-01: P1 +60 and P2 +50; 03-02: P1 +140 and P3 +200 (its snapshot at exactly 00:00 opens the bucket); 03-03: P2 +30, P4 +40.
        Assert.Equal([110L, 340L, 70L], timeline.Select(p => L(p!, "views")));
        Assert.Equal([7L, 38L, 8L], timeline.Select(p => L(p!, "likes")));
        Assert.Equal([1L, 5L, 5L], timeline.Select(p => L(p!, "comments")));
        Assert.Equal([1L, 1L, 7L], timeline.Select(p => L(p!, "shares")));
        Assert.Equal([400.0, 1300.0, 100.0], timeline.Select(p => D(p!, "watchTimeSeconds")));
        Assert.Equal(3.0 / 60, D(timeline[0]!, "ctr"), 9);
        Assert.Equal((14.0 + 6) / 340, D(timeline[1]!, "ctr"), 9);
        Assert.Equal(0.5, D(timeline[2]!, "ctr"), 9);
        Assert.Equal((12.0 + 15) / 110, D(timeline[0]!, "engagementRate"), 9);
        Assert.Equal(["USD 0.5"], Money(timeline[0]!["estimatedRevenue"]!));
        Assert.Equal(["THB 7", "USD 1"], Money(timeline[1]!["estimatedRevenue"]!));
        Assert.Empty(timeline[2]!["estimatedRevenue"]!.AsArray());

        var weeks = (await OverviewAsync(_seed.ChannelA, "timeline(interval: WEEK) { timestamp views }"))["timeline"]!.AsArray();
        // 2026-03-01 is a Sunday: its ISO week starts Monday 02-23, the next on 03-02.
        Assert.Equal(["2026-02-23T00:00:00Z 110", "2026-03-02T00:00:00Z 410"], weeks.Select(p => $"{p!["timestamp"]} {p["views"]}"));
    }

    [Fact]
    public async Task Overview_CountsPlatformsAndRankings()
    {
        var overview = await OverviewAsync(_seed.ChannelA, """
            episodeCounts { draft ready publishing published }
            publicationCounts { scheduled uploading published failed cancelled }
            byPlatform { platform publicationCount totals { views likes } }
            topEpisodes { rank value episode { title } totals { views } }
            byLikes: topEpisodes(first: 2, metric: LIKES) { rank value episode { title } }
            topSeries { rank value series { name } }
            byCtr: topSeries(metric: CTR) { rank value series { name } }
            """);

        Assert.Equal("""{"draft":1,"ready":1,"publishing":0,"published":1}""", overview["episodeCounts"]!.ToJsonString());
        Assert.Equal("""{"scheduled":1,"uploading":0,"published":3,"failed":1,"cancelled":0}""", overview["publicationCounts"]!.ToJsonString());
        // youtube: P1 200 + P3 200 views, 10 + 30 likes over 3 publications (P5 has no metrics); tiktok P2; facebook P4.
        Assert.Equal(["FACEBOOK 1 40 4", "TIKTOK 1 80 9", "YOUTUBE 3 400 40"], overview["byPlatform"]!.AsArray()
            .Select(p => $"{p!["platform"]} {p["publicationCount"]} {p["totals"]!["views"]} {p["totals"]!["likes"]}"));
        // E1 = P1 + P2 = 280 views, E2 = 200, E3 = 40.
        Assert.Equal(["1 E1 280", "2 E2 200", "3 E3 40"], overview["topEpisodes"]!.AsArray()
            .Select(r => $"{r!["rank"]} {r["episode"]!["title"]} {r["value"]}"));
        Assert.Equal(280L, L(overview["topEpisodes"]![0]!["totals"]!, "views"));
        // Likes: E2 30, E1 10 + 9 = 19.
        Assert.Equal(["1 E2 30", "2 E1 19"], overview["byLikes"]!.AsArray().Select(r => $"{r!["rank"]} {r["episode"]!["title"]} {r["value"]}"));
        // S1 = E1 + E2 = 480, S2 = E3 = 40.
        Assert.Equal(["1 S1 480", "2 S2 40"], overview["topSeries"]!.AsArray().Select(r => $"{r!["rank"]} {r["series"]!["name"]} {r["value"]}"));
        // CTR: S2 .5 (P4 only); S1 (.05*60 + .10*140 + .03*200) / 400 = 23/400.
        var byCtr = overview["byCtr"]!.AsArray();
        Assert.Equal(("S2", 0.5), (byCtr[0]!["series"]!["name"]!.GetValue<string>(), D(byCtr[0]!, "value")));
        Assert.Equal(23.0 / 400, D(byCtr[1]!, "value"), 9);
    }

    [Fact]
    public async Task Overview_AllChannels_AddsTheOtherChannelButNeverAStranger()
    {
        var all = await OverviewAsync(null, "channel { name } totals { views } publicationCounts { published } episodeCounts { draft }");

        Assert.Null(all["channel"]);
        // Channel A's 520 + channel B's P6 5000 (no baseline); the stranger's 777777 is invisible.
        Assert.Equal(5520L, L(all["totals"]!, "views"));
        Assert.Equal(4, all["publicationCounts"]!["published"]!.GetValue<int>());
        Assert.Equal(2, all["episodeCounts"]!["draft"]!.GetValue<int>());

        var stranger = await _client.SendAsync("query($c: ID) { dashboardOverview(channelId: $c) { totals { views } } }", new { c = _strangerChannel });
        Assert.Equal("NOT_FOUND", stranger.FirstErrorCode);
        var theirs = await _host.Client(_stranger).DataAsync("query { dashboardOverview { totals { views } } }", null);
        Assert.Equal(0L, L(theirs["dashboardOverview"]!["totals"]!, "views"));
    }

    [Fact]
    public async Task ChannelOverview_EqualsDashboardOverviewOfThatChannel()
    {
        var data = await _client.DataAsync("""
            query($id: ID!, $r: DateRangeInput!) { channel(id: $id) { overview(range: $r) { channel { name } totals { views likes } timeline { views } } } }
            """, new { id = _seed.ChannelA, r = Range });
        var overview = data["channel"]!["overview"]!;
        Assert.Equal("A", overview["channel"]!["name"]!.GetValue<string>());
        Assert.Equal((520L, 53L), (L(overview["totals"]!, "views"), L(overview["totals"]!, "likes")));
        Assert.Equal([110L, 340L, 70L], overview["timeline"]!.AsArray().Select(p => L(p!, "views")));
    }

    [Fact]
    public async Task BadInput_GivesTypedErrors()
    {
        var reversed = await _client.SendAsync("""query { dashboardOverview(range: { custom: { from: "2026-03-04T00:00:00Z", to: "2026-03-01T00:00:00Z" } }) { totals { views } } }""");
        Assert.Equal("INVALID_DATE_RANGE", reversed.FirstErrorCode);
        var empty = await _client.SendAsync("""query { dashboardOverview(range: { custom: { from: "2026-03-01T00:00:00Z", to: "2026-03-01T00:00:00Z" } }) { totals { views } } }""");
        Assert.Equal("INVALID_DATE_RANGE", empty.FirstErrorCode);
        var unknown = await _client.SendAsync("query($c: ID) { dashboardOverview(channelId: $c) { totals { views } } }",
            new { c = Modules.Core.GraphQL.Relay.GlobalId.Encode("ContentChannel", Guid.NewGuid()) });
        Assert.Equal("NOT_FOUND", unknown.FirstErrorCode);
        var wrongType = await _client.SendAsync("query($c: ID) { dashboardOverview(channelId: $c) { totals { views } } }", new { c = _seed.S1 });
        Assert.Equal("INVALID_ID", wrongType.FirstErrorCode);
        var both = await _client.SendAsync("""query { dashboardOverview(range: { preset: LAST_7D, custom: { from: "2026-03-01T00:00:00Z", to: "2026-03-02T00:00:00Z" } }) { totals { views } } }""");
        Assert.NotNull(both.Errors);
        Assert.Null(both.Data?["dashboardOverview"]);
        var tooMany = await _client.SendAsync("""query { dashboardOverview(range: { custom: { from: "2020-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" } }) { timeline(interval: HOUR) { views } } }""");
        Assert.Equal("RANGE_TOO_LARGE", tooMany.FirstErrorCode);
        var anonymous = await GraphQLClient.Anonymous(_host.Api).SendAsync("query { dashboardOverview { totals { views } } }");
        Assert.NotNull(anonymous.Errors);
    }

    internal static long L(JsonNode node, string field) => node[field]!.GetValue<long>();

    internal static double D(JsonNode node, string field) => node[field]!.GetValue<double>();

    internal static IEnumerable<string> Money(JsonNode list) => list.AsArray().Select(m => $"{m!["currency"]} {m["amount"]!.GetValue<decimal>():0.######}");
}
