using System.Globalization;

namespace MediaCreator.Modules.Image.Skia.Editing.Pixels;

/// <summary>Parses <c>#RGB</c>, <c>#RRGGBB</c> and <c>#RRGGBBAA</c> (the <c>#</c> is optional).</summary>
internal static class HexColor
{
    public static (byte R, byte G, byte B, byte A) Parse(string? text, string parameter)
    {
        var hex = (text ?? string.Empty).Trim().TrimStart('#');
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => new string(c, 2)));
        }

        if ((hex.Length != 6 && hex.Length != 8)
            || !uint.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw EditErrors.Invalid($"{parameter} must be a hex colour like #00FF00, got '{text}'.");
        }

        if (hex.Length == 6)
        {
            value = (value << 8) | 0xFF;
        }

        return ((byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
