namespace MediaCreator.Modules.Core.Assets;

public enum AssetType { Image, Video, Audio, Subtitle, Other }

/// <summary>A file in unified storage (table <c>assets</c>); bytes live in <c>IAssetStorage</c> under <see cref="Path"/>.</summary>
public sealed class Asset : IOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OwnerId { get; set; }
    public Guid ProjectId { get; set; }
    public AssetType Type { get; set; }
    public required string FileName { get; set; }
    public required string MimeType { get; set; }
    public long SizeBytes { get; set; }
    /// <summary>Storage key in the unified asset registry.</summary>
    public required string Path { get; set; }
    /// <summary>Storage key of a JPEG preview, when one was made at ingest.</summary>
    public string? ThumbnailPath { get; set; }
    public string? MetadataJson { get; set; }
    public List<string> Tags { get; set; } = [];
    public Guid? SourceJobId { get; set; }
    /// <summary>Position among the outputs of <see cref="SourceJobId"/>; unique per job, so a retried job reuses its asset.</summary>
    public int? OutputIndex { get; set; }
    public Guid? DerivedFromId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
