using System.Text;
using System.Text.Json;

namespace MediaCreator.Modules.Image.Providers.Http;

/// <summary>Lenient JSON reading of provider answers: a bad body is data for an error, never a crash.</summary>
internal static class ProviderJson
{
    public static JsonElement? Parse(byte[] body)
    {
        if (body.Length == 0)
            return null;
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

    /// <summary>The human message in the error shapes we meet: OpenAI <c>{error:{message}}</c>, FastAPI
    /// <c>{detail: "..." | [{msg}]}</c> (BFL, SD WebUI), SD WebUI's <c>{error, errors}</c>, or <c>{message}</c>.</summary>
    public static string? ErrorMessage(JsonElement? json)
    {
        if (json is not { ValueKind: JsonValueKind.Object } root)
            return null;
        if (root.TryGetProperty("error", out var error))
        {
            if (error.ValueKind == JsonValueKind.Object && String(error, "message") is { } nested)
                return nested;
            if (error.ValueKind == JsonValueKind.String)
                return String(root, "errors") is { Length: > 0 } errors ? $"{error.GetString()}: {errors}" : error.GetString();
        }
        if (root.TryGetProperty("detail", out var detail))
        {
            if (detail.ValueKind == JsonValueKind.String)
                return detail.GetString();
            if (detail.ValueKind == JsonValueKind.Array)
                return JoinValidationErrors(detail);
        }
        return String(root, "message");
    }

    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string JoinValidationErrors(JsonElement items)
    {
        var text = new StringBuilder();
        foreach (var item in items.EnumerateArray())
        {
            if (text.Length > 0)
                text.Append("; ");
            var location = item.TryGetProperty("loc", out var loc) && loc.ValueKind == JsonValueKind.Array
                ? string.Join('.', loc.EnumerateArray().Select(part => part.ToString()))
                : null;
            text.Append(location is null ? "" : location + ": ").Append(String(item, "msg") ?? item.ToString());
        }
        return text.ToString();
    }
}
