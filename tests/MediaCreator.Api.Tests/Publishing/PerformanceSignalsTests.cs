using System.Data.Common;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.Auth;
using MediaCreator.Modules.Core.Persistence;
using MediaCreator.Modules.Core.Analytics;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Core.Workflows;
using MediaCreator.Modules.Publishing.Dashboard;
using MediaCreator.Modules.Publishing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCreator.Api.Tests.Publishing;

/// <summary>Performance signals read the latest snapshot and summed revenue of each recent publication of one owner.</summary>
public sealed class PerformanceSignalsTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private readonly DateTime _now = DateTime.UtcNow;
    private ApiFactory _factory = null!;

    public async Task InitializeAsync() => _factory = await ApiFactory.CreateAsync("Production");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<Guid> EpisodeAsync(Guid owner, string title, string metadata)
    {
        var project = GlobalId.DecodeFor("Project", await DashboardApi.ProjectAsync(GraphQLClient.AsUser(_factory, owner)));
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IEpisodeWriter>().UpsertReadyAsync(
            new EpisodeDraft(owner, project, Guid.NewGuid(), null, null, title, "desc", null, metadata), CancellationToken.None);
    }

    private async Task SeedAsync(Action<PublishingDbContext> seed)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PublishingDbContext>();
        seed(db);
        await db.SaveChangesAsync();
    }

    private static PerformanceSnapshot Snapshot(Guid owner, PublicationRecord publication, DateTime at, long views, long likes = 0) =>
        new() { OwnerId = owner, PublicationId = publication.Id, Timestamp = at, Views = views, Likes = likes, Comments = views / 100, Shares = 1, WatchTimeSeconds = views * 3.5, Ctr = 0.05, EngagementRate = 0.1 };

    private static RevenueRecord Revenue(Guid owner, PublicationRecord publication, decimal amount, string currency, int daysAgo) =>
        new()
        {
            OwnerId = owner, PublicationId = publication.Id, Source = "adsense", Amount = amount, Currency = currency,
            PeriodStart = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-daysAgo - 1)), PeriodEnd = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-daysAgo)),
        };

    [Fact]
    public async Task Read_ReturnsEachRecentPublicationWithItsLatestSnapshotAndRevenue()
    {
        var episode = await EpisodeAsync(_owner, "Cat lullaby", """{"contentType":"music","tags":["cat","sleep"],"aspectRatio":"9:16","durationSeconds":42.5}""");
        var strangerOwner = Guid.NewGuid();
        var strangerEpisode = await EpisodeAsync(strangerOwner, "Not mine", "{}");
        var account = new PlatformAccount { OwnerId = _owner, Platform = "youtube", ExternalId = "UC1", Name = "Cats" };
        var tiktok = new PlatformAccount { OwnerId = _owner, Platform = "tiktok", ExternalId = "tt1", Name = "Cats TT" };
        var strangerAccount = new PlatformAccount { OwnerId = strangerOwner, Platform = "youtube", ExternalId = "UC2", Name = "Other" };
        PublicationRecord Publication(Guid owner, PlatformAccount on, Guid ep, DateTime? published) => new()
        {
            OwnerId = owner, EpisodeId = ep, PlatformAccountId = on.Id, Platform = on.Platform, ExternalPostId = "x",
            Status = published is null ? PublicationStatus.Scheduled : PublicationStatus.Published, PublishedTime = published,
        };
        var recent = Publication(_owner, account, episode, _now.AddDays(-5));
        var noMetrics = Publication(_owner, tiktok, episode, _now.AddDays(-1));
        var old = Publication(_owner, account, episode, _now.AddDays(-60));
        var scheduled = Publication(_owner, tiktok, episode, null);
        var strangers = Publication(strangerOwner, strangerAccount, strangerEpisode, _now.AddDays(-2));
        await SeedAsync(db =>
        {
            db.PlatformAccounts.AddRange(account, tiktok, strangerAccount);
            db.Publications.AddRange(recent, noMetrics, old, scheduled, strangers);
            db.Snapshots.AddRange(
                Snapshot(_owner, recent, _now.AddDays(-4), 100), Snapshot(_owner, recent, _now.AddHours(-2), 900, likes: 80),
                Snapshot(_owner, recent, _now.AddDays(-2), 500), Snapshot(_owner, old, _now.AddDays(-1), 10_000),
                Snapshot(strangerOwner, strangers, _now.AddHours(-1), 7));
            db.RevenueRecords.AddRange(
                Revenue(_owner, recent, 1.25m, "USD", 3), Revenue(_owner, recent, 0.75m, "USD", 1), Revenue(_owner, old, 50m, "USD", 30),
                Revenue(strangerOwner, strangers, 9m, "USD", 1));
        });

        IReadOnlyList<ContentPerformance> rows;
        await using (var scope = _factory.Services.CreateAsyncScope())
            rows = await scope.ServiceProvider.GetRequiredService<IPerformanceSignals>().ReadAsync(_owner, _now.AddDays(-30), CancellationToken.None);

        Assert.Equal(2, rows.Count);
        var youtube = Assert.Single(rows, r => r.Platform == "youtube");
        Assert.Equal((episode, "Cat lullaby", "desc", "Ideas", "My channel"), (youtube.EpisodeId, youtube.Title, youtube.Description, youtube.SeriesName, youtube.ChannelName));
        Assert.Equal(("music", "9:16", 42.5), (youtube.ContentType, youtube.AspectRatio, youtube.DurationSeconds));
        Assert.Equal(["cat", "sleep"], youtube.Tags);
        Assert.Equal((900L, 80L, 9L, 1L, 3150.0), (youtube.Views, youtube.Likes, youtube.Comments, youtube.Shares, youtube.WatchTimeSeconds));
        Assert.Equal((0.05, 0.1), (youtube.Ctr, youtube.EngagementRate));
        Assert.Equal((2.00m, "USD"), (youtube.Revenue, youtube.Currency));
        Assert.Equal(recent.PublishedTime!.Value, youtube.PublishedAt!.Value, TimeSpan.FromMilliseconds(1));
        var quiet = Assert.Single(rows, r => r.Platform == "tiktok");
        Assert.Equal((0L, 0.0, (double?)null, 0m), (quiet.Views, quiet.WatchTimeSeconds, quiet.Ctr, quiet.Revenue));
    }

    [Fact]
    public async Task Read_ManyPublications_RunsTwoQueries()
    {
        var episode = await EpisodeAsync(_owner, "Busy", "{}");
        var account = new PlatformAccount { OwnerId = _owner, Platform = "youtube", ExternalId = "UC9", Name = "Busy" };
        var publications = Enumerable.Range(1, 6).Select(i => new PublicationRecord
        {
            OwnerId = _owner, EpisodeId = episode, PlatformAccountId = account.Id, Platform = "youtube", Status = PublicationStatus.Published,
            PublishedTime = _now.AddDays(-i),
        }).ToList();
        await SeedAsync(db =>
        {
            db.PlatformAccounts.Add(account);
            db.Publications.AddRange(publications);
            foreach (var (p, i) in publications.Select((p, i) => (p, i)))
            {
                db.Snapshots.AddRange(Snapshot(_owner, p, _now.AddHours(-2), 10 * i), Snapshot(_owner, p, _now.AddHours(-1), 100 * i));
                db.RevenueRecords.Add(Revenue(_owner, p, i, "THB", 1));
            }
        });
        var commands = new CommandCounter();
        await using var db = CountingContext(commands);

        var rows = await new Modules.Publishing.Analytics.PerformanceSignals(db).ReadAsync(_owner, _now.AddDays(-30), CancellationToken.None);

        Assert.Equal(6, rows.Count);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => 100L * i), rows.OrderBy(r => r.Views).Select(r => r.Views));
        Assert.Equal(Enumerable.Range(0, 6).Select(i => (decimal)i), rows.OrderBy(r => r.Revenue).Select(r => r.Revenue));
        Assert.All(rows, r => Assert.Equal("THB", r.Currency));
        Assert.Equal(2, commands.Count);
    }

    private PublishingDbContext CountingContext(CommandCounter counter)
    {
        var database = _factory.Database;
        if (database.IsPostgres)
        {
            var options = DbContextConfiguration.OptionsFor<PublishingDbContext, PostgresPublishingDbContext>(DatabaseProvider.Postgres, database.ConnectionString);
            return new PostgresPublishingDbContext(new DbContextOptionsBuilder<PostgresPublishingDbContext>(options).AddInterceptors(counter).Options, new OwnerContext());
        }
        var sqlite = DbContextConfiguration.OptionsFor<PublishingDbContext, SqlitePublishingDbContext>(DatabaseProvider.Sqlite, database.ConnectionString);
        return new SqlitePublishingDbContext(new DbContextOptionsBuilder<SqlitePublishingDbContext>(sqlite).AddInterceptors(counter).Options, new OwnerContext());
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    [Fact]
    public async Task Read_WithNothingPublished_IsEmpty()
    {
        await EpisodeAsync(_owner, "unpublished", "{}");
        await using var scope = _factory.Services.CreateAsyncScope();

        var rows = await scope.ServiceProvider.GetRequiredService<IPerformanceSignals>().ReadAsync(_owner, _now.AddDays(-30), CancellationToken.None);

        Assert.Empty(rows);
    }
}
