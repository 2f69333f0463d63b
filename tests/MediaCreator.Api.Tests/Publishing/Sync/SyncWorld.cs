using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Jobs;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Accounts;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing.Sync;

/// <summary>
/// One owner's channel with an episode published to YouTube, TikTok and Facebook. Structure through GraphQL; accounts and
/// PUBLISHED publications as rows (their mutations belong to other features), credentials encrypted by the app's protector.
/// </summary>
internal sealed record SyncWorld(Guid Owner, string Project, string Channel, string Episode, Guid YouTube, Guid TikTok, Guid Facebook)
{
    public const string JobSelection = """
        id status taskName failure { code message }
        result { __typename ... on MetricsSyncResult { snapshotsCreated revenueRecordsCreated revenueRecordsUpdated syncedAt
          publications { id platform } failures { publication { id platform } code message } } }
        """;

    public static async Task<SyncWorld> CreateAsync(ApiFactory factory, GraphQLClient client, Guid owner, bool withPublications = true)
    {
        var (project, channel, _, episode) = await DashboardApi.StructureAsync(client);
        if (!withPublications) return new SyncWorld(owner, project, channel, episode, default, default, default);
        var valid = DateTimeOffset.UtcNow.AddHours(1);
        var youTube = await PublishAsync(factory, owner, channel, episode, "youtube", "yt-1", new PlatformCredentials(FakePlatforms.YouTubeToken, "yt-refresh", valid));
        var tikTok = await PublishAsync(factory, owner, channel, episode, "tiktok", "tt-1", new PlatformCredentials(FakePlatforms.TikTokToken, "tt-refresh", valid));
        var facebook = await PublishAsync(factory, owner, channel, episode, "facebook", "fb-1", new PlatformCredentials(FakePlatforms.FacebookToken, FakePlatforms.FacebookToken, valid));
        return new SyncWorld(owner, project, channel, episode, youTube, tikTok, facebook);
    }

    /// <summary>An account of <paramref name="platform"/> on the channel and a PUBLISHED publication of the episode with post <paramref name="postId"/>.</summary>
    public static async Task<Guid> PublishAsync(ApiFactory factory, Guid owner, string channel, string episode, string platform, string postId,
        PlatformCredentials credentials)
    {
        var publicationId = Guid.Empty;
        await WithDbAsync(factory, owner, async (db, services) =>
        {
            var channelId = Id(channel);
            var account = new PlatformAccount
            {
                OwnerId = owner, Platform = platform, ExternalId = platform + "-account-" + postId, Name = platform + " account", ChannelId = channelId,
                ProtectedAuthConfig = services.GetRequiredService<PlatformCredentialProtector>().Protect(credentials),
            };
            var publication = new PublicationRecord
            {
                OwnerId = owner, EpisodeId = Id(episode), ChannelId = channelId, PlatformAccountId = account.Id, Platform = platform,
                ExternalPostId = postId, Status = PublicationStatus.Published, PublishedTime = DateTime.UtcNow.AddDays(-10),
            };
            db.PlatformAccounts.Add(account);
            db.Publications.Add(publication);
            await db.SaveChangesAsync();
            publicationId = publication.Id;
        });
        return publicationId;
    }

    public static async Task WithDbAsync(ApiFactory factory, Guid owner, Func<PublishingDbContext, IServiceProvider, Task> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerContext>().Set(owner, [ApiKeyScopes.Full]);
        await work(scope.ServiceProvider.GetRequiredService<PublishingDbContext>(), scope.ServiceProvider);
    }

    public static Guid Id(string globalId) => GlobalId.TryDecode(globalId, out _, out var id) ? id : throw new ArgumentException(globalId);

    public static string Gid(Guid publication) => GlobalId.Encode("PublicationRecord", publication);

    /// <summary>deleteRevenueRecord, whose only error is NotFoundError.</summary>
    public static async Task<JsonNode> DeleteRevenueAsync(GraphQLClient client, string revenueRecordId) =>
        (await client.DataAsync("""
            mutation($id: ID!) { deleteRevenueRecord(input: { revenueRecordId: $id }) { deletedRevenueRecordId errors { __typename ... on Error { message } } } }
            """, new { id = revenueRecordId }))["deleteRevenueRecord"]!;

    /// <summary>Runs a sync mutation, asserts it returned a QUEUED job, waits for <paramref name="status"/> and returns the job.</summary>
    public static async Task<JsonNode> SyncAsync(GraphQLClient client, string mutation, object input, string status = "COMPLETED")
    {
        var payload = await DashboardApi.MutateAsync(client, mutation, input, "job { id status taskName }");
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        Assert.Equal("QUEUED", payload["job"]!["status"]!.GetValue<string>());
        var id = payload["job"]!["id"]!.GetValue<string>();
        await JobWaits.UntilAsync(client, id, status, TimeSpan.FromSeconds(60));
        return (await client.DataAsync($"query($id: ID!) {{ job(id: $id) {{ {JobSelection} }} }}", new { id }))["job"]!;
    }
}
