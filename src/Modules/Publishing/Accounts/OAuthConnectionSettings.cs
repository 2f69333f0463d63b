using System.Text.Json;
using MediaCreator.Modules.Core.GraphQL.Errors;

namespace MediaCreator.Modules.Publishing.Accounts;

/// <summary>
/// The settings <c>beginPlatformAccountConnection</c> keeps with the OAuth state until the callback: only Facebook's
/// <c>pageId</c> (the Page to connect when the user manages several). Non-secret, stored as JSON.
/// </summary>
internal static class OAuthConnectionSettings
{
    private const int MaxPageIdLength = 100;

    /// <summary>The JSON to store (null: nothing), or the validation error for <c>input.settings</c>.</summary>
    public static (string? Json, ValidationError? Error) Validate(string platform, JsonElement? settings)
    {
        if (settings is not { } s || s.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return (null, null);
        if (s.ValueKind != JsonValueKind.Object)
            return (null, new ValidationError("settings must be an object.", "input.settings", "INVALID_FORMAT"));
        string? pageId = null;
        foreach (var property in s.EnumerateObject())
        {
            if (property.Name != "pageId" || platform != "facebook")
            {
                return (null, new ValidationError($"'{property.Name}' is not a setting of a {platform.ToUpperInvariant()} connection; only FACEBOOK takes settings.pageId.",
                    $"input.settings.{property.Name}", "INVALID_FORMAT"));
            }
            if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)
                || property.Value.GetString() is { } text && (text.Trim().Length == 0 || text.Length > MaxPageIdLength))
            {
                return (null, new ValidationError($"settings.pageId must be a Facebook Page id (1 to {MaxPageIdLength} characters).",
                    "input.settings.pageId", "INVALID_FORMAT"));
            }
            pageId = property.Value.GetString()?.Trim();
        }
        return pageId is null ? (null, null) : (JsonSerializer.Serialize(new { pageId }), null);
    }

    public static JsonElement? Read(string? json)
    {
        if (string.IsNullOrEmpty(json)) return null;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
