using System.Buffers;

namespace MediaCreator.Modules.Publishing.Exports;

/// <summary>Names that become one path segment under a root folder: never a traversal, never a separator.</summary>
internal static class SafeName
{
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-");

    public static bool IsSafe(string name) =>
        name.Length is > 0 and <= 120 && !name.AsSpan().ContainsAnyExcept(Allowed) && name.Trim('.').Length > 0;

    public static string Check(string name, string what) => IsSafe(name)
        ? name
        : throw new ArgumentException($"'{name}' is not a safe folder name (letters, digits, '.', '_', '-').", what);
}
