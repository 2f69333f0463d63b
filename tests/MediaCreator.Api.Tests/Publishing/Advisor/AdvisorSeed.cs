using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Costs;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Jobs;
using MediaCreator.Modules.Core.Jobs.Engine;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Projects;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing.Advisor;

/// <summary>
/// One owner's channel "Cooking" (time zone Asia/Bangkok, UTC+7) with three series, six YouTube posts, snapshots, two
/// projects with costs and budgets. Every post is 10+ days old; its first snapshot (3 days after publishing) holds the
/// "views after 7 days", a second one (9 days after) the lifetime views. The expected figures in the tests are computed
/// by hand from these numbers:
/// <code>
/// post  series  day/hour UTC (Bangkok)   views@7d  lifetime  tags          type   project
/// P1    Quick   Fri 11:00 (Fri 18:00)    3000      6000      thai, quick   video  Quick
/// P2    Quick   Fri 11:00 (Fri 18:00)    2000      4000      thai, quick   video  Quick
/// P3    Long    Mon 02:00 (Mon 09:00)    1000      2000      thai, slow    video  Other
/// P4    Long    Mon 02:00 (Mon 09:00)     800      1600      slow          video  Other
/// P5    Sweet   Wed 05:00 (Wed 12:00)     200       400      sweet         image  Other
/// P6    Sweet   Wed 05:00 (Wed 12:00)     200       400      sweet         image  Other
/// </code>
/// Costs (USD): Quick project 10 (provider premium); Other project 30 premium + 6 budget-ai, budget 40 USD warnAt 0.8.
/// </summary>
internal sealed record AdvisorSeed(string Channel, string QuickSeries, string LongSeries, string SweetSeries, string QuickProject, string OtherProject)
{
    public const string Task = "advisor-test.render";

    /// <summary>A task with three providers, so the advisor can suggest a cheaper one than "premium" (2.00 per job).</summary>
    public static readonly JobTaskDefinition Definition = new(
        Task, "publishing", "default", JobKind.Generic, "Test render task with priced providers.", "premium",
        new CostProfile { Currency = "USD", Unit = CostUnit.PerJob, UnitCost = 2.00m }, null,
        [
            new JobTaskProvider("mid-ai", "Mid AI", new CostProfile { Currency = "USD", Unit = CostUnit.PerJob, UnitCost = 1.00m }, false),
            new JobTaskProvider("budget-ai", "Budget AI", new CostProfile { Currency = "USD", Unit = CostUnit.PerJob, UnitCost = 0.50m }, false),
            new JobTaskProvider("euro-ai", "Euro AI", new CostProfile { Currency = "EUR", Unit = CostUnit.PerJob, UnitCost = 0.10m }, false),
        ]);

    /// <summary>The Monday 00:00 UTC at least 21 days before today: week 0 and week 1 posts are all 10+ days old.</summary>
    public static DateTime Anchor()
    {
        var day = DateTime.UtcNow.Date.AddDays(-21);
        while (day.DayOfWeek != DayOfWeek.Monday) day = day.AddDays(-1);
        return DateTime.SpecifyKind(day, DateTimeKind.Utc);
    }

    public static async Task<AdvisorSeed> CreateAsync(IServiceProvider services, GraphQLClient client, Guid owner)
    {
        var quickProject = await DashboardApi.ProjectAsync(client, "Quick project");
        var otherProject = await DashboardApi.ProjectAsync(client, "Other project");
        var channel = await DashboardApi.CreateAsync(client, "createChannel", new { name = "Cooking", metadata = new { timeZone = "Asia/Bangkok" } }, "channel");
        var quick = await DashboardApi.CreateAsync(client, "createSeries", new { channelId = channel, name = "Quick meals" }, "series");
        var slow = await DashboardApi.CreateAsync(client, "createSeries", new { channelId = channel, name = "Long recipes" }, "series");
        var sweet = await DashboardApi.CreateAsync(client, "createSeries", new { channelId = channel, name = "Desserts" }, "series");
        async Task<Guid> Episode(string series, string project, string title, string type, string[] tags) =>
            GlobalId.DecodeFor("Episode", await DashboardApi.CreateAsync(client, "createEpisode",
                new { seriesId = series, projectId = project, title, metadata = new { contentType = type, tags } }, "episode"));

        var anchor = Anchor();
        var friday = anchor.AddDays(4).AddHours(11);
        var monday = anchor.AddHours(2);
        var wednesday = anchor.AddDays(2).AddHours(5);
        var posts = new (Guid Episode, DateTime Published, long Views7, long Lifetime)[]
        {
            (await Episode(quick, quickProject, "Pad kra pao in 5 minutes", "video", ["thai", "quick"]), friday, 3000, 6000),
            (await Episode(quick, quickProject, "Fried rice in 4 minutes", "video", ["Thai", "quick"]), friday.AddDays(7), 2000, 4000),
            (await Episode(slow, otherProject, "Massaman all afternoon", "video", ["thai", "slow"]), monday, 1000, 2000),
            (await Episode(slow, otherProject, "Slow braised pork", "video", ["slow"]), monday.AddDays(7), 800, 1600),
            (await Episode(sweet, otherProject, "Mango sticky rice", "image", ["sweet"]), wednesday, 200, 400),
            (await Episode(sweet, otherProject, "Coconut jelly", "image", ["sweet"]), wednesday.AddDays(7), 200, 400),
        };

        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(owner, [ApiKeyScopes.Full]);
        var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
        var channelId = GlobalId.DecodeFor("ContentChannel", channel);
        var account = new PlatformAccount { OwnerId = owner, Platform = "youtube", ExternalId = "UC-" + owner.ToString("N")[..8], Name = "Cooking YT", ChannelId = channelId };
        db.PlatformAccounts.Add(account);
        foreach (var post in posts)
        {
            var publication = new PublicationRecord
            {
                OwnerId = owner, EpisodeId = post.Episode, ChannelId = channelId, PlatformAccountId = account.Id, Platform = "youtube",
                ExternalPostId = "v-" + post.Episode.ToString("N")[..8], Status = PublicationStatus.Published, PublishedTime = post.Published,
            };
            db.Publications.Add(publication);
            db.Snapshots.Add(Snapshot(owner, publication, post.Published.AddDays(3), post.Views7));
            db.Snapshots.Add(Snapshot(owner, publication, post.Published.AddDays(9), post.Lifetime));
        }
        // A scheduled post and a failed one never count.
        db.Publications.Add(new PublicationRecord
        {
            OwnerId = owner, EpisodeId = posts[0].Episode, ChannelId = channelId, PlatformAccountId = account.Id, Platform = "youtube",
            Status = PublicationStatus.Scheduled, ScheduledTime = DateTime.UtcNow.AddDays(1),
        });
        await db.SaveChangesAsync();

        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var module = await core.Modules.FirstAsync(m => m.Name == "publishing");
        var quickId = GlobalId.DecodeFor("Project", quickProject);
        var otherId = GlobalId.DecodeFor("Project", otherProject);
        void Cost(Guid project, string provider, decimal amount)
        {
            var job = new Job
            {
                OwnerId = owner, ProjectId = project, ModuleId = module.Id, Kind = JobKind.Generic, TaskName = Task, Provider = provider,
                Status = JobStatus.Completed, Progress = 1, CompletedAt = DateTime.UtcNow,
            };
            core.Jobs.Add(job);
            core.CostRecords.Add(new CostRecord
            {
                OwnerId = owner, ProjectId = project, JobId = job.Id, Provider = provider, ModuleName = "publishing", TotalCost = amount, Currency = "USD",
            });
        }
        Cost(quickId, "premium", 10m);
        Cost(otherId, "premium", 30m);
        Cost(otherId, "budget-ai", 6m);
        (await core.Projects.FirstAsync(p => p.Id == otherId)).Budget =
            new ProjectBudget { Limit = 40m, Currency = "USD", WarnAt = 0.8, Enforcement = BudgetEnforcement.WarnOnly };
        (await core.Projects.FirstAsync(p => p.Id == quickId)).Budget =
            new ProjectBudget { Limit = 100m, Currency = "USD", WarnAt = 0.8, Enforcement = BudgetEnforcement.WarnOnly };
        await core.SaveChangesAsync();
        return new AdvisorSeed(channel, quick, slow, sweet, quickProject, otherProject);
    }

    private static PerformanceSnapshot Snapshot(Guid owner, PublicationRecord publication, DateTime at, long views) => new()
    {
        OwnerId = owner, PublicationId = publication.Id, ChannelId = publication.ChannelId, EpisodeId = publication.EpisodeId,
        Timestamp = at, Views = views, Likes = views / 10,
    };
}
