using System.Globalization;
using System.Text;

namespace MediaCreator.Modules.Core.GraphQL.Relay;

/// <summary>HotChocolate's default queryable cursor: base64 of the item's zero-based offset in the ordered list.</summary>
internal static class IndexCursor
{
    public static string Encode(int index) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(index.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string argument, string value)
    {
        Span<byte> bytes = stackalloc byte[Math.Min(value.Length, 64)];
        if (value.Length > 64
            || !Convert.TryFromBase64String(value, bytes, out var length)
            || !int.TryParse(Encoding.UTF8.GetString(bytes[..length]), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            throw new InvalidCursorError(argument, value);
        return index;
    }
}
