namespace MediaCreator.Modules.Publishing.Feeds;

/// <summary>Bound from <c>Publishing:FeedServingOptions</c>.</summary>
public sealed class FeedServingOptions
{
    /// <summary>
    /// Origin written into feed links and enclosure URLs (e.g. https://media.example.com). Unset: the origin of the
    /// request that reads the feed, so the URLs are right behind any host name the feed is fetched at.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}
