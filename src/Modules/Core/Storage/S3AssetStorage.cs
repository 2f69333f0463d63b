using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace MediaCreator.Modules.Core.Storage;

/// <summary>
/// S3-compatible object storage (AWS, MinIO, R2, s3rver). The content is spooled to a temporary file first: the
/// key is its hash, and S3 wants the length up front.
/// </summary>
internal sealed class S3AssetStorage(IAmazonS3 s3, string bucket, string spoolDirectory) : IAssetStorage
{
    public async Task<StoredObject> PutAsync(Stream content, CancellationToken ct = default)
    {
        await using var spool = await HashingSpool.CreateAsync(content, spoolDirectory, long.MaxValue, ct);
        var key = ContentKeys.For(spool.Sha256);
        if (!await ExistsAsync(key, ct))
        {
            await using var file = spool.OpenRead();
            await s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = bucket, Key = key, InputStream = file, AutoCloseStream = false,
                ContentType = "application/octet-stream", UseChunkEncoding = false,
            }, ct);
        }
        return new StoredObject(key, spool.SizeBytes, spool.Sha256);
    }

    public async Task<Stream?> OpenReadAsync(string key, long offset = 0, long? length = null, CancellationToken ct = default)
    {
        var request = new GetObjectRequest { BucketName = bucket, Key = Checked(key) };
        if (offset > 0 || length is not null)
            request.ByteRange = length is { } n ? new ByteRange(offset, offset + n - 1) : new ByteRange($"bytes={offset}-");
        try
        {
            var response = await s3.GetObjectAsync(request, ct);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken ct = default) => await GetSizeAsync(key, ct) is not null;

    public async Task<long?> GetSizeAsync(string key, CancellationToken ct = default)
    {
        try
        {
            return (await s3.GetObjectMetadataAsync(bucket, Checked(key), ct)).ContentLength;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken ct = default) => await s3.DeleteObjectAsync(bucket, Checked(key), ct);

    private static string Checked(string key) =>
        ContentKeys.IsValid(key) ? key : throw new ArgumentException($"'{key}' is not a storage key.", nameof(key));
}
