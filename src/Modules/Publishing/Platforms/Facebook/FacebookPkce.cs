using System.Security.Cryptography;
using System.Text;

namespace MediaCreator.Modules.Publishing.Platforms.Facebook;

/// <summary>RFC 7636 PKCE (S256, base64url) and state values for Facebook Login.</summary>
public static class FacebookPkce
{
    public static string CreateVerifier() => Base64Url(RandomNumberGenerator.GetBytes(48));

    public static string Challenge(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static string CreateState() => Base64Url(RandomNumberGenerator.GetBytes(16));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
