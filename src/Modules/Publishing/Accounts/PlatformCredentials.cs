using System.Security.Cryptography;
using System.Text.Json;
using MediaCreator.Modules.Publishing.Platforms;
using Microsoft.AspNetCore.DataProtection;

namespace MediaCreator.Modules.Publishing.Accounts;

/// <summary>What an account authenticates with: OAuth tokens, or a shared secret (webhook signing key).</summary>
/// <param name="UserAccessToken">Facebook: the long-lived user token behind the page token, kept only to revoke the grant on disconnect.</param>
public sealed record PlatformCredentials(string? AccessToken, string? RefreshToken, DateTimeOffset? AccessTokenExpiresAt, string? Secret = null,
    string? UserAccessToken = null)
{
    public OAuthGrant Grant => new(AccessToken, RefreshToken, AccessTokenExpiresAt, UserAccessToken);

    public static PlatformCredentials From(OAuthTokens tokens, string? previousRefreshToken = null) =>
        new(tokens.AccessToken, tokens.RefreshToken ?? previousRefreshToken, tokens.ExpiresAt);
}

/// <summary>
/// Encrypts credentials for the <c>auth_config</c> column with ASP.NET Data Protection (key ring persisted in the
/// database, so API and worker processes share it). Clear text exists only in memory while a call needs it.
/// </summary>
public sealed class PlatformCredentialProtector(IDataProtectionProvider provider)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IDataProtector _protector = provider.CreateProtector("MediaCreator.Publishing.PlatformCredentials.v1");

    public string Protect(PlatformCredentials credentials) => _protector.Protect(JsonSerializer.Serialize(credentials, Json));

    /// <summary>The credentials, or <see cref="PublishingErrorCodes.AuthExpired"/> when they cannot be read (key ring lost).</summary>
    public PlatformCredentials Unprotect(string protectedCredentials)
    {
        try
        {
            return JsonSerializer.Deserialize<PlatformCredentials>(_protector.Unprotect(protectedCredentials), Json)
                ?? throw new PublishingException(PublishingErrorCodes.AuthExpired, "The stored credentials are empty; reconnect the account.");
        }
        catch (CryptographicException e)
        {
            throw new PublishingException(PublishingErrorCodes.AuthExpired,
                "The stored credentials cannot be decrypted (the key ring changed); reconnect the account.", inner: e);
        }
    }

    /// <summary>Protects a short value of its own kind (e.g. a PKCE verifier) under a sub-purpose.</summary>
    public string ProtectValue(string purpose, string value) => _protector.CreateProtector(purpose).Protect(value);

    public string UnprotectValue(string purpose, string protectedValue) => _protector.CreateProtector(purpose).Unprotect(protectedValue);
}
