using System.Security.Cryptography;
using System.Text;

namespace MediaCreator.Modules.Publishing.Platforms.OAuth;

/// <summary>RFC 7636 proof key: a random verifier kept by the caller and its S256 challenge sent in the authorization URL.</summary>
public static class Pkce
{
    public const string Method = "S256";

    /// <summary>43 characters of base64url over 32 random bytes (the RFC allows 43..128 unreserved characters).</summary>
    public static string CreateVerifier() => Base64Url.Encode(RandomNumberGenerator.GetBytes(32));

    public static string ChallengeS256(string verifier)
    {
        ArgumentException.ThrowIfNullOrEmpty(verifier);
        return Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
    }
}
