using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MediaCreator.Modules.Core.GraphQL.Relay;

namespace MediaCreator.Modules.Core.Assets.Content;

internal enum AssetVariant { Content, Thumbnail }

/// <summary>
/// Signs <c>/assets/{globalId}/{variant}?exp=&lt;unix&gt;&amp;sig=&lt;HMAC-SHA256&gt;</c>. The signature covers the asset id,
/// the variant and the expiry, so a URL opens exactly one rendition of one asset until it expires.
/// </summary>
internal sealed class AssetUrlSigner(SigningKeyProvider keys, TimeProvider clock)
{
    public const int MaxLifetimeSeconds = 86400;

    public string PathAndQuery(Guid assetId, AssetVariant variant, int lifetimeSeconds)
    {
        var expires = clock.GetUtcNow().ToUnixTimeSeconds() + lifetimeSeconds;
        var segment = variant == AssetVariant.Content ? "content" : "thumbnail";
        return $"/assets/{Uri.EscapeDataString(GlobalId.Encode("Asset", assetId))}/{segment}?exp={expires}&sig={Sign(assetId, variant, expires)}";
    }

    /// <summary>True when <paramref name="signature"/> is this server's and <paramref name="expires"/> has not passed.</summary>
    public bool Verify(Guid assetId, AssetVariant variant, string? expires, string? signature)
    {
        if (!long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var exp) || signature is null) return false;
        if (exp < clock.GetUtcNow().ToUnixTimeSeconds()) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(assetId, variant, exp));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    private string Sign(Guid assetId, AssetVariant variant, long expires)
    {
        var mac = HMACSHA256.HashData(keys.Key, Encoding.UTF8.GetBytes($"{assetId:N}|{variant}|{expires}"));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
