namespace MediaCreator.Modules.Core.Storage;

/// <summary>
/// Object storage behind the asset registry. Keys are content-addressed (<c>sha256/ab/cd/&lt;hash&gt;</c>), so
/// storing the same bytes twice yields the same key and one stored object.
/// </summary>
public interface IAssetStorage
{
    /// <summary>Streams <paramref name="content"/> into storage and returns where it went.</summary>
    Task<StoredObject> PutAsync(Stream content, CancellationToken ct = default);

    /// <summary>
    /// Stores a file this process already wrote and hashed (an upload spool), taking it over: local storage moves
    /// it into place instead of copying it again. The file is gone (or left for its owner to delete) afterwards.
    /// </summary>
    async Task<StoredObject> PutSpooledFileAsync(string path, long sizeBytes, string sha256, CancellationToken ct = default)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return await PutAsync(file, ct);
    }

    /// <summary>
    /// Opens <paramref name="length"/> bytes (all remaining when null) from <paramref name="offset"/> of the object;
    /// null when the key does not exist.
    /// </summary>
    Task<Stream?> OpenReadAsync(string key, long offset = 0, long? length = null, CancellationToken ct = default);

    Task<bool> ExistsAsync(string key, CancellationToken ct = default);

    /// <summary>Size of the object in bytes; null when the key does not exist.</summary>
    Task<long?> GetSizeAsync(string key, CancellationToken ct = default);

    /// <summary>Removes the object; a missing key is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken ct = default);

    /// <summary>
    /// A local file holding the object for tools that need a path (ffmpeg seeking in MP4): local storage gives its
    /// own file (read it, never change it); other storages copy the object into <paramref name="scratchFolder"/>.
    /// Null when the key does not exist.
    /// </summary>
    async Task<string?> GetLocalFileAsync(string key, string scratchFolder, CancellationToken ct = default)
    {
        await using var source = await OpenReadAsync(key, ct: ct);
        if (source is null) return null;
        var path = Path.Combine(scratchFolder, Guid.NewGuid().ToString("N"));
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            await source.CopyToAsync(target, ct);
        return path;
    }
}

/// <param name="Key">Content-addressed storage key.</param>
/// <param name="SizeBytes">Size of the stored content.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
public sealed record StoredObject(string Key, long SizeBytes, string Sha256);
