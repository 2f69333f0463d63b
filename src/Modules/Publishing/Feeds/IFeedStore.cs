namespace MediaCreator.Modules.Publishing.Feeds;

/// <summary>Items of the RSS feeds this server serves, one feed per <c>feedId</c> (the rss_feed account's external id).</summary>
public interface IFeedStore
{
    /// <summary>Adds the item, or replaces the item with the same guid.</summary>
    Task UpsertAsync(string feedId, FeedItem item, CancellationToken ct);

    Task<FeedItem?> FindAsync(string feedId, string guid, CancellationToken ct);

    Task<IReadOnlyList<FeedItem>> ListAsync(string feedId, CancellationToken ct);

    /// <returns>False when the feed had no such item.</returns>
    Task<bool> RemoveAsync(string feedId, string guid, CancellationToken ct);
}
