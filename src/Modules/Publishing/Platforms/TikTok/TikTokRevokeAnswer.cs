using System.Text.Json;

namespace MediaCreator.Modules.Publishing.Platforms.TikTok;

/// <summary>
/// Reads the revoke endpoint's answer: <c>{}</c> on success; errors in the OAuth form <c>{"error":"…","error_description"}</c>
/// or the v2 API envelope <c>{"error":{"code","message"}}</c> (code "ok" is no error).
/// </summary>
internal static class TikTokRevokeAnswer
{
    /// <summary>The token is already invalid, expired or revoked: nothing can act with it any more.</summary>
    public static readonly HashSet<string> TokenGone = ["invalid_grant", "invalid_token", "access_token_invalid", "access_token_expired", "token_expired"];

    public static (string? Code, string? Description) Error(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return (null, null);
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("error", out var error)) return (null, null);
            if (error.ValueKind == JsonValueKind.String)
            {
                var code = error.GetString();
                var description = root.TryGetProperty("error_description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
                return string.IsNullOrEmpty(code) ? (null, null) : (code, description);
            }
            if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String)
            {
                var code = c.GetString();
                var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                return string.IsNullOrEmpty(code) || code == "ok" ? (null, null) : (code, message);
            }
            return (null, null);
        }
        catch (JsonException)
        {
            return ("invalid_response", null);
        }
    }
}
