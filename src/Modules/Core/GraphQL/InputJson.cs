using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace MediaCreator.Modules.Core.GraphQL;

/// <summary>
/// Writes a coerced GraphQL input value back as the JSON a client would send for it (enum names, ID strings, ISO
/// dates), walking its input type. Stored job specs (workflow steps, drafts) are kept in that form, so they can be
/// sent through the schema again later and are readable by any client.
/// </summary>
public static class InputJson
{
    public static JsonNode? Write(IGraphType? type, object? value)
    {
        if (value is null) return null;
        switch (type)
        {
            case NonNullGraphType nonNull:
                return Write(nonNull.ResolvedType, value);
            case ListGraphType list:
                if (value is string || value is not IEnumerable items) return new JsonArray(Write(list.ResolvedType, value));
                return new JsonArray([.. items.Cast<object?>().Select(item => Write(list.ResolvedType, item))]);
            case IInputObjectGraphType input when value is IDictionary<string, object?> fields:
                var json = new JsonObject();
                foreach (var (name, fieldValue) in fields)
                {
                    if (input.GetField(name) is not { } field) continue;
                    json[name] = Write(field.ResolvedType, fieldValue);
                }
                return json;
            case ScalarGraphType scalar:
                var serialized = scalar.Serialize(value);
                return serialized switch
                {
                    null => null,
                    JsonElement element => JsonNode.Parse(element.GetRawText()),
                    JsonNode node => node.DeepClone(),
                    _ => JsonSerializer.SerializeToNode(serialized),
                };
            default:
                return JsonSerializer.SerializeToNode(value);
        }
    }
}
