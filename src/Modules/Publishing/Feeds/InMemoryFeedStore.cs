using System.Collections.Concurrent;

namespace MediaCreator.Modules.Publishing.Feeds;

public sealed class InMemoryFeedStore : IFeedStore
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, FeedItem>> _feeds = new(StringComparer.Ordinal);

    public Task UpsertAsync(string feedId, FeedItem item, CancellationToken ct)
    {
        _feeds.GetOrAdd(feedId, _ => new(StringComparer.Ordinal))[item.Guid] = item;
        return Task.CompletedTask;
    }

    public Task<FeedItem?> FindAsync(string feedId, string guid, CancellationToken ct) =>
        Task.FromResult(_feeds.TryGetValue(feedId, out var items) && items.TryGetValue(guid, out var item) ? item : null);

    public Task<IReadOnlyList<FeedItem>> ListAsync(string feedId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<FeedItem>>(_feeds.TryGetValue(feedId, out var items) ? [.. items.Values] : []);

    public Task<bool> RemoveAsync(string feedId, string guid, CancellationToken ct) =>
        Task.FromResult(_feeds.TryGetValue(feedId, out var items) && items.TryRemove(guid, out _));
}
