using System.Text.Json.Nodes;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Accounts;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing.Engine;

/// <summary>
/// planPublication through GraphQL to fakes of YouTube, TikTok and Facebook: uploads now and on schedule, token refresh,
/// 429 with Retry-After, a quota failure, retry, cancel, and the status events over graphql-transport-ws.
/// </summary>
public sealed class PublishingEngineTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private PlatformFakes _fakes = null!;
    private EngineHost _host = null!;

    public async Task InitializeAsync()
    {
        _fakes = new PlatformFakes();
        _host = await EngineHost.StartAsync(_fakes);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fakes.DisposeAsync();
    }

    private static string[] Ids(JsonNode plan) => [.. plan["publications"]!.AsArray().Select(p => p!["id"]!.GetValue<string>())];

    [Fact]
    public async Task Plan_ToThreePlatformsWithOneScheduled_PostsNowAndTheScheduledOneOnlyWhenDue()
    {
        var mp4 = await EngineMedia.VerticalAsync();
        var episode = await _host.EpisodeAsync(_owner, mp4);
        var youtube = await _host.AccountAsync(_owner, "youtube", "UC123", EngineHost.Tokens("yt-old"), episode.Channel);
        var tiktok = await _host.AccountAsync(_owner, "tiktok", "open-id-1", EngineHost.Tokens("tk-1"), episode.Channel);
        var facebook = await _host.AccountAsync(_owner, "facebook", "page-1", EngineHost.Tokens("page-token"), episode.Channel);
        _fakes.YouTubeTokenExpired("yt-old", "yt-new");
        var session = await _fakes.YouTubeSessionAsync(mp4.Length, "yt-new");
        _fakes.TikTokFlow(mp4.Length, rateLimitedOnce: true);
        _fakes.FacebookFlow(mp4.Length);
        await using var events = await EventRecorder.StartAsync(_host, _owner, new { e = episode.Id });
        var due = DateTime.UtcNow.AddSeconds(10);

        var plan = await _host.PlanAsync(_owner, new
        {
            episodeId = episode.Id,
            targets = new object[]
            {
                new { platformAccountId = youtube, details = EngineHost.Details() },
                new { platformAccountId = tiktok, details = EngineHost.Details() },
                new { platformAccountId = facebook, scheduledTime = due.ToString("O"), details = EngineHost.Details() },
            },
        });

        Assert.True(plan["errors"] is null, plan.ToJsonString());
        var ids = Ids(plan);
        Assert.Equal(["YOUTUBE", "TIKTOK", "FACEBOOK"], plan["publications"]!.AsArray().Select(p => p!["platform"]!.GetValue<string>()));
        Assert.All(plan["publications"]!.AsArray(), p => Assert.Equal("SCHEDULED", p!["status"]!.GetValue<string>()));
        var jobs = plan["jobs"]!.AsArray();
        Assert.Equal(3, jobs.Count);
        Assert.All(jobs, j => Assert.Equal("publishing.upload", j!["taskName"]!.GetValue<string>()));
        Assert.Equal(["youtube", "tiktok", "facebook"], jobs.Select(j => j!["provider"]!.GetValue<string>()));
        Assert.Null(jobs[0]!["runAfter"]);
        Assert.InRange(DateTime.Parse(jobs[2]!["runAfter"]!.GetValue<string>()).ToUniversalTime(), due.AddSeconds(-1), due.AddSeconds(1));

        var posted = await _host.WaitAsync(_owner, ids[0], EngineHost.Status("PUBLISHED", "FAILED"));
        EngineHost.AssertStatus("PUBLISHED", posted);
        Assert.Equal("yt-video-1", posted["externalPostId"]!.GetValue<string>());
        Assert.Equal("https://www.youtube.com/watch?v=yt-video-1", posted["postUrl"]!.GetValue<string>());
        Assert.Equal(mp4, session.Received);
        Assert.Equal("PublicationRecord", posted["uploadJob"]!["result"]!["__typename"]!.GetValue<string>());
        // 401 → refresh → retried with the new token, which is stored encrypted.
        Assert.Equal(1, _fakes.Calls(PlatformFakes.GoogleToken));
        Assert.All(session.Authorizations, a => Assert.Equal("Bearer yt-new", a));
        await using (var scope = _host.Factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(_owner, [ApiKeyScopes.Full]);
            var accountId = GlobalId.DecodeFor("PlatformAccount", youtube);
            var stored = await scope.ServiceProvider.GetRequiredService<PublishingDbContext>().PlatformAccounts.AsNoTracking().SingleAsync(a => a.Id == accountId);
            Assert.DoesNotContain("yt-new", stored.ProtectedAuthConfig);
            Assert.Equal("yt-new", scope.ServiceProvider.GetRequiredService<PlatformCredentialProtector>().Unprotect(stored.ProtectedAuthConfig!).AccessToken);
        }

        // 429 with Retry-After 1 s: the client does not wait that long, the job engine retries the upload after it.
        var tiktokPost = await _host.WaitAsync(_owner, ids[1], EngineHost.Status("PUBLISHED", "FAILED"));
        EngineHost.AssertStatus("PUBLISHED", tiktokPost);
        Assert.Equal("7311000000000001", tiktokPost["externalPostId"]!.GetValue<string>());
        Assert.Equal(2, tiktokPost["uploadJob"]!["attempt"]!.GetValue<int>());
        Assert.Equal(2, _fakes.Calls(PlatformFakes.TikTokInit));

        // The scheduled one has not been touched before its time.
        Assert.True(DateTime.UtcNow < due.AddSeconds(-1), "the immediate uploads took too long to tell");
        Assert.Equal("SCHEDULED", (await _host.PublicationAsync(_owner, ids[2]))["status"]!.GetValue<string>());
        Assert.Equal(0, _fakes.FacebookStarts());
        var scheduled = await _host.WaitAsync(_owner, ids[2], EngineHost.Status("PUBLISHED", "FAILED"));
        EngineHost.AssertStatus("PUBLISHED", scheduled);
        Assert.Equal("vid-9", scheduled["externalPostId"]!.GetValue<string>());
        Assert.True(DateTime.Parse(scheduled["publishedTime"]!.GetValue<string>()).ToUniversalTime() >= due.AddSeconds(-0.5));
        Assert.Equal(1, _fakes.FacebookStarts());
        Assert.Equal("PUBLISHED", scheduled["episode"]!["status"]!.GetValue<string>());

        var seen = await events.WaitForAsync(e => e.Count(x => x.GetProperty("type").GetString() == "PUBLICATION_PUBLISHED") == 3);
        foreach (var id in ids)
        {
            var mine = seen.Where(x => x.GetProperty("publication").GetProperty("id").GetString() == id).ToList();
            Assert.Contains(mine, x => x.GetProperty("type").GetString() == "PUBLICATION_SCHEDULED" && x.GetProperty("status").GetString() == "SCHEDULED");
            Assert.Contains(mine, x => x.GetProperty("type").GetString() == "JOB_PROGRESS" && x.GetProperty("status").GetString() == "UPLOADING");
            Assert.Contains(mine, x => x.GetProperty("type").GetString() == "PUBLICATION_PUBLISHED" && x.GetProperty("previousStatus").GetString() == "UPLOADING");
        }
    }

    [Fact]
    public async Task QuotaFailure_IsRecordedWithReasonAndCode_ThenRetryPublishes_AndCancelStopsAScheduledOne()
    {
        var mp4 = await EngineMedia.VerticalAsync();
        var episode = await _host.EpisodeAsync(_owner, mp4);
        var youtube = await _host.AccountAsync(_owner, "youtube", "UC123", EngineHost.Tokens("yt-1"), episode.Channel);
        var facebook = await _host.AccountAsync(_owner, "facebook", "page-1", EngineHost.Tokens("page-token"), episode.Channel);
        _fakes.YouTubeQuotaExceeded();
        await using var events = await EventRecorder.StartAsync(_host, _owner, new { c = episode.Channel });

        var plan = await _host.PlanAsync(_owner, new { episodeId = episode.Id, targets = new[] { new { platformAccountId = youtube, details = EngineHost.Details() } } });
        var id = Ids(plan)[0];
        // The publication is FAILED first; the job engine settles the job right after the handler returns.
        var failed = await _host.WaitAsync(_owner, id, p => EngineHost.Status("PUBLISHED")(p) || p["uploadJob"]!["status"]!.GetValue<string>() == "FAILED");

        EngineHost.AssertStatus("FAILED", failed);
        Assert.Equal("PLATFORM_QUOTA_EXCEEDED", failed["failCode"]!.GetValue<string>());
        Assert.Contains("quota", failed["failReason"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, failed["uploadJob"]!["attempt"]!.GetValue<int>());
        Assert.Equal("FAILED", failed["uploadJob"]!["status"]!.GetValue<string>());
        Assert.Equal("READY", failed["episode"]!["status"]!.GetValue<string>());
        var failure = (await events.WaitForAsync(e => e.Any(x => x.GetProperty("type").GetString() == "PUBLICATION_FAILED")))
            .First(x => x.GetProperty("type").GetString() == "PUBLICATION_FAILED");
        Assert.Equal("FAILED", failure.GetProperty("status").GetString());
        Assert.Equal("PLATFORM_QUOTA_EXCEEDED", failure.GetProperty("publication").GetProperty("failCode").GetString());

        // The quota is back: retry makes a new job and the post goes up.
        _fakes.Server.Reset();
        var session = await _fakes.YouTubeSessionAsync(mp4.Length, "yt-1");
        var retried = await _host.MutateAsync(_owner, "retryPublication", new { publicationId = id }, EngineHost.PublicationJobSelection);
        Assert.True(retried["errors"] is null, retried.ToJsonString());
        Assert.Equal("SCHEDULED", retried["publication"]!["status"]!.GetValue<string>());
        Assert.NotEqual(failed["uploadJob"]!["id"]!.GetValue<string>(), retried["job"]!["id"]!.GetValue<string>());
        var published = await _host.WaitAsync(_owner, id, EngineHost.Status("PUBLISHED", "FAILED"));
        EngineHost.AssertStatus("PUBLISHED", published);
        Assert.Null(published["failCode"]);
        Assert.Equal(mp4, session.Received);
        var again = await _host.MutateAsync(_owner, "retryPublication", new { publicationId = id }, EngineHost.PublicationJobSelection);
        Assert.Equal("InvalidStateError", again["errors"]![0]!["__typename"]!.GetValue<string>());

        // A scheduled post cancelled before its time never reaches the platform.
        _fakes.FacebookFlow(mp4.Length);
        var later = await _host.PlanAsync(_owner, new
        {
            episodeId = episode.Id,
            targets = new[] { new { platformAccountId = facebook, scheduledTime = DateTime.UtcNow.AddHours(1).ToString("O"), details = EngineHost.Details() } },
        });
        var scheduledId = Ids(later)[0];
        var cancelled = await _host.MutateAsync(_owner, "cancelPublication", new { publicationId = scheduledId },
            "publication { id status failCode uploadJob { status } } errors { __typename ... on InvalidStateError { currentState } }");
        Assert.True(cancelled["errors"] is null, cancelled.ToJsonString());
        Assert.Equal("CANCELLED", cancelled["publication"]!["status"]!.GetValue<string>());
        Assert.Equal("CANCELLED", cancelled["publication"]!["uploadJob"]!["status"]!.GetValue<string>());
        var twice = await _host.MutateAsync(_owner, "cancelPublication", new { publicationId = scheduledId },
            "errors { __typename ... on InvalidStateError { currentState allowedStates } }");
        Assert.Equal("CANCELLED", twice["errors"]![0]!["currentState"]!.GetValue<string>());
        var past = await _host.MutateAsync(_owner, "retryPublication", new { publicationId = scheduledId, scheduledTime = DateTime.UtcNow.AddHours(-1).ToString("O") },
            EngineHost.PublicationJobSelection);
        Assert.Equal("IN_THE_PAST", past["errors"]![0]!["code"]!.GetValue<string>());
        await events.WaitForAsync(e => e.Any(x => x.GetProperty("status").GetString() == "CANCELLED"));
        Assert.Equal(0, _fakes.FacebookStarts());
        Assert.Equal("PUBLISHED", (await _host.PublicationAsync(_owner, id))["episode"]!["status"]!.GetValue<string>());
    }
}
