using MediaCreator.Modules.Core.Assets;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Errors;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Modules.Publishing.GraphQL;

/// <summary>Checks shared by the dashboard mutations; each returns the error, or null when the value is fine.</summary>
internal static class InputRules
{
    public static ValidationError? Name(string? value, string field, int max = 200) =>
        value is null || value.Trim().Length is 0 || value.Trim().Length > max
            ? new ValidationError($"The {field[(field.LastIndexOf('.') + 1)..]} must have 1 to {max} characters.", field, "INVALID_LENGTH")
            : null;

    /// <summary>The metadata as JSON text (null when absent), or a validation error when it is no JSON object.</summary>
    public static (string? Json, ValidationError? Error) Metadata(Dictionary<string, object?> input, string field = "input.metadata")
    {
        var json = JsonValues.Serialize(input.GetValueOrDefault("metadata"));
        return json is null || EpisodeMetadata.IsObject(json)
            ? (json, null)
            : (null, new ValidationError("The metadata must be a JSON object.", field, "INVALID_FORMAT"));
    }

    /// <summary>The id of <paramref name="globalId"/> when it names a <paramref name="typeName"/>, else null.</summary>
    public static Guid? Decode(string typeName, object? globalId) =>
        GlobalId.TryDecode(globalId as string, out var type, out var id) && type == typeName ? id : null;

    public static UnsupportedMediaError? Publishable(Asset asset) =>
        asset.Type is AssetType.Image or AssetType.Video or AssetType.Audio
            ? null
            : new UnsupportedMediaError("An episode's primary asset must be an image, video or audio.",
                GlobalId.Encode("Asset", asset.Id), asset.MimeType, ["image/*", "video/*", "audio/*"]);
}
