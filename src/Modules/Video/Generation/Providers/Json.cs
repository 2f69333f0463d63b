using System.Text.Json;

namespace MediaCreator.Modules.Video.Generation.Providers;

/// <summary>Reading provider answers: parse leniently and find the error message in the shapes services use.</summary>
internal static class Json
{
    public static JsonElement? Parse(byte[] body)
    {
        if (body.Length == 0) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary><c>{error: "..."|{message}}</c>, <c>{detail: "..."|[{msg}]}</c>, <c>{message}</c>, <c>{failure}</c>.</summary>
    public static string? ErrorMessage(JsonElement? json)
    {
        if (json is not { ValueKind: JsonValueKind.Object } root) return null;
        if (root.TryGetProperty("error", out var error))
        {
            if (error.ValueKind == JsonValueKind.String) return error.GetString();
            if (String(error, "message") is { } nested) return nested;
        }
        if (root.TryGetProperty("detail", out var detail))
        {
            if (detail.ValueKind == JsonValueKind.String) return detail.GetString();
            if (detail.ValueKind == JsonValueKind.Array)
                return string.Join("; ", detail.EnumerateArray().Select(d => String(d, "msg") ?? d.ToString()));
        }
        return String(root, "message") ?? String(root, "failure");
    }

    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static string Text(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
        return text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') ? $"{body.Length} bytes of binary data" : text;
    }
}
