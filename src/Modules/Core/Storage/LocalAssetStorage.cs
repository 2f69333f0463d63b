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
        return MoveIntoPlace(spool.Path, spool.SizeBytes, spool.Sha256);
    }

    /// <summary>
    /// Takes the already hashed file over without a second copy on the same file system: it is first moved into
    /// this store's <c>tmp</c> (a copy only when the spool lives on another file system, invisible to readers), then
    /// renamed into place atomically.
    /// </summary>
    public Task<StoredObject> PutSpooledFileAsync(string path, long sizeBytes, string sha256, CancellationToken ct = default)
    {
        var staging = Path.Combine(_root, "tmp");
        Directory.CreateDirectory(staging);
        var staged = Path.Combine(staging, $".tmp-{Guid.NewGuid():N}");
        File.Move(path, staged);
        try
        {
            return Task.FromResult(MoveIntoPlace(staged, sizeBytes, sha256));
        }
        finally
        {
            File.Delete(staged); // left over only when the same content was already stored
        }
    }

    private StoredObject MoveIntoPlace(string path, long sizeBytes, string sha256)
    {
        var key = ContentKeys.For(sha256);
        var target = PathOf(key);
        if (!File.Exists(target))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            try
            {
                File.Move(path, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                // A concurrent writer stored the same content first; its bytes are ours.
            }
        }
        return new StoredObject(key, sizeBytes, sha256);
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

    public Task<string?> GetLocalFileAsync(string key, string scratchFolder, CancellationToken ct = default)
    {
        var path = PathOf(key);
        return Task.FromResult(File.Exists(path) ? path : null);
    }

    private string PathOf(string key)
    {
        if (!ContentKeys.IsValid(key)) throw new ArgumentException($"'{key}' is not a storage key.", nameof(key));
        return Path.Combine(_root, key);
    }
}
