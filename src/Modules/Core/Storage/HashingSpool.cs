using System.Security.Cryptography;

namespace MediaCreator.Modules.Core.Storage;

/// <summary>
/// Copies a stream into a temporary file while hashing it, because a content-addressed key is known only after
/// the last byte. The file is deleted on dispose.
/// </summary>
internal sealed class HashingSpool : IAsyncDisposable
{
    private HashingSpool(string path, long size, string sha256)
    {
        Path = path;
        SizeBytes = size;
        Sha256 = sha256;
    }

    public string Path { get; }
    public long SizeBytes { get; }
    public string Sha256 { get; }

    /// <param name="maxBytes">Stops copying and throws <see cref="SpoolLimitExceededException"/> past this size.</param>
    public static async Task<HashingSpool> CreateAsync(Stream content, string directory, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        var path = System.IO.Path.Combine(directory, $".tmp-{Guid.NewGuid():N}");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > maxBytes) throw new SpoolLimitExceededException(maxBytes);
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                await file.FlushAsync(ct);
            }
            return new HashingSpool(path, size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    public FileStream OpenRead() => new(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }
}

internal sealed class SpoolLimitExceededException(long limit) : Exception($"The content exceeds {limit} bytes.")
{
    public long Limit { get; } = limit;
}
