using System.Text.Json;
using System.Text.Json.Nodes;
using MediaCreator.Modules.Core.GraphQL.Errors;

namespace MediaCreator.Modules.Core.Assets.Upload;

internal static class UploadValidation
{
    public const int MaxTags = 50, MaxTagLength = 100, MaxFileNameLength = 500;

    public static IEnumerable<ValidationError> Check(UploadAssetCommand command)
    {
        if (command.Tags.Count > MaxTags)
            yield return new ValidationError($"At most {MaxTags} tags are allowed.", "input.tags", "TOO_MANY");
        if (command.Tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > MaxTagLength))
            yield return new ValidationError($"Tags must be non-blank and at most {MaxTagLength} characters.", "input.tags", "INVALID_TAG");
        if (command.MetadataJson is not null && !IsObject(command.MetadataJson))
            yield return new ValidationError("metadata must be a JSON object.", "input.metadata", "NOT_AN_OBJECT");
    }

    /// <summary>The caller's metadata as an object; probed values are written over it.</summary>
    public static JsonObject MetadataObject(string? json) => json is null ? [] : JsonNode.Parse(json)!.AsObject();

    /// <summary>The client's name without any directory part, bounded for the column.</summary>
    public static string FileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        if (string.IsNullOrWhiteSpace(file)) file = "upload";
        return file.Length <= MaxFileNameLength ? file : file[^MaxFileNameLength..];
    }

    private static bool IsObject(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
