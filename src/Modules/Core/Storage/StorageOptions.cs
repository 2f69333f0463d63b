namespace MediaCreator.Modules.Core.Storage;

internal enum StorageProvider { Local, S3 }

/// <summary>Bound from the <c>Storage</c> section.</summary>
internal sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.Local;

    /// <summary>Root directory of the Local provider, relative to the working directory.</summary>
    public string LocalRoot { get; set; } = "./data/assets";

    public S3StorageOptions S3 { get; set; } = new();

    /// <summary>HMAC key of signed download URLs (base64 or plain text, at least 32 bytes). Required outside Development.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Where Development persists the signing key it generates when <see cref="SigningKey"/> is absent.</summary>
    public string SigningKeyFile { get; set; } = "./data/storage-signing.key";

    /// <summary>Origin put in front of signed asset URLs (e.g. a CDN); the request's own origin when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Largest accepted upload.</summary>
    public long MaxUploadBytes { get; set; } = 100L * 1024 * 1024;
}

internal sealed class S3StorageOptions
{
    /// <summary>Endpoint of a non-AWS server (MinIO, s3rver, R2...); leave empty for AWS.</summary>
    public string? ServiceUrl { get; set; }
    public string Region { get; set; } = "us-east-1";
    public string Bucket { get; set; } = "mediacreator-assets";
    public bool ForcePathStyle { get; set; } = true;
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }
}
