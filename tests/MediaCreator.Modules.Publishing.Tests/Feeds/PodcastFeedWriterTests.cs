using System.Xml.Linq;
using MediaCreator.Modules.Publishing.Feeds;

namespace MediaCreator.Modules.Publishing.Tests.Feeds;

public sealed class PodcastFeedWriterTests
{
    private static readonly XNamespace Itunes = PodcastFeedWriter.ItunesNs;
    private static readonly XNamespace Content = PodcastFeedWriter.ContentNs;
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    internal static readonly PodcastChannel Channel = new(
        "Tech & Talk <Thai> ข่าวเทคโนโลยี", "เรื่องเล่า AI & more <b>bold</b>", new Uri("https://example.com/show"), "th",
        "MediaCreator Studio", "owner@example.com", new Uri("https://example.com/cover.jpg"), "Technology", Explicit: false,
        Subcategory: "Tech News");

    private static FeedItem Item(string guid, DateTimeOffset pubDate, string title = "Episode") =>
        new(guid, title, "Notes", new Uri($"https://cdn.example.com/{guid}.mp3"), 12_345_678, "audio/mpeg", pubDate);

    private static XDocument Render(params FeedItem[] items) =>
        XDocument.Parse(new PodcastFeedWriter().WriteToString(Channel, items, Now, new Uri("https://example.com/feed.xml")));

    [Fact]
    public void Channel_HasRss2AndItunesTags()
    {
        var doc = Render();
        Assert.Equal("rss", doc.Root!.Name.LocalName);
        Assert.Equal("2.0", doc.Root.Attribute("version")!.Value);
        var channel = doc.Root.Element("channel")!;
        Assert.Equal(Channel.Title, channel.Element("title")!.Value);
        Assert.Equal("https://example.com/show", channel.Element("link")!.Value);
        Assert.Equal(Channel.Description, channel.Element("description")!.Value);
        Assert.Equal("th", channel.Element("language")!.Value);
        Assert.Equal("MediaCreator Studio", channel.Element(Itunes + "author")!.Value);
        Assert.Equal("owner@example.com", channel.Element(Itunes + "owner")!.Element(Itunes + "email")!.Value);
        Assert.Equal("https://example.com/cover.jpg", channel.Element(Itunes + "image")!.Attribute("href")!.Value);
        Assert.Equal("https://example.com/cover.jpg", channel.Element("image")!.Element("url")!.Value);
        var category = channel.Element(Itunes + "category")!;
        Assert.Equal("Technology", category.Attribute("text")!.Value);
        Assert.Equal("Tech News", category.Element(Itunes + "category")!.Attribute("text")!.Value);
        Assert.Equal("false", channel.Element(Itunes + "explicit")!.Value);
        Assert.Equal("Wed, 25 Nov 2026 12:00:00 GMT", channel.Element("lastBuildDate")!.Value);
        Assert.Equal("https://example.com/feed.xml", channel.Element(XName.Get("link", PodcastFeedWriter.AtomNs))!.Attribute("href")!.Value);
    }

    [Fact]
    public void Item_HasGuidEnclosureDatesAndItunesFields()
    {
        var item = Item("pub-42", Now.AddHours(-3).ToOffset(TimeSpan.FromHours(7))) with
        {
            DurationSeconds = 3725.4, Episode = 7, Season = 2, ImageUrl = new Uri("https://example.com/ep7.jpg"), Summary = "Short",
        };
        var x = Render(item).Descendants("item").Single();
        Assert.Equal("pub-42", x.Element("guid")!.Value);
        Assert.Equal("false", x.Element("guid")!.Attribute("isPermaLink")!.Value);
        var enclosure = x.Element("enclosure")!;
        Assert.Equal("https://cdn.example.com/pub-42.mp3", enclosure.Attribute("url")!.Value);
        Assert.Equal("12345678", enclosure.Attribute("length")!.Value);
        Assert.Equal("audio/mpeg", enclosure.Attribute("type")!.Value);
        Assert.Equal("Wed, 25 Nov 2026 09:00:00 GMT", x.Element("pubDate")!.Value);
        Assert.Equal(Now.AddHours(-3), DateTimeOffset.Parse(x.Element("pubDate")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("01:02:05", x.Element(Itunes + "duration")!.Value);
        Assert.Equal("7", x.Element(Itunes + "episode")!.Value);
        Assert.Equal("2", x.Element(Itunes + "season")!.Value);
        Assert.Equal("https://example.com/ep7.jpg", x.Element(Itunes + "image")!.Attribute("href")!.Value);
        Assert.Equal("Short", x.Element(Itunes + "summary")!.Value);
        Assert.Equal("Notes", x.Element(Content + "encoded")!.Value);
    }

    [Fact]
    public void Text_WithMarkupAmpersandsThaiAndCDataEnd_RoundTrips()
    {
        const string title = "Q&A: <script>alert(1)</script> & \"ไทย\" ตอนที่ ๑";
        const string notes = "<p>Links & <b>bold</b></p> ]]> still text ภาษาไทย \u0001";
        var item = Item("https://example.com/ep/1", Now.AddMinutes(-1), title) with { Description = notes };
        var xml = new PodcastFeedWriter().WriteToString(Channel, [item], Now);
        var x = XDocument.Parse(xml).Descendants("item").Single();
        Assert.Equal(title, x.Element("title")!.Value);
        Assert.Equal(notes.TrimEnd('\u0001'), x.Element("description")!.Value);
        Assert.Contains("<![CDATA[", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", xml, StringComparison.Ordinal);
        Assert.Equal("true", x.Element("guid")!.Attribute("isPermaLink")!.Value);
    }

    [Fact]
    public void Items_NewestFirst_AndFutureItemsHidden()
    {
        var doc = Render(Item("old", Now.AddDays(-10)), Item("future", Now.AddMinutes(1)), Item("new", Now.AddDays(-1)), Item("due", Now));
        Assert.Equal(["due", "new", "old"], doc.Descendants("item").Select(i => i.Element("guid")!.Value));
    }
}
