using System.Xml.Linq;
using MediaCreator.Modules.Publishing.Feeds;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Tests.Feeds;

public sealed class RssFeedPublisherTests : IDisposable
{
    private const string FeedId = "tech-th";
    private readonly TempFolder _temp = new();
    private readonly TestTime _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly string _mediaRoot;

    public RssFeedPublisherTests()
    {
        _mediaRoot = Directory.CreateDirectory(Path.Combine(_temp.Path, "media")).FullName;
    }

    public static TheoryData<string> Stores() => new("memory", "file");

    [Theory, MemberData(nameof(Stores))]
    public async Task Upload_AddsItem_WithEnclosureAtPublicUrl(string store)
    {
        var publisher = Publisher(store);
        var result = await publisher.UploadAsync(Request("pub-1", "ตอนแรก & <intro>"), null, default);

        Assert.Equal("pub-1", result.ExternalPostId);
        Assert.Equal("published", result.Status);
        Assert.Equal(_time.Now, result.PublishedTime);
        Assert.Equal("https://cdn.example.com/media/ep%201.mp3", result.Url);
        var item = (await RenderAsync(publisher)).Descendants("item").Single();
        Assert.Equal("ตอนแรก & <intro>", item.Element("title")!.Value);
        Assert.Equal("https://cdn.example.com/media/ep%201.mp3", item.Element("enclosure")!.Attribute("url")!.Value);
        Assert.Equal("2048", item.Element("enclosure")!.Attribute("length")!.Value);
        Assert.Equal("00:10:00", item.Element(XName.Get("duration", PodcastFeedWriter.ItunesNs))!.Value);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Reupload_SameGuid_UpdatesInPlace_KeepingItsDate(string store)
    {
        var publisher = Publisher(store);
        var first = await publisher.UploadAsync(Request("pub-1", "Old title"), null, default);
        _time.Now = _time.Now.AddHours(2);
        var again = await publisher.UploadAsync(Request("pub-1", "New title"), null, default);
        await publisher.UploadAsync(Request("pub-2", "Second"), null, default);

        Assert.Equal(first.PublishedTime, again.PublishedTime);
        var items = (await RenderAsync(publisher)).Descendants("item").ToList();
        Assert.Equal(["pub-2", "pub-1"], items.Select(i => i.Element("guid")!.Value));
        Assert.Equal("New title", items[1].Element("title")!.Value);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task Schedule_HidesItemUntilDue(string store)
    {
        var publisher = Publisher(store);
        var at = _time.Now.AddHours(3);
        var result = await publisher.ScheduleAsync(Request("pub-9", "Later"), at, null, default);

        Assert.Equal("scheduled", result.Status);
        Assert.Equal(at, result.ScheduledTime);
        Assert.Empty((await RenderAsync(publisher)).Descendants("item"));
        _time.Now = at.AddSeconds(-1);
        Assert.Empty((await RenderAsync(publisher)).Descendants("item"));
        _time.Now = at;
        Assert.Equal("Later", (await RenderAsync(publisher)).Descendants("item").Single().Element("title")!.Value);
    }

    [Fact]
    public async Task Schedule_InThePast_PublishesNow_AndAnAlreadyLiveItemIsNeverHiddenAgain()
    {
        var publisher = Publisher("memory");
        var now = await publisher.ScheduleAsync(Request("pub-1", "Now"), _time.Now.AddHours(-1), null, default);
        Assert.Equal("published", now.Status);

        var rescheduled = await publisher.ScheduleAsync(Request("pub-1", "Now"), _time.Now.AddDays(1), null, default);
        Assert.Equal("published", rescheduled.Status);
        Assert.Single((await RenderAsync(publisher)).Descendants("item"));
    }

    [Fact]
    public async Task MetricsAndRevenue_AreNotReported()
    {
        var publisher = Publisher("memory");
        Assert.False(publisher.Capabilities.Metrics);
        Assert.False(publisher.Capabilities.Revenue);
        Assert.True(publisher.Capabilities.NativeScheduling);
        var metrics = await publisher.FetchMetricsAsync(Connection(), "pub-1", default);
        Assert.Equal((0L, 0L, 0L, 0L, 0d, (double?)null), (metrics.Views, metrics.Likes, metrics.Comments, metrics.Shares, metrics.WatchTimeSeconds, metrics.Ctr));
        Assert.Empty(await publisher.FetchRevenueAsync(Connection(), "pub-1", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), default));
    }

    [Fact]
    public async Task MediaOutsideThePublicFolder_IsNotConfigured_AndNonMedia_IsRejected()
    {
        var publisher = Publisher("memory");
        var outside = Path.Combine(_temp.Path, "secret.mp3");
        var notServed = await Assert.ThrowsAsync<PublishingException>(() => publisher.UploadAsync(
            new PublishRequest(Connection(), new MediaFile(outside, "audio/mpeg", 1, null, null, null), Details("x"), "k"), null, default));
        Assert.Equal(PublishingErrorCodes.NotConfigured, notServed.Code);

        var pdf = await Assert.ThrowsAsync<PublishingException>(() => publisher.UploadAsync(
            new PublishRequest(Connection(), new MediaFile(Path.Combine(_mediaRoot, "a.pdf"), "application/pdf", 1, null, null, null), Details("x"), "k"), null, default));
        Assert.Equal(PublishingErrorCodes.Rejected, pdf.Code);
    }

    [Fact]
    public async Task FileStore_KeepsItemsAcrossInstances_AndRefusesUnsafeFeedIds()
    {
        var options = Options.Create(new FileFeedStoreOptions { RootPath = Path.Combine(_temp.Path, "feeds") });
        var item = new FeedItem("https://example.com/ep/๑?x=1", "ไทย", null, new Uri("https://cdn/a.mp3"), 1, "audio/mpeg", _time.Now);
        await new FileFeedStore(options).UpsertAsync(FeedId, item, default);

        var reopened = new FileFeedStore(options);
        Assert.Equal(item, await reopened.FindAsync(FeedId, item.Guid, default));
        Assert.Single(await reopened.ListAsync(FeedId, default));
        Assert.True(await reopened.RemoveAsync(FeedId, item.Guid, default));
        Assert.Empty(await reopened.ListAsync(FeedId, default));
        await Assert.ThrowsAsync<ArgumentException>(() => reopened.UpsertAsync("../escape", item, default));
    }

    private RssFeedPublisher Publisher(string store)
    {
        IFeedStore feeds = store == "file"
            ? new FileFeedStore(Options.Create(new FileFeedStoreOptions { RootPath = Path.Combine(_temp.Path, "feeds") }))
            : new InMemoryFeedStore();
        var urls = new BaseUrlMediaUrlResolver(Options.Create(new MediaUrlOptions
        {
            MediaRoot = _mediaRoot, PublicBaseUrl = new Uri("https://cdn.example.com/media"),
        }));
        return new RssFeedPublisher(feeds, urls, _time);
    }

    private async Task<XDocument> RenderAsync(RssFeedPublisher publisher)
    {
        using var buffer = new MemoryStream();
        await publisher.RenderFeedAsync(FeedId, PodcastFeedWriterTests.Channel, buffer, null, default);
        buffer.Position = 0;
        return XDocument.Load(buffer);
    }

    private PublishRequest Request(string key, string title) => new(
        Connection(), new MediaFile(Path.Combine(_mediaRoot, "ep 1.mp3"), "audio/mpeg", 2048, 600, null, null), Details(title), key);

    private static PostDetails Details(string title) => new(title, "Show notes", ["ai"]);

    private static PlatformConnection Connection() => new(FeedId, new TestTokens("unused"));

    public void Dispose() => _temp.Dispose();
}
