namespace MediaCreator.Modules.Core.Storage;

/// <summary>
/// Content-addressed files under a root directory. A write lands in a temporary file in the same directory tree
/// and is renamed into place, so readers never see a partial object; identical content is stored once.
/// </summary>
internal sealed class LocalAssetStorage(string root) : IAssetStorage
{
    private readonly string _root = Path.GetFullPath(root);

    public async Task<StoredObject> PutAsync(Stream content, CancellationToken ct = default)
    {
        await using var spool = await HashingSpool.CreateAsync(content, Path.Combine(_root, "tmp"), long.MaxValue, ct);
        var key = ContentKeys.For(spool.Sha256);
        var target = PathOf(key);
        if (!File.Exists(target))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Move(spool.Path, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                // A concurrent writer stored the same content first; its bytes are ours.
            }
        }
        return new StoredObject(key, spool.SizeBytes, spool.Sha256);
    }

    public Task<Stream?> OpenReadAsync(string key, long offset = 0, long? length = null, CancellationToken ct = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return Task.FromResult<Stream?>(null);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
        file.Seek(offset, SeekOrigin.Begin);
        Stream stream = length is { } n ? new ReadLimitStream(file, n) : file;
        return Task.FromResult<Stream?>(stream);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct = default) => Task.FromResult(File.Exists(PathOf(key)));

    public Task<long?> GetSizeAsync(string key, CancellationToken ct = default)
    {
        var file = new FileInfo(PathOf(key));
        return Task.FromResult(file.Exists ? file.Length : (long?)null);
    }

    public Task DeleteAsync(string key, CancellationToken ct = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        if (!ContentKeys.IsValid(key)) throw new ArgumentException($"'{key}' is not a storage key.", nameof(key));
        return Path.Combine(_root, key);
    }
}
