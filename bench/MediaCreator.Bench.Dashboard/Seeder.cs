using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace MediaCreator.Bench.Dashboard;

/// <summary>
/// Seeds the local owner's dashboard once: 2 channels × 100 episodes × 10 publications (youtube, tiktok, facebook) and
/// <see cref="SnapshotsPerPublication"/> lifetime snapshots each, evenly over the last 365 days (binary COPY).
/// </summary>
internal static class Seeder
{
    public const int Channels = 2, EpisodesPerChannel = 100, PublicationsPerEpisode = 10, SnapshotsPerPublication = 500;
    public static readonly string[] Platforms = ["youtube", "tiktok", "facebook"];

    public static async Task<IReadOnlyList<string>> SeedAsync(DashboardServer server, Guid owner, string connectionString)
    {
        using var http = server.CreateClient();
        var existing = await ChannelsAsync(http);
        if (existing.Count >= Channels)
        {
            Console.WriteLine($"already seeded: {existing.Count} channels");
            return existing;
        }
        var clock = Stopwatch.StartNew();
        var project = GlobalId.DecodeFor("Project", (await GraphQLAsync(http, "mutation { createProject(input: { name: \"dashboard bench\" }) { project { id } } }"))["createProject"]!["project"]!["id"]!.GetValue<string>());
        var now = DateTime.UtcNow;
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
        var accounts = Platforms.Select(p => new PlatformAccount { OwnerId = owner, Platform = p, ExternalId = "bench-" + p, Name = p }).ToList();
        db.PlatformAccounts.AddRange(accounts);
        var publications = new List<PublicationRecord>();
        for (var c = 0; c < Channels; c++)
        {
            var channel = new ContentChannel { OwnerId = owner, Name = $"bench channel {c}" };
            db.Channels.Add(channel);
            for (var s = 0; s < 10; s++)
            {
                var series = new Series { OwnerId = owner, ChannelId = channel.Id, Name = $"series {c}.{s}" };
                db.Series.Add(series);
                for (var e = 0; e < EpisodesPerChannel / 10; e++)
                {
                    var episode = new Episode { OwnerId = owner, SeriesId = series.Id, ProjectId = project, Title = $"episode {c}.{s}.{e}", Status = EpisodeStatus.Published };
                    db.Episodes.Add(episode);
                    for (var p = 0; p < PublicationsPerEpisode; p++)
                    {
                        var account = accounts[p % accounts.Count];
                        publications.Add(new PublicationRecord
                        {
                            OwnerId = owner, EpisodeId = episode.Id, ChannelId = channel.Id, PlatformAccountId = account.Id, Platform = account.Platform,
                            Status = PublicationStatus.Published, PublishedTime = now.AddDays(-366).AddHours(p * 7 + e),
                        });
                    }
                }
            }
        }
        db.Publications.AddRange(publications);
        await db.SaveChangesAsync();
        Console.WriteLine($"structure: {publications.Count} publications in {clock.Elapsed.TotalSeconds:F1}s");
        await CopySnapshotsAsync(db.Model.FindEntityType(typeof(PerformanceSnapshot))!, connectionString, owner, publications, now);
        Console.WriteLine($"seeded {publications.Count * SnapshotsPerPublication:N0} snapshots in {clock.Elapsed.TotalSeconds:F1}s");
        return await ChannelsAsync(http);
    }

    private static async Task CopySnapshotsAsync(IEntityType entity, string connectionString, Guid owner, List<PublicationRecord> publications, DateTime now)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => entity.FindProperty(property)!.GetColumnName(table)!;
        string[] properties = ["Id", "OwnerId", "PublicationId", "ChannelId", "EpisodeId", "Timestamp", "Views", "Likes", "Comments", "Shares",
            "WatchTimeSeconds", "Ctr", "EngagementRate", "EstimatedRevenue", "Currency",
            "ViewsGain", "LikesGain", "CommentsGain", "SharesGain", "WatchTimeGain", "RevenueGain"];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var step = TimeSpan.FromDays(365) / SnapshotsPerPublication;
        var random = new Random(42);
        await using (var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table.Name} ({string.Join(", ", properties.Select(Column))}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var publication in publications)
            {
                var (views, likes, comments, shares, watch, revenue) = (0L, 0L, 0L, 0L, 0.0, 0m);
                var currency = publication.Platform == "youtube" ? "USD" : "THB";
                var start = now.AddDays(-365).AddMinutes(random.Next(0, 600));
                for (var i = 0; i < SnapshotsPerPublication; i++)
                {
                    // What the app stores when it saves a snapshot: lifetime counters and the gains over the previous one.
                    var gain = (Views: random.Next(0, 400), Likes: random.Next(0, 40), Comments: random.Next(0, 8), Shares: random.Next(0, 4),
                        Watch: random.Next(0, 4000) / 10.0, Revenue: random.Next(0, 100) / 100m);
                    views += gain.Views;
                    likes += gain.Likes;
                    comments += gain.Comments;
                    shares += gain.Shares;
                    watch += gain.Watch;
                    revenue += gain.Revenue;
                    await copy.StartRowAsync();
                    await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await copy.WriteAsync(owner, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(publication.Id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(publication.ChannelId, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(publication.EpisodeId, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(start + step * i, NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(views, NpgsqlDbType.Bigint);
                    await copy.WriteAsync(likes, NpgsqlDbType.Bigint);
                    await copy.WriteAsync(comments, NpgsqlDbType.Bigint);
                    await copy.WriteAsync(shares, NpgsqlDbType.Bigint);
                    await copy.WriteAsync(watch, NpgsqlDbType.Double);
                    await copy.WriteAsync(0.02 + random.NextDouble() / 10, NpgsqlDbType.Double);
                    await copy.WriteAsync(0.05 + random.NextDouble() / 5, NpgsqlDbType.Double);
                    await copy.WriteAsync(revenue, NpgsqlDbType.Numeric);
                    await copy.WriteAsync(currency, NpgsqlDbType.Varchar);
                    await copy.WriteAsync((long)gain.Views, NpgsqlDbType.Bigint);
                    await copy.WriteAsync((long)gain.Likes, NpgsqlDbType.Bigint);
                    await copy.WriteAsync((long)gain.Comments, NpgsqlDbType.Bigint);
                    await copy.WriteAsync((long)gain.Shares, NpgsqlDbType.Bigint);
                    await copy.WriteAsync(gain.Watch, NpgsqlDbType.Double);
                    await copy.WriteAsync(gain.Revenue, NpgsqlDbType.Numeric);
                }
            }
            await copy.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand($"ANALYZE {table.Name}; ANALYZE publication_records; ANALYZE episodes; ANALYZE series;", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task<IReadOnlyList<string>> ChannelsAsync(HttpClient http) =>
        (await GraphQLAsync(http, "{ channels(first: 10) { nodes { id } } }"))["channels"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();

    public static async Task<JsonNode> GraphQLAsync(HttpClient http, string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (body["errors"] is not null) throw new InvalidOperationException(body["errors"]!.ToJsonString());
        return body["data"]!;
    }
}
