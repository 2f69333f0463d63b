using System.Globalization;
using System.Net;
using System.Text.Json;

namespace MediaCreator.Modules.Publishing.Platforms.OAuth;

/// <summary>Reads an RFC 6749 token response (section 5.1) and its error form (section 5.2).</summary>
public static class OAuthTokenResponse
{
    public static OAuthTokens Parse(JsonElement body, DateTimeOffset now, IReadOnlyList<string> requestedScopes)
    {
        var access = String(body, "access_token");
        if (string.IsNullOrEmpty(access))
            throw new PublishingException(PublishingErrorCodes.Rejected, "The token response carried no access_token.");
        // No expires_in means the platform stated no lifetime; the token lives until a call says it expired.
        var expiresAt = Number(body, "expires_in") is { } seconds ? now.AddSeconds(seconds) : DateTimeOffset.MaxValue;
        // RFC 6749 5.1: scope may be left out when it equals the requested one.
        var scope = String(body, "scope");
        IReadOnlyList<string> scopes = scope is null
            ? requestedScopes
            : scope.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new OAuthTokens(access, NullIfEmpty(String(body, "refresh_token")), expiresAt, scopes);
    }

    /// <summary>The typed failure for an error response; <c>invalid_grant</c> (revoked or expired grant) is AuthExpired.</summary>
    public static PublishingException Error(string platform, HttpStatusCode status, JsonElement? body)
    {
        var error = body is { } b ? String(b, "error") : null;
        var description = body is { } d ? String(d, "error_description") ?? String(d, "message") : null;
        var message = $"{platform} token endpoint: {error ?? ((int)status).ToString(CultureInfo.InvariantCulture)}"
                      + (description is null ? "" : $" ({description})");
        return error switch
        {
            "invalid_grant" => new PublishingException(PublishingErrorCodes.AuthExpired, message),
            "invalid_client" or "unauthorized_client" => new PublishingException(PublishingErrorCodes.NotConfigured, message),
            _ => new PublishingException(PublishingErrorCodes.Rejected, message),
        };
    }

    private static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var p)
            ? p.ValueKind switch { JsonValueKind.String => p.GetString(), JsonValueKind.Null => null, _ => p.GetRawText() }
            : null;

    private static double? Number(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var p)) return null;
        if (p.ValueKind == JsonValueKind.Number) return p.GetDouble();
        return p.ValueKind == JsonValueKind.String && double.TryParse(p.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
