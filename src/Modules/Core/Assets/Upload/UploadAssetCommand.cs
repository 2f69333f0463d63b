namespace MediaCreator.Modules.Core.Assets.Upload;

internal sealed record UploadAssetCommand(string ProjectId, UploadedContent File, AssetType? Type, IReadOnlyList<string> Tags,
    string? MetadataJson, string? DerivedFromId);
