using System.Text.Json;
using GraphQLParser.AST;

namespace MediaCreator.Modules.Core.GraphQL.Scalars;

/// <summary>Writes a GraphQL literal as JSON; enum literals become strings, numbers keep their exact text.</summary>
internal static class JsonLiteralWriter
{
    public static void Write(Utf8JsonWriter writer, GraphQLValue value)
    {
        switch (value)
        {
            case GraphQLObjectValue obj:
                writer.WriteStartObject();
                foreach (var field in obj.Fields ?? [])
                {
                    writer.WritePropertyName(field.Name.Value.Span);
                    Write(writer, field.Value);
                }
                writer.WriteEndObject();
                break;
            case GraphQLListValue list:
                writer.WriteStartArray();
                foreach (var item in list.Values ?? [])
                    Write(writer, item);
                writer.WriteEndArray();
                break;
            case GraphQLStringValue s:
                writer.WriteStringValue(s.Value.Span);
                break;
            case GraphQLIntValue i:
                writer.WriteRawValue(i.Value.Span);
                break;
            case GraphQLFloatValue f:
                writer.WriteRawValue(f.Value.Span);
                break;
            case GraphQLBooleanValue b:
                writer.WriteBooleanValue(b.BoolValue);
                break;
            case GraphQLEnumValue e:
                writer.WriteStringValue(e.Name.Value.Span);
                break;
            case GraphQLNullValue:
                writer.WriteNullValue();
                break;
            default:
                throw new FormatException($"A {value.Kind} cannot appear inside a JSON literal.");
        }
    }
}
