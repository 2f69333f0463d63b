using System.Text.Json;

namespace MediaCreator.Modules.Core.GraphQL;

/// <summary>Turns <c>JSON</c> scalar input into text for a JSON column (output: <c>JsonScalarType.FromText</c>).</summary>
public static class JsonValues
{
    /// <summary>A nullable JSON text column as <c>JSON</c> scalar output.</summary>
    public static JsonElement? Read(string? json) => json is null ? null : Scalars.JsonScalarType.FromText(json);

    /// <summary>Serializes an input value of the JSON scalar for storage; null stays null.</summary>
    public static string? Serialize(object? value) => value switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        JsonElement e => e.GetRawText(),
        _ => JsonSerializer.Serialize(value),
    };
}
