using System.Text.Json;

namespace MediaCreator.Api.Transport.WebSockets;

/// <summary>An incoming protocol message <c>{type, id?, payload?}</c>; anything else fails to parse.</summary>
internal readonly record struct WsMessage(string Type, string? Id, JsonElement? Payload)
{
    public static bool TryParse(ReadOnlyMemory<byte> utf8, out WsMessage message, out string? error)
    {
        message = default;
        error = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            error = "Invalid message received: not JSON";
            return false;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Fail("Invalid message received: not an object", out error);
            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                return Fail("Invalid message received: missing 'type'", out error);
            string? id = null;
            if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null)
            {
                if (idElement.ValueKind != JsonValueKind.String)
                    return Fail("Invalid message received: 'id' must be a string", out error);
                id = idElement.GetString();
            }
            JsonElement? payload = root.TryGetProperty("payload", out var p) && p.ValueKind != JsonValueKind.Null ? p.Clone() : null;
            message = new WsMessage(type.GetString()!, id, payload);
            return true;
        }
    }

    public bool PayloadIsObjectOrAbsent => Payload is null || Payload.Value.ValueKind == JsonValueKind.Object;

    private static bool Fail(string reason, out string? error)
    {
        error = reason;
        return false;
    }
}
