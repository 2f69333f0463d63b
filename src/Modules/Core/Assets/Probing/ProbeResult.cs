using System.Text.Json.Nodes;

namespace MediaCreator.Modules.Core.Assets.Probing;

/// <summary>What probing found: metadata keys for <c>assets.metadata</c>, the asset type when the container was ambiguous, and an optional JPEG thumbnail.</summary>
internal sealed record ProbeResult(JsonObject Metadata, AssetType? Type = null, string? MimeType = null, byte[]? ThumbnailJpeg = null);

/// <summary>The file could not be decoded as what its bytes claim.</summary>
internal sealed class UndecodableMediaException(string message, Exception? inner = null) : Exception(message, inner);
