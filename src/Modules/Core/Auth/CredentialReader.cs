using Microsoft.AspNetCore.Http;

namespace MediaCreator.Modules.Core.Auth;

/// <summary>Finds credentials in HTTP headers or a WebSocket <c>connection_init</c> payload.</summary>
public static class CredentialReader
{
    public static string? ReadApiKey(IHeaderDictionary headers)
    {
        if (headers.TryGetValue("X-Api-Key", out var apiKey) && apiKey.ToString() is { Length: > 0 } k) return k;
        var bearer = ReadBearer(headers.Authorization.ToString());
        return bearer is not null && ApiKeyService.LooksLikeApiKey(bearer) ? bearer : null;
    }

    /// <summary>The token of <c>Bearer {token}</c> (scheme case-insensitive), else null.</summary>
    public static string? ReadBearer(string? authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization)) return null;
        const string scheme = "Bearer ";
        return authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? authorization[scheme.Length..].Trim() : null;
    }
}
