namespace MediaCreator.Modules.Publishing.Exports;

/// <summary>The JSON written beside an exported file: what the post is, and which bytes it is (sha256).</summary>
public sealed record ExportSidecar(
    string IdempotencyKey, string Title, string? Description, IReadOnlyList<string> Tags, string Privacy, bool MadeForKids,
    bool ContainsSyntheticMedia, string? CategoryId, string? Language, ExportedMedia Media, DateTimeOffset ExportedAt);

public sealed record ExportedMedia(string FileName, string MimeType, long SizeBytes, string Sha256, double? DurationSeconds, int? Width, int? Height);
