using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.InputBrain.Persistence;
using MediaCreator.Modules.Publishing.Advisor;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static MediaCreator.Api.Tests.Publishing.Advisor.AdvisorApi;

namespace MediaCreator.Api.Tests.Publishing.Advisor;

/// <summary>
/// The advisor through GraphQL on <see cref="AdvisorSeed"/>'s data: every recommendation type with hand-computed figures,
/// dismissing, node(id), filters, expiry and upsert on recomputation, the recurring task, owner isolation and
/// createIdea from a trend recommendation.
/// </summary>
public sealed class AdvisorTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private ApiFactory _root = null!;
    private WebApplicationFactory<Program> _factory = null!;
    private GraphQLClient _client = null!;
    private AdvisorSeed _seed = null!;

    public async Task InitializeAsync()
    {
        _root = await ApiFactory.CreateAsync("Production");
        // A priced task with cheaper providers, which the cost records' jobs ran.
        _factory = _root.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddJobHandler<EchoJobHandler>(AdvisorSeed.Definition)));
        _client = Client(_owner);
        _seed = await AdvisorSeed.CreateAsync(_factory.Services, _client, _owner);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _root.DisposeAsync();
    }

    private GraphQLClient Client(Guid owner)
    {
        var http = _factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Tokens.ForUser(owner));
        return new GraphQLClient(http);
    }

    [Fact]
    public async Task Recommendations_CarryTheHandComputedFigures()
    {
        var nodes = await NodesAsync(_client);
        Assert.Equal(7, nodes.Count);

        // 6 matured YouTube posts average (3000+2000+1000+800+200+200)/6 = 1200 views after 7 days; the two posted on
        // Friday 11:00 UTC = Friday 18:00 in Bangkok average 2500: lift 2500/1200 - 1 = 1.0833; confidence 2/(2+5).
        var time = Single(nodes, "BestPostingTimeRecommendation");
        Assert.Equal("BEST_POSTING_TIME", Text(time, "type"));
        Assert.Equal("SUGGESTION", Text(time, "severity"));
        Assert.Equal("YOUTUBE", Text(time, "platform"));
        Assert.Equal("FRIDAY", Text(time, "dayOfWeek"));
        Assert.Equal(18, time["hour"]!.GetValue<int>());
        Assert.Equal("Asia/Bangkok", Text(time, "timeZone"));
        Assert.Equal(1.0833, Number(time, "expectedLift"));
        Assert.Equal(0.286, Number(time, "confidence"));
        Assert.Equal("Cooking", Text(time["channel"]!, "name"));
        Assert.Equal("Post on YouTube on Fridays at 18:00 (Asia/Bangkok)", Text(time, "title"));
        Assert.Equal("2 of your 6 YouTube posts on 'Cooking' went out on Fridays 18:00–19:00 Asia/Bangkok and averaged 2,500 views "
                     + "after 7 days, 108.3% more than the 1,200 average of all 6.", Text(time, "summary"));
        Assert.Null(time["narrative"]); // no chat model configured
        Assert.True(time["expiresAt"]!.GetValue<DateTime>() > DateTime.UtcNow);

        // Series averages after 7 days: Quick (3000+2000)/2 = 2500 = 2.0833 × 1200; Desserts 200 = 0.1667 × 1200; Long 900 (no advice).
        var best = Single(nodes, "BestSeriesRecommendation", n => Text(n, "severity") == "SUGGESTION");
        Assert.Equal(_seed.QuickSeries, Text(best["series"]!, "id"));
        Assert.Equal("VIEWS", Text(best, "metric"));
        Assert.Equal(2500, Number(best, "value"));
        Assert.Equal(2.0833, Number(best, "relativeToAverage"));
        Assert.Equal("Double down on 'Quick meals'", Text(best, "title"));
        Assert.Contains("2,500 views per post after 7 days (2 posts), 2.08× the 1,200 average of 'Cooking' (6 posts)", Text(best, "summary"));
        var drop = Single(nodes, "BestSeriesRecommendation", n => Text(n, "severity") == "WARNING");
        Assert.Equal(_seed.SweetSeries, Text(drop["series"]!, "id"));
        Assert.Equal(200, Number(drop, "value"));
        Assert.Equal(0.1667, Number(drop, "relativeToAverage"));
        Assert.Equal("Consider dropping 'Desserts'", Text(drop, "title"));

        // Other project: 36 USD for 2000+1600+400+400 = 4400 lifetime views = 0.00818182 per view; the channel's two
        // projects: 46 USD / 14400 views = 0.00319444; ratio 2.5613 ≥ 2. Budget: 36 of 40 = 0.9 ≥ warnAt 0.8.
        // premium (2.00/job) cost most; budget-ai (0.50) is the cheapest USD per-job provider of the same task.
        var perView = Single(nodes, "CostWarningRecommendation", n => n["budget"] is null);
        Assert.Equal("WARNING", Text(perView, "severity"));
        Assert.Equal(_seed.OtherProject, Text(perView["project"]!, "id"));
        Assert.Equal(36m, perView["spent"]!["amount"]!.GetValue<decimal>());
        Assert.Equal("USD", Text(perView["spent"]!, "currency"));
        Assert.Equal(0.00818182m, perView["costPerView"]!.GetValue<decimal>());
        Assert.Equal(0.00319444m, perView["channelCostPerView"]!.GetValue<decimal>());
        Assert.Equal(2.5613, Number(perView, "relativeToAverage"));
        Assert.Equal(4400, perView["views"]!.GetValue<long>());
        Assert.Equal("premium", Text(perView, "topProvider"));
        Assert.Equal("budget-ai", Text(perView, "suggestedProvider"));
        Assert.Contains("36.00 USD for 4,400 views: 0.008182 USD per view, 2.56× the 0.003194 USD of 'Cooking' (2 projects)", Text(perView, "summary"));
        var budget = Single(nodes, "CostWarningRecommendation", n => n["budget"] is not null);
        Assert.Equal("WARNING", Text(budget, "severity"));
        Assert.Equal(40m, budget["budget"]!["amount"]!.GetValue<decimal>());
        Assert.Equal(36m, budget["spent"]!["amount"]!.GetValue<decimal>());
        Assert.Equal(0.9, Number(budget, "usedFraction"));
        Assert.Equal("premium", Text(budget, "topProvider"));
        Assert.Equal("budget-ai", Text(budget, "suggestedProvider"));
        Assert.Equal("Budget of 'Other project' is 90% used", Text(budget, "title"));
        Assert.Contains("spent 36.00 USD of its 40.00 USD budget (90%; warning at 80%). Most of it went to premium (30.00). "
                        + "budget-ai offers advisor-test.render for 0.50 per unit instead of 2.00.", Text(budget, "summary"));
        Assert.Equal("Cooking", Text(budget["channel"]!, "name"));

        // Lifetime views average 14400/6 = 2400. "quick": 2 posts, mean 5000, ratio 2.0833, score 1 + 1.0833 × 2/4 = 1.5417;
        // "thai" (P2's "Thai" included): 3 posts, mean 4000, ratio 1.6667, score 1 + 0.6667 × 3/5 = 1.4. "slow" and "sweet" are below average.
        var trends = nodes.Where(n => Text(n, "__typename") == "TrendIdeaRecommendation").ToList();
        Assert.Equal(["quick", "thai"], trends.Select(t => Text(t, "trendTopic")).Order());
        var quick = trends.Single(t => Text(t, "trendTopic") == "quick");
        Assert.Equal(1.5417, Number(quick, "trendScore"));
        Assert.Equal("VIDEO", Text(quick, "contentType"));
        Assert.Equal("YOUTUBE", Text(quick, "trendPlatform"));
        Assert.Equal("A new video about quick for YouTube, in the spirit of \"Pad kra pao in 5 minutes\" (6,000 views)", Text(quick, "suggestedPrompt"));
        Assert.Equal(0.286, Number(quick, "confidence"));
        var thai = trends.Single(t => Text(t, "trendTopic") == "thai");
        Assert.Equal(1.4, Number(thai, "trendScore"));
        Assert.Equal(0.375, Number(thai, "confidence"));
        Assert.Contains("Your 3 posts tagged 'thai' on 'Cooking' average 4,000 views, 1.67× the channel's 2,400", Text(thai, "summary"));
    }

    [Fact]
    public async Task ChannelRecommendations_AreTheChannelsMostSevereFirst()
    {
        var data = await _client.DataAsync($$"""
            query($id: ID!) { channel(id: $id) { recommendations(first: 3) { __typename severity title }
              trends: recommendations(types: [TREND_IDEA]) { __typename } } }
            """, new { id = _seed.Channel });
        var top = data["channel"]!["recommendations"]!.AsArray();
        Assert.Equal(3, top.Count);
        Assert.All(top, r => Assert.Equal("WARNING", Text(r!, "severity")));
        Assert.Equal(2, data["channel"]!["trends"]!.AsArray().Count);
        Assert.All(data["channel"]!["trends"]!.AsArray(), r => Assert.Equal("TrendIdeaRecommendation", Text(r!, "__typename")));
    }

    [Fact]
    public async Task DashboardOverviewRecommendations_AreTheChannelsMostSevereFirst_OrAllOfTheCallersWithoutAChannel()
    {
        var data = await _client.DataAsync("""
            query($id: ID!) { channel(id: $id) { recommendations(first: 3) { id } }
              one: dashboardOverview(channelId: $id) { recommendations(first: 3) { id } }
              all: dashboardOverview { recommendations(first: 50) { id severity } }
              recommendations(first: 50) { totalCount } }
            """, new { id = _seed.Channel });

        var channelTop = data["channel"]!["recommendations"]!.AsArray().Select(r => Text(r!, "id")).ToList();
        Assert.Equal(3, channelTop.Count);
        Assert.Equal(channelTop, data["one"]!["recommendations"]!.AsArray().Select(r => Text(r!, "id")));
        var all = data["all"]!["recommendations"]!.AsArray();
        Assert.Equal(data["recommendations"]!["totalCount"]!.GetValue<int>(), all.Count);
        Assert.True(all.Count >= 7, "at least the channel's 7");
        var severities = all.Select(r => Text(r!, "severity")).ToList();
        Assert.Equal(severities.OrderBy(s => s switch { "CRITICAL" => 0, "WARNING" => 1, "SUGGESTION" => 2, _ => 3 }), severities);
    }

    [Fact]
    public async Task Filters_SelectByChannelSeriesProjectAndType()
    {
        Assert.Equal(7, (await NodesAsync(_client, new { channelId = _seed.Channel })).Count);
        var series = await NodesAsync(_client, new { seriesId = _seed.SweetSeries });
        Assert.Equal("Consider dropping 'Desserts'", Text(Assert.Single(series), "title"));
        var project = await NodesAsync(_client, new { projectId = _seed.OtherProject });
        Assert.Equal(2, project.Count);
        Assert.All(project, r => Assert.Equal("COST_WARNING", Text(r, "type")));
        var types = await NodesAsync(_client, new { types = new[] { "BEST_POSTING_TIME", "BEST_SERIES" } });
        Assert.Equal(3, types.Count);
        Assert.Empty(await NodesAsync(_client, new { projectId = _seed.QuickProject }));
        var page = await _client.DataAsync("{ recommendations(first: 2) { totalCount pageInfo { hasNextPage } nodes { id } } }");
        Assert.Equal(7, page["recommendations"]!["totalCount"]!.GetValue<int>());
        Assert.True(page["recommendations"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Dismiss_HidesIt_IncludeDismissedShowsIt_AndRecomputingKeepsItDismissed()
    {
        var time = Single(await NodesAsync(_client), "BestPostingTimeRecommendation");
        var id = Text(time, "id");
        var payload = await MutateAsync(_client, "dismissRecommendation", new { recommendationId = id }, "recommendation { id dismissedAt }");
        Assert.Null(payload["errors"]);
        Assert.NotNull(payload["recommendation"]!["dismissedAt"]);

        Assert.DoesNotContain(await NodesAsync(_client), n => Text(n, "id") == id);
        var all = await NodesAsync(_client, new { includeDismissed = true });
        Assert.Equal(7, all.Count);
        Assert.NotNull(all.Single(n => Text(n, "id") == id)["dismissedAt"]);

        var refreshed = await MutateAsync(_client, "refreshRecommendations", new { channelId = _seed.Channel }, "recommendations { id }");
        Assert.Null(refreshed["errors"]);
        Assert.Equal(6, refreshed["recommendations"]!.AsArray().Count);
        Assert.DoesNotContain(refreshed["recommendations"]!.AsArray(), n => Text(n!, "id") == id);
        Assert.NotNull((await NodesAsync(_client, new { includeDismissed = true })).Single(n => Text(n, "id") == id)["dismissedAt"]);

        var missing = await MutateAsync(_client, "dismissRecommendation", new { recommendationId = GlobalId.Encode("TrendIdeaRecommendation", Guid.NewGuid()) }, "recommendation { id }");
        Assert.Equal("NotFoundError", Text(missing["errors"]![0]!, "__typename"));
        var wrongType = await MutateAsync(_client, "dismissRecommendation", new { recommendationId = _seed.Channel }, "recommendation { id }");
        Assert.Equal("NotFoundError", Text(wrongType["errors"]![0]!, "__typename"));
        var unknownChannel = await MutateAsync(_client, "refreshRecommendations", new { channelId = GlobalId.Encode("ContentChannel", Guid.NewGuid()) }, "recommendations { id }");
        Assert.Equal("NotFoundError", Text(unknownChannel["errors"]![0]!, "__typename"));
    }

    [Fact]
    public async Task Node_ResolvesEveryRecommendationType()
    {
        foreach (var recommendation in await NodesAsync(_client))
        {
            var data = await _client.DataAsync($$"""query($id: ID!) { node(id: $id) { ... on Recommendation { {{Fields}} } } }""", new { id = Text(recommendation, "id") });
            Assert.Equal(recommendation.ToJsonString(), data["node"]!.ToJsonString());
        }
        // A recommendation's id under another recommendation type name is not it.
        var time = Single(await NodesAsync(_client), "BestPostingTimeRecommendation");
        GlobalId.TryDecode(Text(time, "id"), out _, out var raw);
        var data2 = await _client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = GlobalId.Encode("TrendIdeaRecommendation", raw) });
        Assert.Null(data2["node"]);
    }

    [Fact]
    public async Task Recomputing_UpdatesFiguresInPlace_AndExpiresWhatTheDataNoLongerSupports()
    {
        var before = await NodesAsync(_client, new { projectId = _seed.OtherProject });
        var budgetId = Text(Single(before, "CostWarningRecommendation", n => n["budget"] is not null), "id");
        var perViewId = Text(Single(before, "CostWarningRecommendation", n => n["budget"] is null), "id");

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(_owner, [ApiKeyScopes.Full]);
            var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            // 4 more USD on the other project: 40 of a raised 80 USD budget = 0.5 < 0.8, and 40/4400 per view vs 50/14400.
            var project = await core.Projects.FirstAsync(p => p.Id == GlobalId.DecodeFor("Project", _seed.OtherProject));
            project.Budget!.Limit = 80m;
            var record = await core.CostRecords.FirstAsync(r => r.ProjectId == project.Id && r.Provider == "budget-ai");
            record.TotalCost = 10m;
            await core.SaveChangesAsync();
        }
        var refreshed = await MutateAsync(_client, "refreshRecommendations", new { }, "recommendations { id }");
        Assert.Null(refreshed["errors"]);

        var after = await NodesAsync(_client, new { projectId = _seed.OtherProject });
        var perView = Assert.Single(after);
        Assert.Equal(perViewId, Text(perView, "id")); // same fingerprint, same row
        Assert.Equal(40m, perView["spent"]!["amount"]!.GetValue<decimal>());
        // 40/4400 = 0.00909091; 50/14400 = 0.00347222; ratio 2.6182.
        Assert.Equal(0.00909091m, perView["costPerView"]!.GetValue<decimal>());
        Assert.Equal(2.6182, Number(perView, "relativeToAverage"));

        // The budget warning expired; it still exists for node(id), with its expiry in the past.
        var expired = (await _client.DataAsync("query($id: ID!) { node(id: $id) { ... on CostWarningRecommendation { expiresAt } } }", new { id = budgetId }))["node"]!;
        Assert.True(expired["expiresAt"]!.GetValue<DateTime>() <= DateTime.UtcNow);
    }

    [Fact]
    public async Task RecurringTask_StoresTheRecommendationsOfOwnersWithData()
    {
        await ActivatorUtilities.CreateInstance<AdvisorRefreshTask>(_factory.Services).Invoke();
        await using var scope = _factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PublishingDbContext>().Recommendations.IgnoreQueryFilters()
            .Where(r => r.OwnerId == _owner).ToListAsync();
        Assert.Equal(7, rows.Count);
        Assert.Equal(2, rows.Count(r => r.Type == RecommendationType.TrendIdea));
        Assert.All(rows, r => Assert.NotNull(r.UpdatedAt));
    }

    [Fact]
    public async Task AnotherOwner_SeesNothing()
    {
        var mine = await NodesAsync(_client);
        var stranger = Client(Guid.NewGuid());
        var theirs = await ListAsync(stranger);
        Assert.Equal(0, theirs["totalCount"]!.GetValue<int>());
        Assert.Empty(await NodesAsync(stranger, new { channelId = _seed.Channel }));
        foreach (var recommendation in mine)
        {
            var data = await stranger.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = Text(recommendation, "id") });
            Assert.Null(data["node"]);
        }
        var dismiss = await MutateAsync(stranger, "dismissRecommendation", new { recommendationId = Text(mine[0], "id") }, "recommendation { id }");
        Assert.Equal("NotFoundError", Text(dismiss["errors"]![0]!, "__typename"));
        var trend = Text(Single(mine, "TrendIdeaRecommendation", n => Text(n, "trendTopic") == "quick"), "id");
        var idea = await stranger.DataAsync("""
            mutation($id: ID!) { createIdea(input: { sourceRecommendationId: $id }) { idea { id } errors { __typename ... on NotFoundError { typeName } } } }
            """, new { id = trend });
        Assert.Equal("NotFoundError", Text(idea["createIdea"]!["errors"]![0]!, "__typename"));
        Assert.Null(idea["createIdea"]!["idea"]);
        Assert.NotNull((await NodesAsync(_client)).Single(n => Text(n, "id") == Text(mine[0], "id"))); // still there, not dismissed
    }

    [Fact]
    public async Task CreateIdea_FromATrendRecommendation_UsesItsPromptTypeAndPlatform()
    {
        var trend = Single(await NodesAsync(_client), "TrendIdeaRecommendation", n => Text(n, "trendTopic") == "quick");
        var data = await _client.DataAsync("""
            mutation($id: ID!) { createIdea(input: { sourceRecommendationId: $id, projectName: "From JARVIS" }) {
              idea { id prompt type options { targetPlatforms } sourceRecommendation { id ... on TrendIdeaRecommendation { trendTopic } } }
              errors { __typename ... on Error { message } } } }
            """, new { id = Text(trend, "id") });
        var payload = data["createIdea"]!;
        Assert.Null(payload["errors"]);
        var idea = payload["idea"]!;
        Assert.Equal(Text(trend, "suggestedPrompt"), Text(idea, "prompt"));
        Assert.Equal("VIDEO", Text(idea, "type"));
        Assert.Equal(["YOUTUBE"], idea["options"]!["targetPlatforms"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(Text(trend, "id"), Text(idea["sourceRecommendation"]!, "id"));
        Assert.Equal("quick", Text(idea["sourceRecommendation"]!, "trendTopic"));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<InputBrainDbContext>().Ideas.IgnoreQueryFilters()
                .SingleAsync(i => i.Id == GlobalId.DecodeFor("ContentIdea", Text(idea, "id")));
            Assert.Equal(GlobalId.DecodeFor("TrendIdeaRecommendation", Text(trend, "id")), row.SourceRecommendationId);
        }

        // The input's own prompt and type win over the recommendation's.
        var own = await _client.DataAsync("""
            mutation($id: ID!) { createIdea(input: { sourceRecommendationId: $id, prompt: "quick noodles", type: IMAGE }) {
              idea { prompt type sourceRecommendation { id } } errors { __typename } } }
            """, new { id = Text(trend, "id") });
        Assert.Equal("quick noodles", Text(own["createIdea"]!["idea"]!, "prompt"));
        Assert.Equal("IMAGE", Text(own["createIdea"]!["idea"]!, "type"));

        // Not a trend idea, or no recommendation and no prompt: typed errors.
        var time = Text(Single(await NodesAsync(_client), "BestPostingTimeRecommendation"), "id");
        var wrong = await _client.DataAsync("""
            mutation($id: ID!) { createIdea(input: { sourceRecommendationId: $id }) { idea { id } errors { __typename ... on NotFoundError { typeName } } } }
            """, new { id = time });
        Assert.Equal("NotFoundError", Text(wrong["createIdea"]!["errors"]![0]!, "__typename"));
        var bare = await _client.DataAsync("""
            mutation { createIdea(input: { type: VIDEO }) { idea { id } errors { __typename ... on ValidationError { field code } } } }
            """);
        Assert.Equal("input.prompt", Text(bare["createIdea"]!["errors"]![0]!, "field"));
    }
}
