using System.Security.Cryptography;
using System.Text;

namespace MediaCreator.Modules.Publishing.Platforms.TikTok;

/// <summary>PKCE and state values for TikTok's authorization flow (TikTok wants the S256 challenge hex-encoded).</summary>
public static class TikTokPkce
{
    private const string Unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    /// <summary>A 64-character verifier from the RFC 7636 unreserved alphabet.</summary>
    public static string CreateVerifier() => RandomNumberGenerator.GetString(Unreserved, 64);

    public static string Challenge(string verifier) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public static string CreateState() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
