using System.Security.Cryptography;
using System.Text;
using MediaCreator.Modules.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.Auth;

/// <summary>Issues and checks API keys of the form <c>mc_{prefix}_{secret}</c>; only the SHA-256 of the key is stored.</summary>
public sealed class ApiKeyService(CoreDbContext db, TimeProvider clock)
{
    private const string KeyStart = "mc_";

    public async Task<(ApiKey Key, string ClearText)> CreateAsync(Guid ownerId, string name, IReadOnlyList<string> scopes, string? moduleName, CancellationToken ct)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var clear = $"{KeyStart}{prefix}_{secret}";
        var key = new ApiKey
        {
            OwnerId = ownerId, Name = name, Prefix = prefix, SecretHash = Hash(clear), Scopes = [.. scopes], ModuleName = moduleName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return (key, clear);
    }

    /// <summary>The live key matching <paramref name="clearText"/>, or null. Runs across owners: it is the login.</summary>
    public async Task<ApiKey?> ValidateAsync(string clearText, CancellationToken ct)
    {
        if (!TryGetPrefix(clearText, out var prefix)) return null;
        var key = await db.ApiKeys.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(k => k.Prefix == prefix && k.RevokedAt == null, ct);
        if (key is null) return null;
        var expected = Encoding.ASCII.GetBytes(key.SecretHash);
        var actual = Encoding.ASCII.GetBytes(Hash(clearText));
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? key : null;
    }

    public static bool LooksLikeApiKey(string value) => value.StartsWith(KeyStart, StringComparison.Ordinal);

    private static bool TryGetPrefix(string clearText, out string prefix)
    {
        prefix = "";
        if (!LooksLikeApiKey(clearText)) return false;
        var end = clearText.IndexOf('_', KeyStart.Length);
        if (end <= KeyStart.Length) return false;
        prefix = clearText[KeyStart.Length..end];
        return true;
    }

    private static string Hash(string clearText) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clearText)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
