using System.Text.Json;

namespace MediaCreator.Modules.Video.Subtitles;

/// <summary>The message and code of an OpenAI-style error body (<c>{"error":{"message","code"}}</c>), or FastAPI's <c>{"detail"}</c>, or the raw text.</summary>
internal sealed record ProviderErrorBody(string Message, string? Code)
{
    public static ProviderErrorBody Read(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e))
            {
                if (e.ValueKind == JsonValueKind.String) return new ProviderErrorBody(e.GetString()!, null);
                var message = e.TryGetProperty("message", out var m) ? m.GetString() : null;
                var code = e.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()
                    : e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
                return new ProviderErrorBody(message ?? Short(body), code);
            }
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("detail", out var d))
                return new ProviderErrorBody(d.ValueKind == JsonValueKind.String ? d.GetString()! : d.GetRawText(), null);
        }
        catch (JsonException)
        {
        }
        return new ProviderErrorBody(Short(body), null);
    }

    private static string Short(string body) => body.Length > 300 ? body[..300] + "…" : body.Length == 0 ? "(empty body)" : body;
}
