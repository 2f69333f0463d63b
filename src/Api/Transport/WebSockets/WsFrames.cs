using System.Buffers;
using System.Text.Json;
using GraphQL;

namespace MediaCreator.Api.Transport.WebSockets;

/// <summary>Serializes outgoing protocol messages to UTF-8 once, on the caller's thread, so the pump only sends bytes.</summary>
internal static class WsFrames
{
    public static byte[] Simple(string type, JsonElement? payload = null, string? id = null) =>
        Write(type, id, writer =>
        {
            if (payload is { } p)
            {
                writer.WritePropertyName("payload");
                p.WriteTo(writer);
            }
        });

    public static byte[] Result(string type, string id, ExecutionResult result, JsonSerializerOptions options) =>
        Write(type, id, writer =>
        {
            writer.WritePropertyName("payload");
            JsonSerializer.Serialize(writer, result, options);
        });

    public static byte[] Errors(string type, string id, IEnumerable<ExecutionError> errors, JsonSerializerOptions options) =>
        Write(type, id, writer =>
        {
            writer.WritePropertyName("payload");
            writer.WriteStartArray();
            foreach (var error in errors)
                JsonSerializer.Serialize(writer, error, options);
            writer.WriteEndArray();
        });

    private static byte[] Write(string type, string? id, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
                writer.WriteString("id", id);
            writer.WriteString("type", type);
            body(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
