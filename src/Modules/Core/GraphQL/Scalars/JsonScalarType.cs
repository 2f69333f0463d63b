using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using GraphQLParser.AST;

namespace MediaCreator.Modules.Core.GraphQL.Scalars;

/// <summary>
/// The <c>JSON</c> scalar: any JSON value. Input (literal or variable) always parses to a <see cref="JsonElement"/>.
/// Output accepts <see cref="JsonElement"/>, <see cref="JsonDocument"/>, <see cref="JsonNode"/> or any serializable
/// object (serialized with web defaults, camelCase). A <see cref="string"/> is emitted as a JSON string, never parsed:
/// resolve a JSON text column through <see cref="FromText"/> to emit its structure.
/// </summary>
public sealed class JsonScalarType : ScalarGraphType
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public JsonScalarType()
    {
        Name = "JSON";
        Description = "Arbitrary JSON value. Only used for free-form metadata and plugin payloads whose shape the spec leaves open.";
    }

    /// <summary>Parses JSON text (e.g. a TEXT/jsonb column read as string) into a value this scalar emits as structure.</summary>
    public static JsonElement FromText(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public override object? ParseLiteral(GraphQLValue value)
    {
        if (value is GraphQLNullValue)
            return null;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            JsonLiteralWriter.Write(writer, value);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null } => null,
        JsonElement element => element.Clone(),
        _ => JsonSerializer.SerializeToElement(value, Web),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        JsonElement element => element,
        JsonDocument document => document.RootElement.Clone(),
        _ => JsonSerializer.SerializeToElement(value, Web),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is not GraphQLVariable;

    public override bool CanParseValue(object? value) => true;

    public override GraphQLValue ToAST(object? value) => value is null
        ? new GraphQLNullValue()
        : throw new NotSupportedException("JSON values cannot be used as schema default values.");
}
