using System.Security.Cryptography;
using System.Text;

namespace MediaCreator.Modules.Publishing.Platforms.OAuth;

/// <summary>The anti-forgery <c>state</c> of an authorization request: unguessable, compared in constant time on the callback.</summary>
public static class OAuthState
{
    public static string Create() => Base64Url.Encode(RandomNumberGenerator.GetBytes(32));

    public static bool Matches(string? expected, string? returned) =>
        !string.IsNullOrEmpty(expected) && returned is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(returned));
}
