using System.Globalization;
using System.Text;
using System.Xml;

namespace MediaCreator.Modules.Publishing.Feeds;

/// <summary>
/// Writes an RSS 2.0 feed with Apple Podcasts' itunes: tags (and atom:self, content:encoded). Items whose pubDate is
/// after <c>now</c> are left out (scheduled), the rest are written newest first. XmlWriter does all escaping;
/// free text goes into CDATA so descriptions with markup stay readable to clients.
/// </summary>
public sealed class PodcastFeedWriter
{
    public const string ItunesNs = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    public const string AtomNs = "http://www.w3.org/2005/Atom";

    public void Write(Stream output, PodcastChannel channel, IEnumerable<FeedItem> items, DateTimeOffset now, Uri? selfUrl = null)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CheckCharacters = true };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "itunes", null, ItunesNs);
        xml.WriteAttributeString("xmlns", "content", null, ContentNs);
        xml.WriteAttributeString("xmlns", "atom", null, AtomNs);
        xml.WriteStartElement("channel");
        WriteChannel(xml, channel, now, selfUrl);
        foreach (var item in items.Where(i => i.PubDate <= now).OrderByDescending(i => i.PubDate).ThenBy(i => i.Guid, StringComparer.Ordinal))
        {
            WriteItem(xml, item);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    public string WriteToString(PodcastChannel channel, IEnumerable<FeedItem> items, DateTimeOffset now, Uri? selfUrl = null)
    {
        using var buffer = new MemoryStream();
        Write(buffer, channel, items, now, selfUrl);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteChannel(XmlWriter xml, PodcastChannel c, DateTimeOffset now, Uri? selfUrl)
    {
        xml.WriteElementString("title", XmlText.Clean(c.Title));
        xml.WriteElementString("link", c.Link.AbsoluteUri);
        if (selfUrl is not null)
        {
            xml.WriteStartElement("atom", "link", AtomNs);
            xml.WriteAttributeString("href", selfUrl.AbsoluteUri);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
        }
        WriteCData(xml, "description", null, c.Description);
        xml.WriteElementString("language", c.Language);
        xml.WriteElementString("lastBuildDate", Rfc1123(now));
        xml.WriteElementString("generator", "MediaCreator");
        xml.WriteStartElement("image");
        xml.WriteElementString("url", c.ImageUrl.AbsoluteUri);
        xml.WriteElementString("title", XmlText.Clean(c.Title));
        xml.WriteElementString("link", c.Link.AbsoluteUri);
        xml.WriteEndElement();
        xml.WriteElementString("itunes", "author", ItunesNs, c.Author);
        WriteCData(xml, "summary", ItunesNs, c.Description);
        xml.WriteStartElement("itunes", "owner", ItunesNs);
        xml.WriteElementString("itunes", "name", ItunesNs, c.OwnerName ?? c.Author);
        xml.WriteElementString("itunes", "email", ItunesNs, c.OwnerEmail);
        xml.WriteEndElement();
        xml.WriteStartElement("itunes", "image", ItunesNs);
        xml.WriteAttributeString("href", c.ImageUrl.AbsoluteUri);
        xml.WriteEndElement();
        xml.WriteStartElement("itunes", "category", ItunesNs);
        xml.WriteAttributeString("text", c.Category);
        if (c.Subcategory is not null)
        {
            xml.WriteStartElement("itunes", "category", ItunesNs);
            xml.WriteAttributeString("text", c.Subcategory);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteElementString("itunes", "explicit", ItunesNs, c.Explicit ? "true" : "false");
        xml.WriteElementString("itunes", "type", ItunesNs, "episodic");
    }

    private static void WriteItem(XmlWriter xml, FeedItem item)
    {
        xml.WriteStartElement("item");
        xml.WriteElementString("title", XmlText.Clean(item.Title));
        xml.WriteElementString("itunes", "title", ItunesNs, XmlText.Clean(item.Title));
        var isUrl = Uri.TryCreate(item.Guid, UriKind.Absolute, out var guidUri) && guidUri.Scheme is "http" or "https";
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", isUrl ? "true" : "false");
        xml.WriteString(item.Guid);
        xml.WriteEndElement();
        if (!string.IsNullOrEmpty(item.Description))
        {
            WriteCData(xml, "description", null, item.Description);
            WriteCData(xml, "encoded", ContentNs, item.Description);
        }
        var summary = item.Summary ?? item.Description;
        if (!string.IsNullOrEmpty(summary)) WriteCData(xml, "summary", ItunesNs, summary);
        xml.WriteStartElement("enclosure");
        xml.WriteAttributeString("url", item.EnclosureUrl.AbsoluteUri);
        xml.WriteAttributeString("length", item.EnclosureLength.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("type", item.EnclosureMimeType);
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", Rfc1123(item.PubDate));
        if (item.DurationSeconds is { } seconds) xml.WriteElementString("itunes", "duration", ItunesNs, Duration(seconds));
        if (item.Season is { } season) xml.WriteElementString("itunes", "season", ItunesNs, season.ToString(CultureInfo.InvariantCulture));
        if (item.Episode is { } episode) xml.WriteElementString("itunes", "episode", ItunesNs, episode.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("itunes", "episodeType", ItunesNs, "full");
        if (item.ImageUrl is not null)
        {
            xml.WriteStartElement("itunes", "image", ItunesNs);
            xml.WriteAttributeString("href", item.ImageUrl.AbsoluteUri);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    // CDATA cannot contain "]]>": XmlWriter splits such a section itself, so any text is safe here.
    private static void WriteCData(XmlWriter xml, string name, string? ns, string text)
    {
        if (ns is null) xml.WriteStartElement(name);
        else xml.WriteStartElement(ns == ItunesNs ? "itunes" : "content", name, ns);
        xml.WriteCData(XmlText.Clean(text));
        xml.WriteEndElement();
    }

    // RFC 1123 / RFC 822 date as RSS 2.0 asks, always in GMT.
    public static string Rfc1123(DateTimeOffset time) => time.UtcDateTime.ToString("r", CultureInfo.InvariantCulture);

    // Apple accepts seconds or HH:MM:SS; HH:MM:SS reads well everywhere.
    public static string Duration(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Round(seconds));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}");
    }
}
