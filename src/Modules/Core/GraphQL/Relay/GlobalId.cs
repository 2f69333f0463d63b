using System.Text;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>
/// Opaque Relay global IDs: standard base64 (with padding) of the UTF-8 text <c>TypeName:guid</c>, the guid in
/// "N" format (32 lowercase hex digits), e.g. <c>Project:6f1c…</c> → <c>UHJvamVjdDo2ZjFj…</c>.
/// Clients must treat the value as opaque.
/// </summary>
public static class GlobalId
{
    /// <summary>Encodes <paramref name="id"/> of the GraphQL type <paramref name="typeName"/>.</summary>
    public static string Encode(string typeName, Guid id)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));
    }

    /// <summary>Decodes a global ID; false for anything that is not one (never throws).</summary>
    public static bool TryDecode(string? value, out string typeName, out Guid id)
    {
        typeName = string.Empty;
        id = Guid.Empty;
        if (string.IsNullOrEmpty(value) || value.Length > 200)
            return false;

        Span<byte> bytes = stackalloc byte[value.Length];
        if (!Convert.TryFromBase64String(value, bytes, out var length))
            return false;
        var text = Encoding.UTF8.GetString(bytes[..length]);
        var separator = text.LastIndexOf(':');
        if (separator <= 0 || !Guid.TryParseExact(text.AsSpan(separator + 1), "N", out id))
            return false;
        typeName = text[..separator];
        return true;
    }

    /// <summary>
    /// Decodes a global ID that must belong to <paramref name="expectedTypeName"/>.
    /// </summary>
    /// <exception cref="InvalidIdError">The value is malformed or names another type.</exception>
    public static Guid DecodeFor(string expectedTypeName, string? value) =>
        TryDecode(value, out var typeName, out var id) && typeName == expectedTypeName
            ? id
            : throw new InvalidIdError(expectedTypeName, value);
}
