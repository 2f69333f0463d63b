using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaCreator.Modules.Publishing.Dashboard;

/// <summary>Episode metadata is a JSON object; known keys: <c>contentType</c>, <c>tags</c>, <c>aspectRatio</c>, <c>durationSeconds</c>.</summary>
internal static class EpisodeMetadata
{
    /// <summary>Top-level keys of <paramref name="patch"/> replace those of <paramref name="current"/>.</summary>
    public static string? Merge(string? current, string? patch)
    {
        if (patch is null) return current;
        var target = Parse(current) ?? [];
        foreach (var (key, value) in Parse(patch) ?? throw new ArgumentException("The metadata must be a JSON object.", nameof(patch)))
            target[key] = value?.DeepClone();
        return target.ToJsonString();
    }

    public static bool IsObject(string json)
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

    public static JsonObject? Parse(string? json) => json is null ? null : JsonNode.Parse(json) as JsonObject;

    public static string? Text(JsonObject? metadata, string key) =>
        metadata?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static double? Number(JsonObject? metadata, string key) =>
        metadata?[key] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    public static IReadOnlyList<string> Tags(JsonObject? metadata) =>
        metadata?["tags"] is JsonArray tags
            ? tags.Select(t => t is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList()
            : [];
}
