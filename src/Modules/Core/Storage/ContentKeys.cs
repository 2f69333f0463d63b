namespace MediaCreator.Modules.Core.Storage;

internal static class ContentKeys
{
    public static string For(string sha256) => $"sha256/{sha256[..2]}/{sha256[2..4]}/{sha256}";

    /// <summary>True for keys this storage issues; anything else (e.g. <c>../</c>) never reaches a backend.</summary>
    public static bool IsValid(string key)
    {
        var parts = key.Split('/');
        return parts is ["sha256", { Length: 2 } a, { Length: 2 } b, { Length: 64 } hash]
            && hash.All(char.IsAsciiHexDigitLower) && hash.StartsWith(a + b, StringComparison.Ordinal);
    }
}
