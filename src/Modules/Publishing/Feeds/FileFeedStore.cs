using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MediaCreator.Modules.Publishing.Exports;
using Microsoft.Extensions.Options;

namespace MediaCreator.Modules.Publishing.Feeds;

/// <summary>
/// Feed items as JSON files under <see cref="FileFeedStoreOptions.RootPath"/>: <c>{feed}/{sha256(guid)}.json</c>.
/// Each write goes to a temp file then is moved over the old one, so a reader never sees half an item.
/// </summary>
public sealed class FileFeedStore(IOptions<FileFeedStoreOptions> options) : IFeedStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task UpsertAsync(string feedId, FeedItem item, CancellationToken ct)
    {
        var folder = FeedFolder(feedId);
        Directory.CreateDirectory(folder);
        await AtomicFile.WriteAsync(ItemPath(folder, item.Guid), s => JsonSerializer.SerializeAsync(s, item, Json, ct), ct);
    }

    public async Task<FeedItem?> FindAsync(string feedId, string guid, CancellationToken ct)
    {
        var path = ItemPath(FeedFolder(feedId), guid);
        return File.Exists(path) ? await ReadAsync(path, ct) : null;
    }

    public async Task<IReadOnlyList<FeedItem>> ListAsync(string feedId, CancellationToken ct)
    {
        var folder = FeedFolder(feedId);
        if (!Directory.Exists(folder)) return [];
        var items = new List<FeedItem>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json"))
        {
            // An item removed while we list is simply gone; moves over a file never leave it missing.
            try { items.Add(await ReadAsync(path, ct)); }
            catch (FileNotFoundException) { }
        }
        return items;
    }

    public Task<bool> RemoveAsync(string feedId, string guid, CancellationToken ct)
    {
        var path = ItemPath(FeedFolder(feedId), guid);
        if (!File.Exists(path)) return Task.FromResult(false);
        File.Delete(path);
        return Task.FromResult(true);
    }

    private string FeedFolder(string feedId) => Path.Combine(Path.GetFullPath(options.Value.RootPath), SafeName.Check(feedId, nameof(feedId)));

    // Hashing keeps any guid (URLs, slashes, Thai) a valid, fixed-length file name.
    private static string ItemPath(string folder, string guid) =>
        Path.Combine(folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(guid))) + ".json");

    private static async Task<FeedItem> ReadAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<FeedItem>(stream, Json, ct)
            ?? throw new InvalidDataException($"Feed item file {path} is empty.");
    }
}
