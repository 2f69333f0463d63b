using System.Text.Json;

namespace MediaCreator.Modules.Core.GraphQL;

/// <summary>Moves JSON documents between text columns and the <c>JSON</c> scalar.</summary>
public static class JsonValues
{
    public static JsonElement? Parse(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>Serializes an input value of the JSON scalar for storage; null stays null.</summary>
    public static string? Serialize(object? value) => value switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        JsonElement e => e.GetRawText(),
        _ => JsonSerializer.Serialize(value),
    };
}
