using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Publishing;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Workflows;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.Extensions.DependencyInjection;
using static MediaCreator.Api.Tests.InputBrain.IdeaApi;

namespace MediaCreator.Api.Tests.InputBrain;

/// <summary>
/// createIdea ranks its versions by the owner's own dashboard data. The owner's street-food shorts on TikTok (9:16, 30 s,
/// 12,000 views on average, 8% engagement) beat the home-cooking videos on YouTube (16:9, 8 min, 2,500 views, 2%):
/// median views (2,000 2,500 3,000 10,000 12,000 14,000) = 6,500, engagement 5.0% overall. A stranger's data, the
/// opposite, must not move it.
/// </summary>
public sealed partial class TrendRankingTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private readonly Guid _stranger = Guid.NewGuid();
    private IdeaHost _factory = null!;

    public async Task InitializeAsync() => _factory = await IdeaHost.StartAsync();

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private sealed record Post(string Title, string Tag, string Platform, string Aspect, double Seconds, long Views, double Engagement, int DaysAgo);

    private async Task SeedAsync(Guid owner, IReadOnlyList<Post> posts)
    {
        var project = GlobalId.DecodeFor("Project", await DashboardApi.ProjectAsync(_factory.AsUser(owner), "Food"));
        await using var scope = _factory.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<IEpisodeWriter>();
        var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
        var accounts = new Dictionary<string, PlatformAccount>();
        var now = DateTime.UtcNow;
        foreach (var post in posts)
        {
            var metadata = new JsonObject
            {
                ["contentType"] = "video", ["tags"] = new JsonArray(post.Tag), ["aspectRatio"] = post.Aspect, ["durationSeconds"] = post.Seconds,
            }.ToJsonString();
            var episode = await writer.UpsertReadyAsync(new EpisodeDraft(owner, project, Guid.NewGuid(), null, null, post.Title, null, null, metadata), CancellationToken.None);
            if (!accounts.TryGetValue(post.Platform, out var account))
            {
                account = new PlatformAccount { OwnerId = owner, Platform = post.Platform, ExternalId = post.Platform + owner.ToString("N")[..6], Name = "Food " + post.Platform };
                accounts[post.Platform] = account;
                db.PlatformAccounts.Add(account);
            }
            var publication = new PublicationRecord
            {
                OwnerId = owner, EpisodeId = episode, PlatformAccountId = account.Id, Platform = post.Platform, ExternalPostId = Guid.NewGuid().ToString("N"),
                Status = PublicationStatus.Published, PublishedTime = now.AddDays(-post.DaysAgo).AddHours(-1),
            };
            db.Publications.Add(publication);
            // An older, smaller snapshot first: only the latest counts.
            db.Snapshots.Add(new PerformanceSnapshot
            {
                OwnerId = owner, PublicationId = publication.Id, Timestamp = now.AddDays(-post.DaysAgo).AddHours(1), Views = post.Views / 10, EngagementRate = 0.5,
            });
            db.Snapshots.Add(new PerformanceSnapshot
            {
                OwnerId = owner, PublicationId = publication.Id, Timestamp = now.AddMinutes(-5), Views = post.Views, Likes = post.Views / 20,
                Comments = 3, Shares = 1, WatchTimeSeconds = post.Views * post.Seconds / 2, Ctr = 0.05, EngagementRate = post.Engagement,
            });
        }
        await db.SaveChangesAsync();
    }

    private static readonly Post[] OwnersPosts =
    [
        new("Street food night market", "street food", "tiktok", "9:16", 30, 12_000, 0.08, 3),
        new("Street food crawl in Chiang Mai", "street food", "tiktok", "9:16", 28, 14_000, 0.08, 10),
        new("Street food under 100 baht", "street food", "tiktok", "9:16", 32, 10_000, 0.08, 17),
        new("Home cooking: green curry", "home cooking", "youtube", "16:9", 480, 2_000, 0.02, 5),
        new("Home cooking: pad thai", "home cooking", "youtube", "16:9", 500, 3_000, 0.02, 12),
        new("Home cooking: tom yum", "home cooking", "youtube", "16:9", 460, 2_500, 0.02, 19),
    ];

    private static readonly Post[] StrangersPosts =
    [
        new("Street food tasting", "street food", "tiktok", "9:16", 30, 100, 0.01, 2),
        new("Street food at dawn", "street food", "tiktok", "9:16", 30, 120, 0.01, 4),
        new("Home cooking: khao soi", "home cooking", "youtube", "16:9", 480, 50_000, 0.10, 6),
        new("Home cooking: larb", "home cooking", "youtube", "16:9", 480, 60_000, 0.10, 8),
    ];

    private static readonly object Request = new
    {
        type = "VIDEO", prompt = "street food stalls worth the queue", options = new { targetPlatforms = new[] { "YOUTUBE", "TIKTOK" }, versionCount = 2 },
    };

    [GeneratedRegex(@"^Score (\d\.\d\d) = 40% idea quality (\d\.\d\d) \+ 60% fit with your results (\d\.\d\d)$")]
    private static partial Regex ScoreLine();

    private static (double Score, double Quality, double Fit) Score(JsonNode suggestion)
    {
        var match = ScoreLine().Match(suggestion["scoreReasons"].Texts()[0]);
        Assert.True(match.Success, suggestion["scoreReasons"]!.ToJsonString());
        double At(int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        return (At(1), At(2), At(3));
    }

    [Fact]
    public async Task OwnersBestTopicAndFormat_RankFirst_WithTheFiguresInTheReasons_AStrangersDataDoesNotCount()
    {
        await SeedAsync(_owner, OwnersPosts);
        await SeedAsync(_stranger, StrangersPosts);

        var idea = await CreatedIdeaAsync(_factory.AsUser(_owner), Request);

        var suggestions = idea["aiSuggestions"]!.AsArray();
        Assert.Equal(2, suggestions.Count);
        var (best, other) = (suggestions[0]!, suggestions[1]!);
        Assert.Equal(("tiktok", "RATIO_9_16", 30.0), (best["format"]!["platform"].Text(), best["format"]!["aspectRatio"].Text(), best["format"]!["durationSeconds"]!.GetValue<double>()));
        Assert.Equal(("youtube", "RATIO_16_9", 480.0), (other["format"]!["platform"].Text(), other["format"]!["aspectRatio"].Text(), other["format"]!["durationSeconds"]!.GetValue<double>()));
        Assert.True(best["score"]!.GetValue<double>() > other["score"]!.GetValue<double>());
        // Versions are stored in ranked order and their indexes match the suggestions'.
        Assert.Equal([0, 1], suggestions.Select(s => s!["versionIndex"]!.GetValue<int>()));
        Assert.Equal(suggestions.Select(s => s!["title"].Text()), idea["versions"]!.AsArray().Select(v => v!["title"].Text()));

        // 'street food': (12,000 + 14,000 + 10,000) / 3 = 12,000 views = 1.8x the median 6,500.
        var reasons = best["scoreReasons"].Texts();
        Assert.Contains("'street food' videos average 12,000 views, 1.8x your median (3 posts)", reasons);
        Assert.Contains("9:16 on TikTok, 15–60s: engagement 8.0% vs 5.0% overall, 12,000 views on average (3 posts)", reasons);
        Assert.Contains("16:9 on YouTube, 3–10min: engagement 2.0% vs 5.0% overall, 2,500 views on average (3 posts)", other["scoreReasons"].Texts());

        // Lift = 1 + (mean(views ratio, engagement ratio) - 1) * n / (n + 2); fit = logistic(2.5 * mean log-lift).
        var tiktokLift = 1 + ((12_000 / 6_500.0 + 0.08 / 0.05) / 2 - 1) * 3 / 5;
        var youtubeLift = 1 + ((2_500 / 6_500.0 + 0.02 / 0.05) / 2 - 1) * 3 / 5;
        static double Fit(params double[] lifts) => 1 / (1 + Math.Exp(-2.5 * lifts.Average(Math.Log)));
        var bestScore = Score(best);
        var otherScore = Score(other);
        Assert.Equal(Fit(tiktokLift, tiktokLift), bestScore.Fit, 2);
        Assert.Equal(Fit(tiktokLift, youtubeLift), otherScore.Fit, 2);
        Assert.Equal(0.71, bestScore.Fit);
        Assert.Equal(0.47, otherScore.Fit);
        foreach (var (suggestion, (score, quality, fit)) in new[] { (best, bestScore), (other, otherScore) })
        {
            Assert.Equal(score, suggestion["score"]!.GetValue<double>(), 2);
            Assert.InRange(score - (0.4 * quality + 0.6 * fit), -0.01, 0.01);
        }

        // The stranger, whose YouTube cooking videos win, gets the opposite order from the same request.
        var theirs = await CreatedIdeaAsync(_factory.AsUser(_stranger), Request);
        Assert.Equal("youtube", theirs["aiSuggestions"]![0]!["format"]!["platform"].Text());
    }

    [Fact]
    public async Task WithoutOwnData_ScoresSayThereIsNone_EvenWhenAStrangerHasData()
    {
        await SeedAsync(_stranger, StrangersPosts);

        var idea = await CreatedIdeaAsync(_factory.AsUser(_owner), Request);

        Assert.All(idea["aiSuggestions"]!.AsArray(), s =>
        {
            Assert.Contains("No performance data yet: scored on idea quality only (hook, outline, platform fit).", s!["scoreReasons"].Texts());
            Assert.DoesNotContain(s["scoreReasons"].Texts(), r => r.Contains("your median", StringComparison.Ordinal));
        });
    }
}
