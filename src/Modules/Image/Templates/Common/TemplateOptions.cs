using System.Text.Json;
using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Common;

/// <summary>Typed, forgiving reads of a template's Options JSON object (absent members take the default;
/// present but wrong ones fail with INVALID_INPUT).</summary>
internal sealed class TemplateOptions(JsonElement? options, ImageTemplateType type)
{
    private readonly JsonElement? root = options is { ValueKind: JsonValueKind.Object } o ? o : null;

    public bool Has(string name) => Get(name) is not null;

    public JsonElement? Get(string name)
    {
        if (root is not { } r) return null;
        foreach (var p in r.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind != JsonValueKind.Null) return p.Value;
        }
        return null;
    }

    public string String(string name, string fallback) => Get(name) is { } v ? v.ValueKind == JsonValueKind.String ? v.GetString()! : v.ToString() : fallback;

    public string? String(string name) => Get(name) is { } v ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString() : null;

    public int Int(string name, int fallback, int min, int max)
    {
        if (Get(name) is not { } v) return fallback;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n)) throw Invalid($"{name} must be a whole number");
        if (n < min || n > max) throw Invalid($"{name} must be between {min} and {max} (got {n})");
        return n;
    }

    public float Float(string name, float fallback, float min, float max)
    {
        if (Get(name) is not { } v) return fallback;
        if (v.ValueKind != JsonValueKind.Number) throw Invalid($"{name} must be a number");
        var f = v.GetSingle();
        if (f < min || f > max) throw Invalid($"{name} must be between {min} and {max} (got {f})");
        return f;
    }

    public bool Bool(string name, bool fallback) => Get(name) is { } v
        ? v.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => throw Invalid($"{name} must be true or false") }
        : fallback;

    public SKColor Color(string name, SKColor fallback) => String(name) is { } s ? ParseColor(s, name) : fallback;

    public IReadOnlyList<string> Strings(string name) => Get(name) is { } v
        ? v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(e => e.ToString()).ToArray() : throw Invalid($"{name} must be an array")
        : [];

    public IReadOnlyList<JsonElement> Objects(string name) => Get(name) is { } v
        ? v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToArray() : throw Invalid($"{name} must be an array")
        : [];

    public IReadOnlyList<SKColor> Colors(string name) => Strings(name).Select(s => ParseColor(s, name)).ToArray();

    public SKColor ParseColor(string text, string name) =>
        SKColor.TryParse(text, out var c) ? c : throw Invalid($"{name}: '{text}' is not a colour (use #RRGGBB)");

    public ImageProviderException Invalid(string message) =>
        new(ImageProviderErrorCodes.InvalidInput, $"{type} options: {message}.");
}
